import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useCurrentLanguage } from './current-language'

/** A term that links to its entry in the glossary (locales/glossary.json ids: 'envelope', 'retry'…). */
export function GlossaryLink({ term, children }: { term: string; children: ReactNode }) {
  const lang = useCurrentLanguage()
  return (
    <Link to="/$lang/glossary/" params={{ lang }} hash={`term-${term}`} className="glossary-link">
      {children}
    </Link>
  )
}
