// Why a message failed, told from the server's own words first and its codes second. The subject
// digit of an enhanced code is too coarse to say who must act (4.2.0 greylisting is not the
// recipient's problem; Microsoft 365 writes "550 5.4.1 Recipient address rejected: Access denied"
// for a recipient that does not exist), so the reply text decides whenever it names a cause.
// Explanations, who acts and retry advice live in locales/<lng>/bounce-reasons.json by id; the
// words tried, in order, are in reason-phrases.ts.

import { parseEnhancedCode } from '../codes/enhanced-code-shape'
import { PHRASES, WEAK_UNKNOWN_USER } from './reason-phrases'

export const BOUNCE_REASONS = [
  'unknown-user',
  'mailbox-full',
  'message-too-large',
  'greylisted',
  'rate-limited',
  'blocked',
  'spam-content',
  'auth-failed',
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
  'relay-denied',
  'recipient-restricted',
  'host-not-found',
  'sender-domain',
  'sender-account',
  'network',
  'expired',
  'tls-required',
  'syntax',
  'mailbox-disabled',
  'system-error',
  'auto-reply',
  'delivered',
  'unknown',
] as const

export type BounceReason = (typeof BOUNCE_REASONS)[number]

/** The reason some words name, or undefined. */
export function reasonFromText(text: string): BounceReason | undefined {
  for (const [reason, re] of PHRASES) if (re.test(text)) return reason
  return undefined
}

/** Reasons of enhanced codes (RFC 3463 §3 and the IANA registry) whose meaning is narrow enough to decide alone. */
const BY_ENHANCED: Record<string, BounceReason> = {
  '1.1': 'unknown-user',
  '1.2': 'host-not-found',
  '1.3': 'syntax',
  '1.4': 'unknown-user',
  '1.6': 'unknown-user',
  '1.7': 'syntax',
  // X.1.8 "Bad sender's system address" (RFC 3463 §3.2): the sender's domain, not the recipient's.
  '1.8': 'sender-domain',
  '1.10': 'unknown-user',
  '2.1': 'mailbox-disabled',
  '2.2': 'mailbox-full',
  '2.3': 'message-too-large',
  '3.1': 'system-error',
  '3.4': 'message-too-large',
  '4.1': 'network',
  '4.2': 'network',
  '4.3': 'host-not-found',
  '4.4': 'host-not-found',
  '4.5': 'system-error',
  '4.6': 'system-error',
  '4.7': 'expired',
  '5.1': 'syntax',
  '5.2': 'syntax',
  '5.3': 'rate-limited',
  '5.4': 'syntax',
  '5.6': 'syntax',
  // RFC 4954 §6: 535 5.7.8 wrong credentials; 534 5.7.9 the mechanism is too weak (an app
  // password or OAuth is needed, not encryption); X.7.10 "Encryption Needed" and X.7.11 are TLS.
  // X.7.9 is decided in reasonFromEnhanced: it means a weak mechanism only in reply to AUTH.
  '7.8': 'login-failed',
  '7.10': 'tls-required',
  '7.11': 'tls-required',
  '7.13': 'mailbox-disabled',
  '7.20': 'auth-failed',
  '7.21': 'auth-failed',
  '7.22': 'auth-failed',
  '7.23': 'auth-failed',
  '7.24': 'auth-failed',
  '7.25': 'blocked',
  '7.26': 'auth-failed',
  // X.7.27 "Sender address has null MX" (RFC 7505 §4.2): the sender's own domain accepts no mail.
  // Gmail's SPF use of 4.7.27/5.7.27 says "SPF" in its words, which are read first.
  '7.27': 'sender-domain',
  '7.28': 'rate-limited',
}

/** Codes too broad to outrank the report's prose, but better than the reply code alone. */
const BROAD_ENHANCED: Record<string, BounceReason> = {
  '7.0': 'blocked',
  '7.1': 'blocked',
  '7.2': 'relay-denied',
  '3.0': 'system-error',
  '3.2': 'system-error',
  '3.3': 'system-error',
  '3.5': 'system-error',
  '4.0': 'network',
  // X.2.0 "Other or undefined mailbox status" names no cause (Outlook.com's 5.2.0
  // OutboundSpamException is the sender's account), so it is not read as a missing mailbox.
  '1.0': 'unknown-user',
}

/** Reply codes (RFC 5321 §4.2.3 and extensions) that tell a reason on their own. */
const BY_REPLY: Record<string, BounceReason> = {
  '421': 'system-error',
  '450': 'unknown-user',
  '451': 'system-error',
  '452': 'mailbox-full',
  // 454 is both "TLS not available" (RFC 3207 §4) and "Temporary authentication failure"
  // (RFC 4954 §6): which one, the command it answered says (see reasonForCommand).
  '454': 'tls-required',
  '500': 'syntax',
  '501': 'syntax',
  '502': 'syntax',
  '503': 'syntax',
  '504': 'syntax',
  '521': 'host-not-found',
  '530': 'relay-denied',
  '534': 'login-method',
  '535': 'login-failed',
  // 550 is every kind of permanent refusal (RFC 5321 §4.2.3: "mailbox unavailable … or command
  // rejected for policy reasons"): without words that say which, it is 'unknown', never "correct
  // the address". The same holds for an expired message's last error.
  '551': 'unknown-user',
  '552': 'mailbox-full',
  '553': 'syntax',
  '556': 'host-not-found',
}

