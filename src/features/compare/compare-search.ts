import type { SearchSchemaInput } from '@tanstack/react-router'

// The comparison picker's shareable state: `?a=550&b=5.1.1` pre-fills the pickers. Links may pass
// a basic code as a number so the URL reads `?a=550` rather than the JSON-quoted `?a=%22550%22`;
// the page always receives strings. Anything else (objects, long text) is dropped, not rejected.
type CodeInput = string | number | undefined

const code = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string' && value.length <= 12
      ? value
      : undefined

export function parseCompareSearch(search: { a?: CodeInput; b?: CodeInput } & SearchSchemaInput): {
  a?: string
  b?: string
} {
  const a = code(search.a)
  const b = code(search.b)
  return { ...(a ? { a } : {}), ...(b ? { b } : {}) }
}
