// Where a bounce result's who-acts and advice sit in the bounce namespace (locales/<lng>/bounce/
// reasons.json), for the page and for `npm run explain` alike.
import type { BounceReason } from '../smtp/bounce/reasons'

/** Reasons whose who-acts and advice count on a sending server's own retries. */
const RETRIED_REASONS: ReadonlySet<BounceReason> = new Set(['rate-limited', 'deferred', 'greylisted'])

/**
 * The key of a reason's who-acts or advice text. When nothing was sent (a program's own error),
 * no server retries: those reasons then have their own wording (`whoActsNotSent`, `adviceNotSent`).
 */
export function reasonTextKey(
  reason: BounceReason,
  action: string | null,
  field: 'whoActs' | 'advice',
): string {
  const notSent = action === 'not-sent' && RETRIED_REASONS.has(reason)
  return `reason.${reason}.${field}${notSent ? 'NotSent' : ''}`
}
