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

/**
 * 432 4.7.12 "A password transition is needed" (RFC 4954 §6) is a login method to change like 534,
 * but its cure is the opposite of 534's: log in once with PLAIN so the server can convert the
 * stored password; an app password does not help.
 */
const isPasswordTransition = (r: Explained) => r.reply === '432' || r.enhanced === '4.7.12'

/**
 * 504 to AUTH is a mechanism "not supported or [that] requires an encryption layer" (RFC 4954 §4):
 * its text names both cures, a method the server lists and TLS turned on.
 */
const isMechanismRefused = (r: Explained) => r.reply === '504' || /^5\.[57]\.4$/.test(r.enhanced ?? '')

interface Explained {
  reason: BounceReason
  action: string | null
  reply?: string | null
  enhanced?: string | null
}

/** The key of a reason's explanation, who-acts or advice text, with its not-sent or code-specific wording where it has one. */
export function reasonTextKey(r: Explained, field: Field): string {
  if (r.reason === 'login-method' && field !== 'whoActs') {
    if (isPasswordTransition(r)) return `reason.login-method.${field}PasswordTransition`
    if (isMechanismRefused(r)) return `reason.login-method.${field}MechanismRefused`
  }
  const notSent = r.action === 'not-sent' && NOT_SENT_VARIANTS[field].has(r.reason)
  return `reason.${r.reason}.${field}${notSent ? 'NotSent' : ''}`
}
