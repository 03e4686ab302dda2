// The search itself, over documents prepared once: every text is folded (foldText) and split into
// tokens up front, and each language gets an inverted index (token → documents with a weight).
// A query then only walks the vocabulary (a few thousand tokens per language), which keeps one
// search well inside a frame. Pure: no React, no JSON imports; src/i18n/code-search-corpus.ts feeds it the translated texts.

import { foldText } from './fold'
import { type CodeFacts, type CodeFilters, matchesFilters } from './search-filters'

export type SearchLanguage = 'en' | 'tr'

export interface SearchDoc extends CodeFacts {
  /** Texts per language with a weight (title 3, summary 2, …). X forms carry none. */
  text: Record<SearchLanguage, readonly (readonly [string, number])[]>
}

export interface SearchOptions {
  language: SearchLanguage
  filters?: CodeFilters
  limit?: number
}

export interface SearchResult {
  code: string
  kind: 'reply' | 'enhanced'
  score: number
  matched: 'code' | 'text'
}

export interface CodeSearch {
  search(query: string, options: SearchOptions): SearchResult[]
}

const LANGS: readonly SearchLanguage[] = ['en', 'tr']
/** Text in the other language still matches, a little below the interface language. */
const OTHER_LANGUAGE_WEIGHT = 0.75
const EXACT = 1
const PREFIX = 0.7
const FUZZY = 0.5

// Words that would make an all-words match fail for no reason ("mailbox is full").
const STOPWORDS = new Set(
  'the a an is are was be of to in on at for and or not it my your this that with from by bir ve ile bu su da de icin mi mu ne gibi ya veya'.split(
    ' ',
  ),
)

const ENHANCED_QUERY = /^[245x]\.(?:\d{1,3}(?:\.\d{0,3})?)?$/
const REPLY_QUERY = /^\d{1,3}$/

type Index = Map<string, Map<number, number>>
interface WordMatch {
  lang: SearchLanguage
  postings: Map<number, number>
  quality: number
}

export function tokenize(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1)
}

/** Builds the index once; the returned object answers any number of queries. */
export function createSearchEngine(docs: readonly SearchDoc[]): CodeSearch {
  const index: Record<SearchLanguage, Index> = { en: new Map(), tr: new Map() }
  const titles: Record<SearchLanguage, string[]> = { en: [], tr: [] }
  docs.forEach((doc, i) => {
    for (const lang of LANGS) {
      const texts = doc.text[lang]
      titles[lang][i] = texts[0] ? tokenize(foldText(texts[0][0])).join(' ') : ''
      for (const [text, weight] of texts) {
        for (const token of tokenize(foldText(text))) {
          let postings = index[lang].get(token)
          if (!postings) {
            postings = new Map()
            index[lang].set(token, postings)
          }
          postings.set(i, Math.max(postings.get(i) ?? 0, weight))
        }
      }
    }
  })
  // 'x.1.1' and the compact digits '511' of '5.1.1', lower-cased once.
  const codes = docs.map((d) => d.code.toLocaleLowerCase('en'))
  // '511' typed for '5.1.1', but only when no reply code has that number: '550' means 550, not 5.5.0.
  const replyCodes = new Set(docs.filter((d) => d.kind === 'reply').map((d) => d.code))
  const compact = docs.map((d) =>
    d.kind === 'enhanced' && !replyCodes.has(d.code.replace(/\./g, '')) ? d.code.replace(/\./g, '') : '',
  )

  // Typing 'posta kutusu dolu' re-runs the search on every key; the vocabulary walk for the words
  // already complete is remembered, so each keystroke only walks the vocabulary for the last word.
  const wordCache = new Map<string, WordMatch[]>()
  const matchesOf = (word: string): WordMatch[] => {
    let found = wordCache.get(word)
    if (found) return found
    found = []
    for (const lang of LANGS)
      for (const [token, postings] of index[lang]) {
        const quality = wordMatch(word, token)
        if (quality > 0) found.push({ lang, postings, quality })
      }
    if (wordCache.size > 500) wordCache.clear()
    wordCache.set(word, found)
    return found
  }

  return {
    search(query, { language, filters, limit }) {
      const { codeTokens, words } = parseQuery(query)
      const total = codeTokens.length + words.length
      if (total === 0) return []
      const allowed = docs.map((d) => matchesFilters(d, filters))
      const score = new Float64Array(docs.length)
      const matched = new Uint8Array(docs.length)
      const byCode = new Uint8Array(docs.length)

      for (const token of codeTokens) {
        docs.forEach((doc, i) => {
          if (!allowed[i]) return
          const s = codeScore(token, doc, codes[i] as string, compact[i] as string)
          if (s > 0) {
            score[i] = (score[i] as number) + s
            matched[i] = (matched[i] as number) + 1
            byCode[i] = 1
          }
        })
      }

      for (const word of words) {
        const best = new Map<number, number>()
        for (const { lang, postings, quality } of matchesOf(word)) {
          const langWeight = lang === language ? 1 : OTHER_LANGUAGE_WEIGHT
          for (const [i, weight] of postings) {
            if (!allowed[i]) continue
            const s = quality * weight * langWeight
            if (s > (best.get(i) ?? 0)) best.set(i, s)
          }
        }
        for (const [i, s] of best) {
          score[i] = (score[i] as number) + s
          matched[i] = (matched[i] as number) + 1
        }
      }

      // Every word typed must match; a longer query may miss one (a word no code text uses).
      // Codes alone ('550 5.1.1', a pasted reply) list each code: no code matches two numbers.
      let most = 0
      for (let i = 0; i < docs.length; i++) most = Math.max(most, matched[i] as number)
      const required = words.length === 0 ? 1 : total >= 3 ? total - 1 : total
      if (most === 0 || most < required) return []

      const phrase = words.length > 1 ? words.join(' ') : undefined
      const results: (SearchResult & { order: number })[] = []
      docs.forEach((doc, i) => {
        if (matched[i] !== most) return // only the most complete matches
        let s = score[i] as number
        if (phrase) {
          if (titles[language][i]?.includes(phrase)) s += 5
          else if (LANGS.some((l) => titles[l][i]?.includes(phrase))) s += 5 * OTHER_LANGUAGE_WEIGHT
        }
        results.push({
          code: doc.code,
          kind: doc.kind,
          score: s,
          matched: byCode[i] ? 'code' : 'text',
          order: i,
        })
      })
      results.sort((a, b) => b.score - a.score || a.order - b.order)
      return results.slice(0, limit ?? results.length).map(({ order: _order, ...r }) => r)
    },
  }
}

