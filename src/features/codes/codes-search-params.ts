// The code browser's shareable state: `?q=&class=&stage=&provenance=`. Bad values fall back to
// "not set" instead of throwing, so an old or mangled link still opens the browser.

import type { Provenance, Stage } from '../../smtp/codes/types'
import { PROVENANCES, STAGES } from '../../smtp/codes/vocabulary'

export const CLASS_FILTERS = [2, 3, 4, 5] as const
export type ClassFilter = (typeof CLASS_FILTERS)[number]

// The router writes search values as JSON: the string '55' would appear as `?q=%2255%22`. Numbers
// (the query '55' or '5.7', the class 4) are therefore kept as numbers, so links read `?q=55&class=4`.
export interface CodesSearch {
  q?: string | number
  class?: ClassFilter
  stage?: Stage
  provenance?: Provenance
}

// The router parses `?q=55` and `?class=5` as numbers (JSON values); both mean the text.
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

const oneOf = <T extends string | number>(list: readonly T[], value: unknown): T | undefined => {
  const text = asText(value)
  return list.find((item) => String(item) === text)
}

/** The query as the URL should carry it: a number when it reads back as the same text. */
export function queryForUrl(text: string): string | number | undefined {
  if (!text) return undefined
  const n = Number(text)
  return text.trim() === text && Number.isFinite(n) && String(n) === text ? n : text
}

/** The query as text, whatever type the URL gave it. */
export const queryText = (search: CodesSearch): string => (search.q === undefined ? '' : String(search.q))

// Every key is returned, `undefined` when bad or absent: the router overlays the validated object
// on the raw query string, so a key left out would let `?class=9` through unvalidated.
export function validateCodesSearch(raw: Record<string, unknown>): CodesSearch {
  return {
    q:
      typeof raw.q === 'number' && Number.isFinite(raw.q) ? raw.q : asText(raw.q)?.slice(0, 200) || undefined,
    class: oneOf(CLASS_FILTERS, raw.class),
    stage: oneOf(STAGES, raw.stage),
    provenance: oneOf(PROVENANCES, raw.provenance),
  }
}

export const hasFilters = (s: CodesSearch) => Boolean(s.class || s.stage || s.provenance)
