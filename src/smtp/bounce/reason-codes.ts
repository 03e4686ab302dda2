// What the codes alone say about a bounce's cause, for when the server's words name none:
// enhanced status codes narrow enough to decide (RFC 3463 §3, the IANA registry and the vendor
// codes of vendor-enhanced-codes.ts), broad ones that only outrank the reply code, and the reply
// codes themselves (RFC 5321 §4.2.3). reasons.ts decides the order in which they are read.
//
// The rule throughout: a code that only says "refused for a policy reason" or "not now" gives the
// cautious reasons 'policy' and 'deferred', never 'blocked'. 'blocked' tells an administrator to
// look the sending IP up in a blocklist and ask for delisting, which is wasted work, and wrong
// advice, for a content filter, an organisation's rule, a missing login or a recipient's setting.

import { parseEnhancedCode } from '../codes/enhanced-code-shape'
import type { BounceReason } from './reasons'

/** Enhanced codes whose meaning is narrow enough to decide alone ("subject.detail"). */
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
  '4.4': 'host-not-found',
  '4.5': 'system-error',
  '4.6': 'system-error',
  '4.7': 'expired',
  // X.5.1 "Invalid command" (RFC 3463 §3.6) is about how the client spoke SMTP, never an address;
  // X.5.2 "Syntax error" and X.5.4 "Invalid command arguments" are often a badly written address.
  '5.1': 'protocol',
  '5.2': 'syntax',
  '5.3': 'rate-limited',
  '5.4': 'syntax',
  '5.6': 'syntax',
  // RFC 3463 §3.7 media errors: the message's own format or encoding, which only the program that
  // built it can change (X.6.1 media not supported, X.6.3 conversion required but not supported,
  // X.6.5 conversion failed; RFC 6531 §3.5: X.6.9 a UTF-8 header the next hop cannot take).
  '6.1': 'message-format',
  '6.3': 'message-format',
  '6.5': 'message-format',
  '6.9': 'message-format',
  // X.6.7 a non-ASCII address where SMTPUTF8 is not offered (RFC 6531 §3.5): an address to write in ASCII.
  '6.7': 'syntax',
  // X.7.5 "Cryptographic failure" (RFC 3463 §3.8): Postfix reports a TLS certificate it could not
  // verify with 4.7.5 ("Server certificate not verified").
  '7.5': 'tls-required',
  // RFC 4954 §6: 535 5.7.8 wrong credentials; 534 5.7.9 the mechanism is too weak (an app
  // password or OAuth is needed, not encryption); X.7.10 "Encryption Needed" and X.7.11 are TLS.
  // X.7.9 is decided in reasonFromEnhanced: it means a weak mechanism only in reply to AUTH.
  '7.8': 'login-failed',
  '7.10': 'tls-required',
  '7.11': 'tls-required',
  // X.7.12 "A password transition is needed": log in once with PLAIN (RFC 4954 §6), which waiting
  // does not do. X.7.13 "User Account Disabled" follows a successful login (RFC 5248): the sender's
  // own account, not the recipient's mailbox.
  '7.12': 'login-method',
  '7.13': 'sender-account',
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

/**
 * Codes too broad to outrank the report's prose, but better than the reply code alone. X.7.0 and
 * X.7.1 say only that a security or policy rule refused the message (RFC 3463 §3.8: "Delivery not
 * authorized, message refused"): 'policy', or 'deferred' for a 4.7.x that refuses only for now.
 */
const BROAD_ENHANCED: Record<string, BounceReason> = {
  // X.7.2 "Mailing list expansion prohibited" (RFC 3463 §3.8): the list refuses this sender.
  '7.2': 'recipient-restricted',
  '3.0': 'system-error',
  '3.2': 'system-error',
  '3.3': 'system-error',
  '3.5': 'system-error',
  '4.0': 'network',
  '6.0': 'message-format',
  // X.4.3 "Directory server failure" (RFC 3463 §3.5): a DNS or directory server could not be
  // reached, "useful only as a persistent transient error"; Stalwart's "451 4.4.3 Unable to verify
  // address at this time". It does not say the domain is unknown: where the words say so (Postfix's
  // "Host or domain name not found", Sendmail's "host name lookup failure"), they decide.
  '4.3': 'system-error',
  // X.2.0 "Other or undefined mailbox status" names no cause (Outlook.com's 5.2.0
  // OutboundSpamException is the sender's account), so it is not read as a missing mailbox.
  '1.0': 'unknown-user',
}
const BROAD_POLICY = new Set(['7.0', '7.1'])

/**
 * Reply codes (RFC 5321 §4.2.3 and extensions) that tell a reason on their own. 421, 450 and 451
 * do not: servers use them for greylisting, rate limits, reputation, busy disks and policy alike
 * (450 is "mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)"),
 * so alone they are a deferral whose cause the reply does not give.
 */