function parseQuery(query: string): { codeTokens: string[]; words: string[] } {
  const codeTokens: string[] = []
  const words: string[] = []
  // '-' splits too, so a pasted continuation line '550-5.1.1' gives both codes.
  for (const piece of foldText(query).split(/[\s,;:/()[\]<>'"-]+/)) {
    // A sentence's full stop after '5.1.1.' is not part of the code; the dot in '5.' (all 5.x.x) is.
    const trimmed = piece.replace(/^\.+/, '').replace(/^([245x]\.\d{1,3}\.\d{1,3})\.+$/, '$1')
    if (ENHANCED_QUERY.test(trimmed) || REPLY_QUERY.test(trimmed)) codeTokens.push(trimmed)
    else words.push(...tokenize(trimmed))
  }
  const meaningful = words.filter((w) => !STOPWORDS.has(w))
  return { codeTokens, words: meaningful.length > 0 ? meaningful : words }
}

/** How well a code token ('55', '5.7', 'x.1.1', '511') matches a document's code. */
function codeScore(token: string, doc: SearchDoc, code: string, compactCode: string): number {
  const enhancedToken = token.includes('.')
  // 'X.1' asks for the any-class forms; '5.1' for concrete codes. X forms answer nothing else.
  if (enhancedToken && doc.kind !== 'enhanced') return 0
  if (enhancedToken) {
    if (token.startsWith('x') !== (doc.cls === 'X')) return 0
    if (code === token) return 100
    return code.startsWith(token) ? 60 : 0
  }
  if (doc.cls === 'X') return 0
  if (doc.kind === 'reply') {
    if (code === token) return 100
    return code.startsWith(token) ? 60 : 0
  }
  return token.length === 3 && compactCode === token ? 40 : 0
}

/** Exact, prefix (typing in progress), stem (Turkish suffixes) or a small typo; 0 for no match. */
export function wordMatch(query: string, token: string): number {
  if (query === token) return EXACT
  if (query.length >= 2 && token.startsWith(query)) return PREFIX
  if (token.length >= 4 && query.startsWith(token)) return FUZZY
  const max = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0
  if (max === 0 || Math.abs(query.length - token.length) > max) return 0
  return withinDistance(query, token, max) ? FUZZY : 0
}

// Two rows reused across calls: the vocabulary walk calls this thousands of times per query.
let prevRow = new Int32Array(64)
let curRow = new Int32Array(64)

/** Levenshtein distance ≤ max, with an early exit once a whole row exceeds it. */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(b.length + 1)
    curRow = new Int32Array(b.length + 1)
  }
  let prev = prevRow
  let cur = curRow
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return false
    const swap = prev
    prev = cur
    cur = swap
  }
  return (prev[b.length] as number) <= max
}
