// The search corpus: both languages' code text, whatever the interface language, so a Turkish
// query works on the English interface and the other way round. Loaded only through the dynamic
// import in code-search.ts, so none of this text is in the initial bundle.

import { subjectAndDetail } from '../smtp/codes/enhanced-code-shape'
import { findReplyCode } from '../smtp/codes/reply-codes'
import {
  type CodeSearch,
  createSearchEngine,
  type SearchDoc,
  type SearchLanguage,
} from '../smtp/codes/search-engine'
import { catalogueFacts } from '../smtp/codes/search-filters'
import { namespacesFromFiles } from './namespaces'

interface ReplyText {
  title: string
  summary: string
  description: string
}
interface EnhancedText {
  title: string
  description: string
}
interface LanguageText {
  reply: Record<string, ReplyText>
  enhanced: Record<string, Record<string, EnhancedText>>
  subject: Record<string, { name: string }>
}

// Every file of the `codes` and `enhanced` namespaces in both languages, long-text parts included
// (codes/<code>.json, enhanced/descriptions.json), merged as the app merges them.
const files = import.meta.glob<Record<string, unknown>>(
  [
    '../../locales/*/codes.json',
    '../../locales/*/codes-*.json',
    '../../locales/*/codes/*.json',
    '../../locales/*/enhanced.json',
    '../../locales/*/enhanced/*.json',
  ],
  { eager: true, import: 'default' },
)

function languageText(lang: SearchLanguage): LanguageText {
  const own = Object.entries(files).filter(([path]) => path.includes(`/locales/${lang}/`))
  const { codes, enhanced } = namespacesFromFiles(Object.fromEntries(own))
  return {
    reply: codes?.reply as LanguageText['reply'],
    enhanced: enhanced?.codes as LanguageText['enhanced'],
    subject: enhanced?.subject as LanguageText['subject'],
  }
}

const TEXT: Record<SearchLanguage, LanguageText> = { en: languageText('en'), tr: languageText('tr') }

const enhancedText = (lang: SearchLanguage, code: string): EnhancedText | undefined => {
  const parts = subjectAndDetail(code)
  return parts ? TEXT[lang].enhanced[parts.subject]?.[parts.detail] : undefined
}

function textFor(lang: SearchLanguage, code: string, kind: 'reply' | 'enhanced'): [string, number][] {
  if (code.startsWith('X.')) return [] // X forms are found by code only; their text is the concrete codes'.
  const out: [string, number][] = []
  if (kind === 'reply') {
    const t = TEXT[lang].reply[code]
    if (t) out.push([t.title, 3], [t.summary, 2], [t.description, 1])
    // A reply code is usually sent with these enhanced codes, so their titles describe it too:
    // this is how "posta kutusu dolu" reaches 452 (sent as 452 4.2.2 for a full mailbox).
    for (const enhanced of findReplyCode(code)?.enhanced ?? []) {
      const e = enhancedText(lang, enhanced)
      if (e) out.push([e.title, 1.5])
    }
  } else {
    const e = enhancedText(lang, code)
    if (e) out.push([e.title, 3], [e.description, 1.5])
    const subject = TEXT[lang].subject[subjectAndDetail(code)?.subject ?? '']
    if (subject) out.push([subject.name, 0.8])
  }
  return out
}

export function createCodeSearch(): CodeSearch {
  const docs: SearchDoc[] = catalogueFacts().map((facts) => ({
    ...facts,
    text: { en: textFor('en', facts.code, facts.kind), tr: textFor('tr', facts.code, facts.kind) },
  }))
  return createSearchEngine(docs)
}
