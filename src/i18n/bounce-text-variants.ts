// The code-specific wordings of a bounce reason's title, explanation, who-acts and advice: where a
// reason is right but its cure, or its name, differs for one code or one kind of report.
import type { BounceReason } from '../smtp/bounce/reasons'

export type Field = 'title' | 'explanation' | 'whoActs' | 'advice'

export interface Explained {
  reason: BounceReason
  action: string | null
  reply?: string | null
  enhanced?: string | null
  command?: string | null
  forwarded?: boolean
  reported?: boolean
  sendMailAs?: boolean
  ownMailboxFull?: boolean
  receiverTls?: boolean
  addressConfirmed?: boolean
  diagnostic?: string | null
  cause?: BounceReason | null
}

/**
 * An expired message whose last error names a cause on one side: that side fixes it before the
 * sender resends (a blocklisted sending IP, a receiving server that refused connections for days).
 */
const SENDING_SIDE: ReadonlySet<BounceReason> = new Set([
  'blocked',
  'rate-limited',
  'helo-name',
  'auth-failed',
  'tls-required',
  'sender-account',
  'sender-domain',
])
const RECEIVING_SIDE: ReadonlySet<BounceReason> = new Set([
  'network',
  'mailbox-full',
  'system-error',
  'host-not-found',
  'mailbox-disabled',
])

const tooManyRecipients = (r: Explained) => /^[45]\.5\.3$/.test(r.enhanced ?? '')
/** A sending server's report (returned or still queued) about its own login at a relay host. */
const relayLogin = (r: Explained) => r.command === 'AUTH' && (r.action === 'failed' || r.action === 'delayed')

export interface CodeVariant {
  reason: BounceReason
  /** Appended to the field's key: `advicePasswordTransition`. */
  suffix: string
  fields: readonly Field[]
  when: (r: Explained) => boolean
}

/**
 * Codes whose reason is right but whose cure, or name, differs from the reason's usual one (the
 * first that fits wins):
 *   - a message that expired on a cause one side must fix (its last error): that side, then the sender;
 *   - relaying refused in a sending server's report: the recipient's server, which does not host
 *     the domain, or the sending server's relay host, never the reader's mail program;
 *   - X.1.7 "Bad sender's mailbox address syntax" (RFC 3463 §3.2): the sending address, not a
 *     recipient's;
 *   - 551 "User not local; please try <forward-path>" and X.1.6 "Destination mailbox has moved"
 *     (RFC 5321 §3.4, RFC 3463 §3.2): the reply gives the new address, to use instead;
 *   - X.4.6 "Routing loop detected" (RFC 3463 §3.5) and Microsoft's 5.4.14 "Hop count exceeded":
 *     two systems forwarding to each other, which the recipient's side breaks;
 *   - 503 to AUTH ("authentication not enabled"), or a program that found no AUTH offered: login not
 *     offered on that connection, whose cure is the submission port and its encryption (RFC 6409,
 *     RFC 8314), or AUTH turned on;
 *   - a sending server bound to TLS for the domain (its policy, MTA-STS RFC 8461, DANE RFC 7672) and a
 *     receiving server with no STARTTLS or a certificate that failed: the recipient's side, or that policy;
 *   - an unknown address or a blocked IP met beyond a server that forwards the recipient's mail on
 *     (an alias's target that does not exist, a forwarding service's own IP refused further on):
 *     whoever runs the forwarding, not the sender;
 *   - Microsoft 365's 535 5.7.139 (SMTP AUTH off, security defaults, Conditional Access): the
 *     organisation's administrator, whatever the password or the relay (where a sending server's
 *     administrator may instead relay through a connector, and no mail program logs in);
 *   - Gmail's "Send mail as" login at another provider's server refused: the sender's saved settings;
 *   - a login refused to a sending server at its relay host, in its bounce ("… said: 535 5.7.8 …
 *     (in reply to AUTH command)"): the server's administrator fixes the relay login, not the sender;
 *     still queued (Postfix defers it by default), the message then goes by itself: no resending;
 *   - 432 4.7.12 "A password transition is needed" (RFC 4954 §6): log in once with PLAIN so the
 *     server can convert the stored password, the opposite of 534's app password;
 *   - 504 to AUTH, a mechanism "not supported or [that] requires an encryption layer" (RFC 4954 §4):
 *     both cures, a method the server lists and TLS turned on;
 *   - 500 5.5.6 "Authentication Exchange line is too long" (RFC 4954 §4): a login line over the
 *     server's limit, usually a long token, which another method cures and an app password need not;
 *   - X.5.3 "Too many recipients" (RFC 3463 §3.6): a limit per message, not per hour, which a
 *     sending server works around by itself (RFC 5321 §4.5.3.1.10), unless it returned the recipient
 *     or nothing was sent, when the sender splits the list;
 *   - a rate limit with X.2.1 ("… receiving mail at a rate that prevents additional messages from
 *     being delivered", Gmail's ReceivingRate): the recipient's mailbox is flooded, not the sender fast;
 *   - a domain that accepts no mail (null MX, RFC 7505: 556 5.1.10; RFC 7504: 521): it exists.
 */
