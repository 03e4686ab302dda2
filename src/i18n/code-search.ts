// The shared code search, used by the code browser and the compare pickers.
//
//   const search = await loadCodeSearch()
//   search.search('posta kutusu dolu', { language: 'en', filters: { kind: 'reply' }, limit: 10 })
//   → [{ code: '552', kind: 'reply', score, matched: 'text' }, { code: '452', … }]
//
// Queries: a number or prefix ('55' → 550…556), an enhanced code or prefix ('5.7.26', '5.7', 'X.1';
// X asks for the any-class forms 'X.1.1'), or words in either language, folded (`yanit` finds
// `yanıt`), prefix- and typo-tolerant. An empty query returns []. The corpus holds both languages'
// text, so it is loaded lazily (dynamic import) the first time a search is needed.
import { useEffect, useState } from 'react'
import type { CodeSearch } from '../smtp/codes/search-engine'

export type { CodeSearch, SearchLanguage, SearchOptions, SearchResult } from '../smtp/codes/search-engine'
export type { CodeFilters, CodeKind } from '../smtp/codes/search-filters'

let loading: Promise<CodeSearch> | undefined

/** Loads and indexes the corpus once; every caller shares the same instance. */
export function loadCodeSearch(): Promise<CodeSearch> {
  loading ??= import('./code-search-corpus').then((m) => m.createCodeSearch())
  // A failed chunk load (offline after a deploy) must not poison every later attempt.
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/** The search once loaded (undefined before). Pass `false` to defer loading until it is needed. */
export function useCodeSearch(enabled = true): CodeSearch | undefined {
  const [search, setSearch] = useState<CodeSearch>()
  useEffect(() => {
    if (!enabled || search) return
    let live = true
    loadCodeSearch().then(
      (s) => {
        if (live) setSearch(s)
      },
      () => {},
    )
    return () => {
      live = false
    }
  }, [enabled, search])
  return search
}
