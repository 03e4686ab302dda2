// Where a bounce result's title, explanation, who-acts and advice sit in the bounce namespace
// (locales/<lng>/bounce/reasons.json), for the page and for `npm run explain` alike.
import type { BounceReason } from '../smtp/bounce/reasons'
import { CODE_VARIANTS, type Explained, type Field } from './bounce-text-variants'

/** Reasons whose who-acts and advice count on a sending server's own retries. */
const RETRIED: readonly BounceReason[] = ['rate-limited', 'deferred', 'greylisted']

/**
 * The texts that read otherwise when nothing was sent (a program's own error): no server retries,
 * an unexplained error is the program's user's to read, not a sending server's log to search, and
 * a recipient refused by rule was refused by the server the program talked to, most often its own,
 * and a blocklisted address is most often the program's own connection straight to a recipient's
 * server (a home or dynamic address), which a login at the provider's server avoids.
 */
const NOT_SENT_VARIANTS: Record<Field, ReadonlySet<BounceReason>> = {
  title: new Set(),
  explanation: new Set(['unknown', 'recipient-restricted', 'network']),
  whoActs: new Set([
    ...RETRIED,
    'network',
    'unknown',
    'system-error',
    'tls-required',
    'recipient-restricted',
    'blocked',
  ]),
  advice: new Set([
    ...RETRIED,
    'network',
    'unknown',
    'system-error',
    'tls-required',
    'recipient-restricted',
    'blocked',
    'mailbox-full',
  ]),
}

/** The key of a reason's title, explanation, who-acts or advice text, with its code-specific or not-sent wording where it has one. */
export function reasonTextKey(r: Explained, field: Field): string {
  const variant = CODE_VARIANTS.find((v) => v.reason === r.reason && v.fields.includes(field) && v.when(r))
  if (variant) return `reason.${r.reason}.${field}${variant.suffix}`
  const notSent = r.action === 'not-sent' && NOT_SENT_VARIANTS[field].has(r.reason)
  return `reason.${r.reason}.${field}${notSent ? 'NotSent' : ''}`
}

/**
 * The key of a result's delivery label or retry note. An address the sending service dropped from its
 * suppression list failed without any receiving server's refusal, and nothing was returned.
 */
export function actionTextKey(r: Explained, part: 'label' | 'retry'): string {
  const action = r.action ?? 'none'
  return `action.${action}.${part}${action === 'failed' && r.reason === 'suppressed' ? 'Suppressed' : ''}`
}
