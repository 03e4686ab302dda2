// "Did you mean…" for a code that is not in the catalogue: the known codes closest in spelling.
// Pure functions over the domain lists, so they are cheap to test and need no i18n.
import { ENHANCED_CODES } from '../../smtp/codes/enhanced-codes'
import { REPLY_CODES } from '../../smtp/codes/reply-codes'

/** Every code a visitor can compare: basic codes, and enhanced codes in each class the registry lists. */
export const ALL_CODES: readonly string[] = [
  ...REPLY_CODES.map((r) => r.code),
  ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`)),
]

function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[y.length] ?? 0
}

/** Numeric closeness of same-shaped codes: '559' is nearer to '556' than to '509'. */
function numericGap(x: string, y: string): number {
  const nx = Number(x.replace(/\./g, ''))
  const ny = Number(y.replace(/\./g, ''))
  return Number.isFinite(nx) && Number.isFinite(ny) ? Math.min(Math.abs(nx - ny), 99) : 99
}

/**
 * The `limit` known codes nearest to `input` by edit distance; a shared class digit and numeric
 * closeness break ties, so '559' suggests 554/555/556 rather than 459.
 */
export function nearestCodes(input: string, limit = 4): string[] {
  const query = input.trim().toLocaleUpperCase('en')
  const scored = ALL_CODES.map((code) => ({
    code,
    score: editDistance(query, code) * 1000 + (code[0] === query[0] ? 0 : 100) + numericGap(query, code),
  }))
  scored.sort((p, q) => p.score - q.score)
  return scored.slice(0, limit).map((s) => s.code)
}