/** A refused login of a sending server at its relay host: still queued, or returned. */
const RELAY_REASONS = ['login-blocked', 'login-failed', 'login-method', 'login-temporary'] as const
const relayVariants = (reason: BounceReason): CodeVariant[] => [
  {
    reason,
    suffix: 'RelayQueued',
    // A relay that could not check the login for now (454) needs nobody yet: the server retries.
    fields: reason === 'login-temporary' ? ['explanation', 'whoActs', 'advice'] : ['explanation', 'advice'],
    when: (r) => relayLogin(r) && r.action === 'delayed',
  },
  { reason, suffix: 'Relay', fields: ['explanation', 'whoActs', 'advice'], when: relayLogin },
]

const isTenantPolicy = (r: Explained) => /^[45]\.7\.139$/.test(r.enhanced ?? '')

/** Met beyond a server that forwards the recipient's mail on: the forwarding's owner acts. */
const forwardedVariant = (reason: BounceReason): CodeVariant => ({
  reason,
  suffix: 'Forwarded',
  fields: ['title', 'explanation', 'whoActs', 'advice'],
  when: (r) => r.forwarded === true,
})

export const CODE_VARIANTS: readonly CodeVariant[] = [
  // A DNS lookup that failed for now (Postfix's "Host not found, try again", X.4.3): still queued.
  {
    reason: 'host-not-found',
    suffix: 'Temporary',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.action === 'delayed',
  },
  // A sending server's own log that it handed the message to a relay's submission port (Postfix's
  // "relay=…:587 … status=sent"): a sending service delivers it later, and its own log says how.
  {
    reason: 'delivered',
    suffix: 'Handover',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.action === 'relayed' && /\bstatus=sent\b/.test(r.diagnostic ?? ''),
  },
  // RFC 3464 §2.3.3: "relayed" only says no further report will come, not that the mailbox got it.
  {
    reason: 'delivered',
    suffix: 'Relayed',
    fields: ['title', 'explanation'],
    when: (r) => r.action === 'relayed',
  },
  // "expanded" is no end point: reports for the addresses it was sent on to may follow.
  {
    reason: 'delivered',
    suffix: 'Expanded',
    fields: ['title', 'explanation'],
    when: (r) => r.action === 'expanded',
  },
  // A TLS demand the receiving server did not meet (no STARTTLS, a certificate MTA-STS or DANE
  // rejects) is the receiving side's, though TLS faults are most often the sender's.
  {
    reason: 'expired',
    suffix: 'SendingSide',
    fields: ['whoActs'],
    when: (r) => r.cause != null && SENDING_SIDE.has(r.cause) && r.receiverTls !== true,
  },
  {
    reason: 'expired',
    suffix: 'ReceivingSide',
    fields: ['whoActs'],
    when: (r) => r.cause != null && (RECEIVING_SIDE.has(r.cause) || r.receiverTls === true),
  },
  forwardedVariant('unknown-user'),
  // Microsoft 365's "550 5.1.8 Access denied, bad outbound sender" (AS(42004)): an account on its
  // Restricted entities list for sending spam, usually compromised, which its administrator secures
  // and releases; no daily limit that resets.
  {
    reason: 'sender-account',
    suffix: 'Restricted',
    fields: ['whoActs', 'advice'],
    when: (r) => /^5\.1\.8$/.test(r.enhanced ?? '') && /bad outbound sender/i.test(r.diagnostic ?? ''),
  },
  // The writer says the address is right ("not a typo", "web sitenizde aynen böyle yazıyor"): the
  // recipient's side creates it or fixes its directory.
  {
    reason: 'unknown-user',
    suffix: 'Confirmed',
    fields: ['whoActs', 'advice'],
    when: (r) => r.addressConfirmed === true && r.reply !== '551' && r.enhanced !== '5.1.6',
  },
  forwardedVariant('mailbox-disabled'),
  forwardedVariant('mailbox-full'),
  forwardedVariant('auth-failed'),
  forwardedVariant('blocked'),
  // X.3.2 "System not accepting network messages" (RFC 3463 §3.5): the receiving server is busy, shutting
  // down or in maintenance; that is its cause, and if it lasts, its administrator's.
  {
    reason: 'deferred',
    suffix: 'NotAccepting',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.enhanced === '4.3.2' && r.action === 'delayed',
  },
  // A refusal for the sending IP's missing reverse DNS ("Client host rejected: cannot find your
  // reverse hostname", Postfix's reject_unknown_client_hostname), with no blocklist named: a PTR
  // record fixes it, no delisting.
  {
    reason: 'blocked',
    suffix: 'ReverseDns',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) =>
      /reverse (?:hostname|dns|lookup)|\bPTR\b|\brDNS\b|cannot find your hostname|client host name (?:is )?unknown/i.test(
        r.diagnostic ?? '',
      ) &&
      !/block ?list|spamhaus|spamcop|\bdnsbl\b|blocked using|listed (?:at|on|in|by)/i.test(
        r.diagnostic ?? '',
      ),
  },
  {
    reason: 'relay-denied',
    suffix: 'Reported',
    fields: ['explanation', 'whoActs', 'advice'],
    when: (r) => r.reported === true,
  },
  // X.6.7 in a server's own reply ("553 5.6.7 Non-ASCII addresses not permitted for that
  // recipient", RFC 6531 §3.5): most often the sending side did not declare SMTPUTF8. Not a relay's
  // word that the next host lacks it ("Remote host does not support SMTPUTF8"): that host's side acts.
  {
    reason: 'syntax',
    suffix: 'Smtputf8Reply',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) =>
      /^[45]\.6\.7$/.test(r.enhanced ?? '') &&
      /^5\d\d$/.test(r.reply ?? '') &&
      !/was not offered|(?:does not|doesn't|did not|didn't) (?:offer|support|advertise) SMTPUTF8/i.test(
        r.diagnostic ?? '',
      ),
  },
  // X.6.7: a non-ASCII address the next server cannot take (RFC 6531 §3.5): the address may be right.
  {
    reason: 'syntax',
    suffix: 'Smtputf8',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => /^[45]\.6\.7$/.test(r.enhanced ?? ''),
  },
  {
    reason: 'syntax',
    suffix: 'Sender',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => /^[45]\.1\.7$/.test(r.enhanced ?? ''),
  },
  {
    reason: 'unknown-user',
    suffix: 'Moved',
    fields: ['title', 'explanation', 'advice'],
    when: (r) => r.reply === '551' || r.enhanced === '5.1.6',
  },
  {
    reason: 'system-error',
    suffix: 'Loop',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => /^[45]\.4\.(?:6|14)$/.test(r.enhanced ?? ''),
  },
  // An auto-reply saying nobody reads the mailbox any more: delivered, but the sender writes elsewhere.
  {
    reason: 'auto-reply',
    suffix: 'Departed',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.cause === 'mailbox-disabled',
  },
  // A server-side fault the sending server is still retrying (Postfix's delay warning, "451 4.3.0
  // Temporary lookup failure"): nothing to resend yet, the notice itself says so.
  { reason: 'system-error', suffix: 'Queued', fields: ['advice'], when: (r) => r.action === 'delayed' },
  {
    reason: 'tls-required',
    suffix: 'AuthNotOffered',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    // Or a program that found no AUTH in the server's EHLO reply (smtplib's "SMTP AUTH extension not
    // supported by server", Go's "smtp: server doesn't support AUTH"), which sent no command.
    when: (r) => r.reply === '503' || (r.reply === null && r.command === 'AUTH'),
  },
  {
    reason: 'tls-required',
    suffix: 'ReceiverTls',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.receiverTls === true,
  },
  {
    reason: 'login-method',
    suffix: 'TenantPolicyRelay',
    fields: ['advice'],
    when: (r) => isTenantPolicy(r) && relayLogin(r),
  },
  {
    reason: 'login-method',
    suffix: 'TenantPolicy',
    fields: ['explanation', 'whoActs', 'advice'],
    when: isTenantPolicy,
  },
  // Gmail's "Send mail as": its own login, with the sender's saved details, at another provider's server.
  ...(['login-failed', 'login-method'] as const).map((reason) => ({
    reason,
    suffix: 'SendMailAs',
    fields: ['explanation', 'whoActs', 'advice'] as const,
    when: (r: Explained) => r.sendMailAs === true,
  })),
  ...RELAY_REASONS.flatMap(relayVariants),
  {
    reason: 'login-method',
    suffix: 'PasswordTransition',
    fields: ['explanation', 'advice'],
    when: (r) => r.reply === '432' || r.enhanced === '4.7.12',
  },
  {
    reason: 'login-method',
    suffix: 'MechanismRefused',
    fields: ['explanation', 'advice'],
    when: (r) =>
      r.reply === '504' ||
      /^5\.[57]\.4$/.test(r.enhanced ?? '') ||
      /(?:invalid|unsupported|unrecognized) authentication (?:mechanism|type)/i.test(r.diagnostic ?? ''),
  },
  {
    reason: 'login-method',
    suffix: 'LineTooLong',
    fields: ['explanation', 'advice'],
    when: (r) => /^5\.5\.6$/.test(r.enhanced ?? ''),
  },
  {
    reason: 'rate-limited',
    suffix: 'TooManyRecipientsReturned',
    fields: ['whoActs', 'advice'],
    when: (r) => tooManyRecipients(r) && r.action === 'failed',
  },
  {
    reason: 'rate-limited',
    suffix: 'TooManyRecipientsNotSent',
    fields: ['whoActs', 'advice'],
    when: (r) => tooManyRecipients(r) && r.action === 'not-sent',
  },
  {
    reason: 'rate-limited',
    suffix: 'TooManyRecipients',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: tooManyRecipients,
  },
  {
    reason: 'rate-limited',
    suffix: 'ReceivingRate',
    fields: ['title', 'explanation'],
    when: (r) => /^[45]\.2\.1$/.test(r.enhanced ?? ''),
  },
  {
    // A program's own refusal: nothing retries, so the not-sent who-acts and advice apply.
    reason: 'rate-limited',
    suffix: 'ReceivingRate',
    fields: ['whoActs', 'advice'],
    when: (r) => /^[45]\.2\.1$/.test(r.enhanced ?? '') && r.action !== 'not-sent',
  },
  {
    // A program that refused the address itself, with no server's reply (Outlook's "None of your
    // e-mail accounts could send to this recipient").
    reason: 'syntax',
    suffix: 'NoServer',
    fields: ['explanation', 'advice'],
    when: (r) => r.action === 'not-sent' && r.reply === null && r.enhanced === null,
  },
  {
    // Microsoft 365's "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException":
    // the sending account refused for its own mailbox being full (X.2.2, RFC 3463 §3.3).
    reason: 'sender-account',
    suffix: 'OwnMailboxFull',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.ownMailboxFull === true || /^[45]\.2\.2$/.test(r.enhanced ?? ''),
  },
  {
    reason: 'host-not-found',
    suffix: 'AcceptsNoMail',
    fields: ['title', 'explanation', 'whoActs', 'advice'],
    when: (r) => r.reply === '556' || r.reply === '521' || r.enhanced === '5.1.10',
  },
]
