// Where a bounce result's explanation, who-acts and advice sit in the bounce namespace (locales/<lng>/
// bounce/reasons.json), for the page and for `npm run explain` alike.
import type { BounceReason } from '../smtp/bounce/reasons'

type Field = 'explanation' | 'whoActs' | 'advice'

/** Reasons whose who-acts and advice count on a sending server's own retries. */
const RETRIED: readonly BounceReason[] = ['rate-limited', 'deferred', 'greylisted']

/**
 * The texts that read otherwise when nothing was sent (a program's own error): no server retries,
 * and an unexplained error is the program's user's to read, not a sending server's log to search.
 */
const NOT_SENT_VARIANTS: Record<Field, ReadonlySet<BounceReason>> = {
  explanation: new Set(['unknown']),
  whoActs: new Set([...RETRIED, 'unknown']),
  advice: new Set([...RETRIED, 'unknown']),
}

/** The key of a reason's explanation, who-acts or advice text, with its not-sent wording where it has one. */
export function reasonTextKey(reason: BounceReason, action: string | null, field: Field): string {
  const notSent = action === 'not-sent' && NOT_SENT_VARIANTS[field].has(reason)
  return `reason.${reason}.${field}${notSent ? 'NotSent' : ''}`
}
