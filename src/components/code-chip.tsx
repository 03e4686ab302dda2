import { Link } from '@tanstack/react-router'
import { useCurrentLanguage } from './current-language'

/** A reply or enhanced code as a link to its page, coloured by class (2 success … 5 permanent). */
export function CodeChip({ code, label }: { code: string; label?: string }) {
  const lang = useCurrentLanguage()
  return (
    <Link
      to="/$lang/codes/$code/"
      params={{ lang, code }}
      className={`code-chip code-class-${code.charAt(0)}`}
      aria-label={label ? `${code} – ${label}` : undefined}
      translate="no"
    >
      {code}
    </Link>
  )
}