const BY_REPLY: Record<string, BounceReason> = {
  '421': 'deferred',
  '450': 'deferred',
  '451': 'deferred',
  '452': 'mailbox-full',
  // 454 is both "TLS not available" (RFC 3207 §4) and "Temporary authentication failure"
  // (RFC 4954 §6): which one, the command it answered says (see reasonForCommand).
  '454': 'tls-required',
  // 455 and 555: a MAIL FROM or RCPT TO parameter the server does not take (NOTIFY=, SIZE=; RFC 5321
  // §4.2.3); 502 a command not implemented, 503 a command out of sequence, 504 a parameter not
  // implemented: the mail program's protocol, not a badly written address (501; and 500 alone,
  // "Syntax error, command unrecognized", which with an X.5.x code is an unknown command).
  '455': 'protocol',
  '500': 'syntax',
  '501': 'syntax',
  '502': 'protocol',
  '503': 'protocol',
  '504': 'protocol',
  '521': 'host-not-found',
  '530': 'relay-denied',
  '534': 'login-method',
  '535': 'login-failed',
  // 538 "Encryption required for requested authentication mechanism" (RFC 4954 §6, historic).
  '538': 'tls-required',
  // 541 is no RFC's (see the 541 page): Zoho sends it for policy refusals.
  '541': 'policy',
  // 550 is every kind of permanent refusal (RFC 5321 §4.2.3: "mailbox unavailable … or command
  // rejected for policy reasons"): without words that say which, it is 'unknown', never "correct
  // the address". The same holds for an expired message's last error.
  '551': 'unknown-user',
  '552': 'mailbox-full',
  '553': 'syntax',
  '555': 'protocol',
  '556': 'host-not-found',
}

/**
 * 451–556 codes that servers reuse beyond their RFC meaning: 452 "insufficient system storage" is
 * also Cox's "message threshold exceeded", 553 "mailbox name not allowed" MessageLabs' relay
 * refusal, 552 "exceeded storage allocation" a size or content limit. Their default holds only
 * when the reply says no more than the RFC's own words (or nothing); words the tool does not
 * recognise leave the reason unknown rather than confidently wrong.
 */
const STOCK_WORDS: Record<string, RegExp> = {
  '452': /^(?:requested action not taken:? )?insufficient (?:system )?storage$/,
  // Postfix quotes it after "host mx…[…] said:".
  '551': /(?:^|said:? )user not local(?:;? please try.*)?$/,
  '552': /^(?:requested mail action aborted:? )?exceeded storage allocation$/,
  '553': /^(?:requested action not taken:? )?mailbox name not allowed$/,
  // RFC 7504 §3: "556 <domain> does not accept mail"; Aliyun's "556 The number of RCPTs is over
  // size" says something else.
  '556': /^(?:[a-z ]+ )?does not accept mail$/,
}

/** The reason a reply code gives alone, given the reply's own words (`words`, may be empty). */
export function reasonFromReply(reply: string | undefined, words = ''): BounceReason | undefined {
  if (!reply) return undefined
  const stock = STOCK_WORDS[reply]
  if (stock) {
    const said = plainWords(words)
    if (said !== '' && !stock.test(said)) return undefined
  }
  return BY_REPLY[reply]
}

