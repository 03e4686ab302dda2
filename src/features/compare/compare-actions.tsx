import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CopyButton } from '../../components/copy-button'
import { useCurrentLanguage } from '../../components/current-language'

/**
 * Swap, copy link and print. Swap links to the URL's own spellings reversed, so what the visitor
 * typed (x.1.1) stays as typed; the card keeps the order of the URL everywhere else too.
 */
export function CompareActions({
  a,
  b,
  labelA,
  labelB,
}: {
  a: string
  b: string
  labelA: string
  labelB: string
}) {
  const { t } = useTranslation('compare')
  const lang = useCurrentLanguage()
  return (
    <nav className="compare-actions" aria-label={t('ui.actions.label')}>
      <Link to="/$lang/compare/$a/$b/" params={{ lang, a: b, b: a }} className="compare-swap">
        {t('ui.actions.swap', { a: labelA, b: labelB })}
      </Link>
      <CopyButton text={() => window.location.href} label={t('ui.actions.copyLink')} />
      <button type="button" onClick={() => window.print()}>
        {t('ui.actions.print')}
      </button>
    </nav>
  )
}
