// Why a message failed, told from the server's own words first and its codes second. The subject
// digit of an enhanced code is too coarse to say who must act (4.2.0 greylisting is not the
// recipient's problem; Microsoft 365 writes "550 5.4.1 Recipient address rejected: Access denied"
// for a recipient that does not exist), so the reply text decides whenever it names a cause.
// Explanations, who acts and retry advice live in locales/<lng>/bounce/reasons.json by id; the
// words tried, in order, are in reason-phrases.ts; what the codes alone say, in reason-codes.ts.

import { broadReason, reasonFromEnhanced, reasonFromReply } from './reason-codes'
import { PHRASES } from './reason-phrases'
import { WEAK_PHRASES, WEAK_UNKNOWN_USER } from './reason-phrases-weak'

export { reasonFromEnhanced } from './reason-codes'

export const BOUNCE_REASONS = [
  'unknown-user',
  'mailbox-full',
  'message-too-large',
  'greylisted',
  'rate-limited',
  'blocked',
  'policy',
  'sender-policy',
  'spam-content',
  'auth-failed',
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
  'relay-denied',
  'send-as',
  'unverified-sender',
  'forwarding-blocked',
  'not-hosted',
  'recipient-restricted',
  'suppressed',
  'host-not-found',
  'sender-domain',
  'sender-account',
  'helo-name',
  'port-blocked',
  'network',
  'outgoing-server',
  'expired',
  'tls-required',
  'syntax',
  'protocol',
  'message-format',
  'mailbox-disabled',
  'system-error',
  'unsent-with-others',
  'auto-reply',
  'challenge',
  'moderation',
  'quarantined',
  'filtered-spam',
  'backscatter',
  'double-bounce',
  'complaint',
  'delivered',
  'deferred',
  'unknown',
] as const

export type BounceReason = (typeof BOUNCE_REASONS)[number]

/** The reason some words name, or undefined. */
export function reasonFromText(text: string, phrases = PHRASES): BounceReason | undefined {
  for (const [reason, re] of phrases) if (re.test(text)) return reason
  return undefined
}

/**
 * The reason of one failure: the server's words (`primary`, the diagnostic), then a narrow
 * enhanced code, then the rest of the report's prose (`context`), then words that only say
 * "policy", broad codes, weak phrases and the reply code, else 'unknown'. The weak "mailbox unavailable" is 550's stock text (RFC 5321
 * §4.2.3); after a 4xx it is 450's, "mailbox busy or temporarily blocked", which is no missing user.
 */