export function reasonFromEnhanced(
  code: string | undefined,
  answered: { reply?: string; command?: string } = {},
): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  if (!parsed || parsed.cls === 2) return undefined
  if (parsed.subject === 7 && parsed.detail === 9) return weakMechanismOrPolicy(answered)
  return BY_ENHANCED[`${parsed.subject}.${parsed.detail}`] ?? vendorReason(parsed.subject, parsed.detail)
}

/**
 * X.7.9 "Authentication mechanism is too weak" is registered for the reply to AUTH (RFC 4954 §6,
 * 534 5.7.9). Yahoo and AOL send "554 5.7.9 Message not accepted for policy reasons" after DATA
 * for a message that failed their SPF/DKIM/DMARC or reputation checks (Yahoo Help SLN7253): a
 * 5.7.9 known to answer anything but AUTH is the message's authentication, not the login's.
 */
function weakMechanismOrPolicy({ reply, command }: { reply?: string; command?: string }): BounceReason {
  if (command) return command === 'AUTH' ? 'login-method' : 'auth-failed'
  return !reply || reply === '534' ? 'login-method' : 'auth-failed'
}

/** Microsoft 365's own codes, by the meanings documented in vendor-enhanced-codes.ts. */
function vendorReason(subject: number, detail: number): BounceReason | undefined {
  if (subject === 4)
    return detail === 300 ? 'expired' : detail >= 316 && detail <= 317 ? 'network' : undefined
  if (subject === 2 && detail >= 121 && detail <= 122) return 'rate-limited'
  if (subject !== 7) return undefined
  if (detail >= 321 && detail <= 325) return 'tls-required'
  if (detail === 504) return 'unknown-user'
  if (detail === 509 || detail === 515) return 'auth-failed'
  if (detail === 64 || detail === 57) return 'relay-denied'
  if ((detail >= 133 && detail <= 136) || detail === 124 || detail === 193) return 'recipient-restricted'
  // 5.7.520 (the organisation forbids external forwarding) and 5.7.750 (sending from domains the
  // tenant has not registered) are the sender's own organisation's rules, not a blocklist.
  if (detail === 520 || detail === 750) return 'sender-account'
  if ((detail >= 500 && detail <= 699) || detail === 800) return 'blocked'
  if (detail === 705 || detail === 708) return 'blocked'
  if (detail === 232 || detail === 233) return 'rate-limited'
  return undefined
}

function broadReason(code: string | undefined): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  return parsed && parsed.cls !== 2 ? BROAD_ENHANCED[`${parsed.subject}.${parsed.detail}`] : undefined
}

/**
 * The reason of one failure: the server's words (`primary`, the diagnostic), then a narrow
 * enhanced code, then the rest of the report's prose (`context`), then weak phrases and the reply
 * code, else 'unknown'.
 */
export function classifyReason(input: {
  primary: string
  context: string
  enhanced?: string
  reply?: string
  command?: string
}): BounceReason {
  return (
    accessDenied(input.primary, input.enhanced) ??
    reasonFromText(input.primary) ??
    reasonFromEnhanced(input.enhanced, input) ??
    reasonFromText(input.context) ??
    broadReason(input.enhanced) ??
    (WEAK_UNKNOWN_USER.test(input.primary) ? 'unknown-user' : undefined) ??
    (input.reply ? BY_REPLY[input.reply] : undefined) ??
    'unknown'
  )
}

/**
 * "Recipient address rejected: Access denied" is two things. With 5.4.1 it is Microsoft 365's
 * directory check finding no such recipient (Directory-Based Edge Blocking); anywhere else it is
 * Postfix's default text for a check_recipient_access REJECT (554 5.7.1): the receiving side's
 * policy refuses mail for that address, which exists.
 */
function accessDenied(primary: string, enhanced: string | undefined): BounceReason | undefined {
  if (!/recipient address rejected: access denied/i.test(primary)) return undefined
  const x41 = /^[45]\.4\.1$/.test(enhanced ?? '') || /\b[45]\.4\.1\b/.test(primary)
  return x41 ? 'unknown-user' : 'recipient-restricted'
}

const LOGIN_REASONS = new Set<BounceReason>([
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
])

/**
 * What the command a reply answered says about its reason. A reply to AUTH is about logging in to
 * the server (RFC 4954): 454 there is "Temporary authentication failure" (§6), not STARTTLS's
 * "TLS not available" (RFC 3207 §4), and a refusal that names no cause is a refused login, not a
 * relay or blocklist problem. Refused at MAIL FROM, a domain that cannot be found is the sender's.
 */
export function reasonForCommand(
  reason: BounceReason,
  command: string | null,
  reply: string | null,
  cls: string,
): BounceReason {
  if (command === 'MAIL FROM') {
    if (reason === 'host-not-found') return 'sender-domain'
    // The server will not take this sender: it is not a missing recipient.
    if (reason === 'unknown-user') return 'blocked'
    return reason
  }
  if (command !== 'AUTH' || LOGIN_REASONS.has(reason) || reason === 'syntax') return reason
  if (reply === '454' || (cls === '4' && reason !== 'tls-required')) return 'login-temporary'
  if (reason === 'tls-required') return reason
  return cls === '5' ? 'login-failed' : reason
}
