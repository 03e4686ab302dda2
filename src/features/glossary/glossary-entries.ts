// The glossary as the page shows it: one entry per concept in the active language, sorted the way
// that language sorts (Turkish puts ç after c and ı before i), each with the other language's term.
// The terms and definitions are data (locales/glossary.json); writers' style entries are left out.
import { concepts } from '../../../locales/glossary.json'
import type { Language } from '../../i18n/languages'

export interface GlossaryEntry {
  id: string
  term: string
  definition: string
  /** The same concept's term in the other language. */
  otherTerm: string
}

export function otherLanguage(language: Language): Language {
  return language === 'tr' ? 'en' : 'tr'
}

export function glossaryEntries(language: Language): GlossaryEntry[] {
  const other = otherLanguage(language)
  const collator = new Intl.Collator(language, { sensitivity: 'base' })
  return concepts
    .map((concept) => ({
      id: concept.id,
      term: concept[language].term,
      definition: concept[language].definition,
      otherTerm: concept[other].term,
    }))
    .sort((a, b) => collator.compare(a.term, b.term))
}