const CONTINUATION = /\n[ \t]*[245]\d\d[- ](?:#?[245]\.\d{1,3}\.\d{1,3}[ \t]+)?/g
// The blanks before the line break are left: "[ \t]*\r?\n" would scan a long run of blanks from
// each of its positions.
const WRAPPED = /\r?\n[ \t]+/g

/**
 * 535 is a refused login (RFC 4954 §6: "535 5.7.8 Authentication credentials invalid") whatever
 * enhanced code a server pairs it with ("535 5.7.0 … not loving your login"), unless that code names
 * another login problem (5.7.9, a mechanism too weak).
 */
function loginRefused(input: {
  enhanced?: string
  reply?: string
  command?: string
}): BounceReason | undefined {
  if (input.reply !== '535') return undefined
  const byCode = reasonFromEnhanced(input.enhanced, input)
  return byCode?.startsWith('login-') ? byCode : 'login-failed'
}

/**
 * 530 "Authentication required" (RFC 4954 §6) says more than the X.7.0 it comes with, which only
 * says a security rule refused: alone, "530 5.7.0" is a login the server wants first.
 */
function authenticationRequired(reply: string | undefined): BounceReason | undefined {
  return reply === '530' ? reasonFromReply(reply) : undefined
}

export function classifyReason(input: {
  primary: string
  context: string
  enhanced?: string
  reply?: string
  command?: string
}): BounceReason {
  // A multi-line reply repeats its codes at each line's start ("…from your SPF\n421-4.7.28 domain"):
  // read its words as one sentence, so a phrase split across lines still matches.
  // Postfix wraps a long reply onto indented lines ("on our block\n    list (S3140)"): one sentence too.
  const primary = input.primary.replace(CONTINUATION, ' ').replace(WRAPPED, ' ')
  const fromText = reasonFromText(primary)
  return (
    accessDenied(primary, input.enhanced) ??
    // Outlook's "(0x80042109): … The server responded: 535 5.7.3 Authentication unsuccessful": the
    // program names a connection error, but the server it quotes answered, and refused the login.
    (fromText === 'outgoing-server' ? (loginRefused(input) ?? fromText) : fromText) ??
    loginRefused(input) ??
    reasonFromEnhanced(input.enhanced, input) ??
    reasonFromText(input.context) ??
    reasonFromText(primary, WEAK_PHRASES) ??
    authenticationRequired(input.reply) ??
    broadReason(input.enhanced, input.reply) ??
    reasonFromText(input.context, WEAK_PHRASES) ??
    (WEAK_UNKNOWN_USER.test(primary) && !input.reply?.startsWith('4') ? 'unknown-user' : undefined) ??
    reasonFromReply(input.reply, primary) ??
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
  const rejected = /recipient address rejected:? access denied/i.test(primary)
  // Microsoft 365's 5.4.1 remembered by its words alone ("5.4.1 … access denied").
  if (!rejected && !(/\baccess denied\b/i.test(primary) && /(?<![\w/.-])[45]\.4\.1\b/.test(primary)))
    return undefined
  // "NOQUEUE: reject: RCPT from <client>: …" is the reader's own Postfix refusing one of its
  // clients: its own rule, not the recipient's (the weak words read it as an unnamed policy).
  if (/NOQUEUE: reject: RCPT from/i.test(primary)) return undefined
  // Not inside a link ("see http://example.org/4.4.1"): only a code the reply itself gives.
  const x41 = /^[45]\.4\.1$/.test(enhanced ?? '') || /(?<![\w/.-])[45]\.4\.1\b/.test(primary)
  return x41 ? 'unknown-user' : 'recipient-restricted'
}

export const LOGIN_REASONS: ReadonlySet<BounceReason> = new Set<BounceReason>([
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
])

/**
 * Reasons met between a mail program and the submission server it sends through: a refused login
 * (RFC 4954 §6) or a connection the program could not make. The program shows the error and no
 * server holds the message, so, unless a sending server's report says it returned or holds it,
 * nothing was sent, nothing is being retried and no bounce will follow.
 */
export const NOT_SENT_REASONS: ReadonlySet<BounceReason> = new Set([...LOGIN_REASONS, 'outgoing-server'])

/** Reasons that are final in themselves: a sender that failed on them did not need to retry. */
export const FINAL_REASONS = new Set<BounceReason>([
  'unknown-user',
  'host-not-found',
  'sender-domain',
  'mailbox-disabled',
  'message-too-large',
  'syntax',
  'protocol',
  'relay-denied',
  'send-as',
  'unverified-sender',
  'forwarding-blocked',
  'helo-name',
  'not-hosted',
  'tls-required',
  'recipient-restricted',
  'suppressed',
  'auth-failed',
  'login-failed',
  'login-method',
  'login-blocked',
  'spam-content',
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
  enhanced: string | null = null,
): BounceReason {
  // An unknown recipient is refused at RCPT TO (RFC 5321 §3.3). "Unknown user" only after the
  // message, with a mailbox-status code (X.2.x) rather than an address one (X.1.x), is a filter in
  // those words: Japanese carriers' domain filters (docomo's "550 Unknown user" at DATA, Status
  // 5.2.0), which Sisimai's Reason::Filtered reads the same way.
  if (command === 'DATA' && reason === 'unknown-user' && /^\d\.2\./.test(enhanced ?? ''))
    return 'recipient-restricted'
  // A disabled account after a login, or with X.7.13 (RFC 5248: after a successful authentication),
  // is the sender's own account, however the words put it ("User account disabled").
  if (reason === 'mailbox-disabled' && (command === 'AUTH' || /^\d\.7\.13$/.test(enhanced ?? '')))
    return 'sender-account'
  // A content verdict cannot come before the content: refused at MAIL FROM or RCPT TO, "due to spam
  // filter" judged the sender, an unnamed policy (RFC 5321 §3.3 sends the message only after DATA).
  if (reason === 'spam-content' && (command === 'MAIL FROM' || command === 'RCPT TO')) return 'policy'
  // X.1.7 is "Bad sender's mailbox address syntax" (RFC 3463 §3.2): "501 5.1.7 Invalid address"
  // answers MAIL FROM, however its words would read for a recipient; X.1.3 "Bad destination mailbox
  // address syntax" likewise names a malformed address, not a missing one.
  if (/^\d\.1\.[37]$/.test(enhanced ?? '') && (reason === 'unknown-user' || reason === 'unknown'))
    return 'syntax'
  // X.1.8 is "Bad sender's system address" (RFC 3463 §3.2): a domain not found is the sender's.
  if (reason === 'host-not-found' && /^\d\.1\.8$/.test(enhanced ?? '')) return 'sender-domain'
  if (command === 'MAIL FROM') {
    if (reason === 'host-not-found') return 'sender-domain'
    // The server will not take this sender: it is not a missing recipient, and nothing says the
    // sending IP is listed anywhere either.
    if (reason === 'unknown-user') return 'policy'
    return reason
  }
  // STARTTLS refused or not offered is the encryption the session lacks, not a badly written command.
  if (command === 'STARTTLS' && (reason === 'syntax' || reason === 'protocol')) return 'tls-required'
  // A mechanism refused with 504 (RFC 4954 §4: "not supported or requires an encryption layer";
  // Exchange answers "504 5.7.4 Unrecognized authentication type" before STARTTLS) is a login method
  // to change, whose text names both cures (bounce-text.ts); an exchange line too long ("500 5.5.6")
  // another login method too; only an undecodable answer (501) is a malformed command.
  if (command === 'AUTH' && reply === '504') return 'login-method'
  if (command === 'AUTH' && (reason === 'syntax' || reason === 'protocol') && reply !== '501')
    return 'login-method'
  if (command !== 'AUTH' || LOGIN_REASONS.has(reason) || reason === 'syntax') return reason
  if (reply === '454' || (cls === '4' && reason !== 'tls-required')) return 'login-temporary'
  if (reason === 'tls-required') return reason
  return cls === '5' ? 'login-failed' : reason
}