/** The reply's words without its codes, addresses, host names and punctuation, lower-cased. */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b[245]\d\d[- ]/g, ' ')
    .replace(/#?\b[245]\.\d{1,3}\.\d{1,3}\b/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\S+@\S+/g, ' ')
    .replace(/[^a-z:;' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:;]$/, '')
}

/**
 * X.2.1 "Mailbox disabled, not accepting messages" is permanent only in class 5: RFC 3463 §3.3
 * makes it "a transient error if the mailbox is only temporarily disabled". Rackspace's "450 4.2.1
 * … Mailbox received too much email in a short period of time (G30)" and "450 4.2.1 Mailbox busy"
 * are such: the address exists and a retry minutes later gets through, so alone a 4.2.1 is only
 * 'deferred' (broadReason), never "ask for a current address". X.3.2 "System not accepting network
 * messages" (RFC 3463 §3.4: "imminent shutdown, excessive load, or system maintenance"; Postfix's
 * postscreen "421 4.3.2 All server ports are busy") is a server fault only when permanent.
 */
const TRANSIENT_ONLY_BROAD = new Set(['2.1', '3.2'])

export function reasonFromEnhanced(
  code: string | undefined,
  answered: { reply?: string; command?: string } = {},
): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  if (!parsed || parsed.cls === 2) return undefined
  if (parsed.cls === 4 && TRANSIENT_ONLY_BROAD.has(`${parsed.subject}.${parsed.detail}`)) return undefined
  if (parsed.subject === 7 && parsed.detail === 9) return weakMechanismOrPolicy(answered)
  if (parsed.subject === 4 && parsed.detail === 1) return noAnswerOrRefusal(answered.reply)
  // X.5.x is "Invalid command" or "Invalid command arguments" (RFC 3463 §3.6) for any protocol
  // error; the reply code says which: a command out of sequence (503), a parameter not taken (555).
  if (parsed.subject === 5 && (BY_REPLY[answered.reply ?? ''] === 'protocol' || answered.reply === '500'))
    return 'protocol'
  // X.7.12 "A password transition is needed" is registered with 432 only (RFC 4954 §6); a 5.7.12
  // is Microsoft 365's reuse, "Sender was not authenticated by organization": a group or mailbox
  // that takes mail only from inside its organisation (vendor-enhanced-codes.ts).
  if (parsed.subject === 7 && parsed.detail === 12 && parsed.cls === 5) return 'recipient-restricted'
  return (
    BY_ENHANCED[`${parsed.subject}.${parsed.detail}`] ??
    vendorReason(parsed.cls, parsed.subject, parsed.detail)
  )
}

/** `reply`: the basic code it came with; a 5xx reply ("554 4.3.2 …") is no deferral, whatever the class. */
export function broadReason(code: string | undefined, reply?: string): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  if (!parsed || parsed.cls === 2) return undefined
  const key = `${parsed.subject}.${parsed.detail}`
  if (BROAD_POLICY.has(key)) return parsed.cls === 4 ? 'deferred' : 'policy'
  if (parsed.cls === 4 && TRANSIENT_ONLY_BROAD.has(key) && !reply?.startsWith('5')) return 'deferred'
  return BROAD_ENHANCED[key]
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

/**
 * X.4.1 "No answer from host" (RFC 3463 §3.5) is a network failure when the reporting server
 * gives it. A remote server that answered with a 5xx reply did answer: Zoho's "541 5.4.1 Mail
 * rejected by destination domain" is the recipient domain's own rule (see the 541 page), and a
 * 550 5.4.1 names its cause only in its words (Microsoft's "Recipient address rejected: Access
 * denied", see accessDenied in reasons.ts).
 */
function noAnswerOrRefusal(reply: string | undefined): BounceReason | undefined {
  if (!reply?.startsWith('5')) return 'network'
  return reply === '541' ? 'recipient-restricted' : undefined
}

/**
 * Microsoft 365's own codes, by the meanings documented in vendor-enhanced-codes.ts (Microsoft
 * Learn, "Email non-delivery reports and SMTP errors in Exchange Online"). Only the banned-IP
 * codes are a blocklist; the rest of 5.7.500–5.7.699 is the sender's account or tenant, the
 * recipient's own block, IPv6, or codes Microsoft does not document: 'policy'.
 */
function vendorReason(cls: number | string, subject: number, detail: number): BounceReason | undefined {
  if (subject === 4) {
    if (detail === 300) return 'expired'
    if (detail === 310) return 'host-not-found'
    return detail >= 316 && detail <= 317 ? 'network' : undefined
  }
  if (subject === 2 && detail >= 121 && detail <= 122) return 'rate-limited'
  if (subject !== 7) return undefined
  if (detail >= 321 && detail <= 325) return 'tls-required'
  // 4.7.500–4.7.699 and 4.7.850–4.7.899: "Access denied, please try again later", Microsoft
  // throttling a sending IP while it evaluates suspicious traffic.
  if (cls === 4 && ((detail >= 500 && detail <= 699) || (detail >= 850 && detail <= 899)))
    return 'rate-limited'
  return VENDOR_7[detail] ?? vendorRange(detail)
}

const VENDOR_7: Record<number, BounceReason> = {
  57: 'relay-denied',
  60: 'send-as',
  64: 'relay-denied',
  124: 'recipient-restricted',
  133: 'recipient-restricted',
  134: 'recipient-restricted',
  135: 'recipient-restricted',
  136: 'recipient-restricted',
  193: 'recipient-restricted',
  232: 'rate-limited',
  233: 'rate-limited',
  // 5.7.501–503: the sending account was banned for spam it sent; 5.7.520 external forwarding
  // and 5.7.750 unregistered sending domains are the sender organisation's own rules; 5.7.700–749
  // (5.7.705 "tenant has exceeded threshold") the sender's tenant stopped for the spam it sent.
  501: 'sender-account',
  502: 'sender-account',
  503: 'sender-account',
  504: 'unknown-user',
  505: 'unknown-user',
  // 5.7.506 "Bad HELO": the sending server names itself wrongly, as Postfix's HELO checks say.
  506: 'helo-name',
  // 5.7.507 "rejected by recipient" and 5.7.513 the recipient domain's own Customer Block list:
  // only the recipient's administrator can lift them.
  507: 'recipient-restricted',
  508: 'rate-limited',
  509: 'auth-failed',
  // 5.7.510: the recipient domain takes no mail over IPv6; a blocklist has nothing to do with it.
  510: 'policy',
  511: 'blocked',
  512: 'message-format',
  513: 'recipient-restricted',
  515: 'auth-failed',
  520: 'forwarding-blocked',
  708: 'blocked',
  750: 'unverified-sender',
  800: 'blocked',
}

function vendorRange(detail: number): BounceReason | undefined {
  if (detail >= 606 && detail <= 649) return 'blocked'
  if (detail >= 700 && detail <= 749) return 'sender-account'
  if (detail >= 500 && detail <= 699) return 'policy'
  return undefined
}
