// One recipient's draft, as the DSN or the text path of report.ts collected it, made into its
// result: the reason in plain terms (the server's words, the codes, the command they answered), the
// cause of an expired message, whether a mail program's error means nothing was sent, and a
// vendor's own use of a registered code.

import { findEnhancedCode } from '../codes/enhanced-codes'
import { addressConfirmed } from './address-confirmed'
import { commandWithoutReply } from './commands'
import type { DsnAction } from './dsn'
import type { FoundCodes } from './failure-codes'
import { replyFromJson } from './json-reply'
import { COMPLAINT_EVENT, EXPIRY_WORDS, type Expiry, saysReturnedOrHeld } from './message-kind'
import { FILTER_HOLDS } from './not-a-bounce'
import { OWN_MAILBOX_FULL } from './reason-phrases-lists'
import { programReason } from './reason-phrases-programs'
import {
  type BounceReason,
  classifyReason,
  FINAL_REASONS,
  LOGIN_REASONS,
  NOT_SENT_REASONS,
  reasonForCommand,
  reasonFromEnhanced,
} from './reasons'
import { forwardedOn, refusedByRecipientsServer } from './recipient-context'
import { findVendorReuse } from './vendor'

/**
 * A DSN's action (RFC 3464 §2.3.3), or 'not-sent': the mail program reported that it could not hand
 * the message to its submission server, so no server holds it and no DSN exists.
 */
export type ReportAction = DsnAction | 'not-sent'

export interface RecipientResult {
  recipient: string | null
  action: ReportAction | null
  /** The DSN Status field as written, when there is one. */
  status: string | null
  /** The reply code that describes this failure best ('550'), null when the message has none. */
  reply: string | null
  /** The enhanced status code that describes it best ('5.1.1'), null when the message has none. */
  enhanced: string | null
  /** True when `enhanced` is of valid shape but not in the IANA registry (a vendor's code). */
  vendor: boolean
  /**
   * When `enhanced` is a registered code that the server's words show a vendor used with its own
   * meaning (Gmail's 5.7.27 for SPF): the key of that reuse in VENDOR_REUSED_CODES, else null.
   */
  vendorUse: string | null
  reason: BounceReason
  /**
   * For an expired message: the reason of the last error quoted, when it says. For an auto-reply:
   * 'mailbox-disabled' when it says nobody reads the mailbox any more.
   */
  cause: BounceReason | null
  command: string | null
  /** The server's words for this failure (Diagnostic-Code, or the reply line), trimmed. */
  diagnostic: string | null
  remoteMta: string | null
  /** Where the result came from: the DSN's fields or the message's text. */
  from: 'dsn' | 'text'
  /**
   * The failure was met beyond a server that forwards the recipient's mail on (an alias, a
   * forwarding service), so the forwarding's owner acts, not the sender: forwardedOn().
   */
  forwarded: boolean
  /**
   * A sending server's report (DSN fields, or words that it returned or still holds the message):
   * the reply in it answered that server, after the reader's own server had taken the message.
   */
  reported: boolean
  /**
   * Gmail's "Send mail as" sent the message through another provider's server with the login saved
   * in its settings, and that login failed: the sender fixes those settings, not an administrator.
   */
  sendMailAs: boolean
  /**
   * The sender's own mailbox is full, so its provider sends nothing from it: Microsoft 365's X.2.2
   * at submission, a webmail's "could not be sent because your mailbox … has exceeded its quota".
   */
  ownMailboxFull: boolean
  /**
   * A sending server that must deliver over TLS (its own policy, the recipient domain's MTA-STS or
   * DANE) met a receiving server that offered no STARTTLS or a certificate that failed the check
   * (Postfix's "TLS is required, but was not offered by host …"): the recipient's side or that
   * policy changes, not the sender's TLS setup.
   */
  receiverTls: boolean
  /**
   * The writer says the unknown address is the right one ("It is not a typo, the address … is
   * definitely right"): the recipient's side creates it or fixes its directory, not the sender.
   */
  addressConfirmed: boolean
  /**
   * With no recipient: the addresses the text names when nothing in it tells which one failed (a
   * contact form's "Email: sam@…" above "Our customer bob@… does not get our mails"), else none.
   */
  named: string[]
}

const OTHERS_REACHED =
  /\b(?:works|goes through|is fine|arrives?) (?:for|to) (?:all |every )?other (?:addresses|recipients|domains)|\bother (?:recipients|addresses|domains|contacts|customers|clients|people|users) (?:work|are fine|get it|get (?:our |my |the )?(?:mails?|e-?mails?|messages?))|les autres destinataires (?:les )?reçoivent|(?:ça|cela) (?:passe|marche|fonctionne) (?:pour|avec) (?:tous )?les autres|bei anderen Empfängern (?:klappt|funktioniert|geht)|an andere (?:Empfänger|Adressen) (?:klappt|funktioniert|geht)|diğer (?:alıcılara|adreslere) (?:sorunsuz )?gidiyor|al resto de destinatarios les llega|a otros destinatarios (?:sí )?(?:les )?llega/i

const CLIENT_NOT_AUTHENTICATED = /\bclient (?:was )?not authenticated\b|\b5\.7\.57\b/i

const SENDER_LOGIN =
  /sender address rejected: not logged in|\bmust (?:first )?(?:be )?authenticat|authentication required/i

export interface Draft {
  recipient: string | null
  action: ReportAction | null
  status: string | null
  reply: string | null
  enhanced: string | null
  words: string
  context: string
  expired: Expiry
  causeCodes: FoundCodes
  command: string | null
  diagnostic: string | null
  remoteMta: string | null
  from: 'dsn' | 'text'
  named?: string[]
  /** The report names another address as the one written (a DSN's Original-Recipient). */
  expanded?: boolean
}

/**
 * A chat export's time and name before a pasted reply ("[14:02] Mehmet: 550 5.1.1 …", WhatsApp's
 * "12.03.26, 14:02 - Mehmet: 550 …"): the person's, not the server's words.
 */
const CHAT_PREFIX =
  /^(?:\[[^\]\n]{0,20}\d{1,2}:\d{2}[^\]\n]{0,10}\][ \t]*|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–]?[ \t]*(?=[^:\n]{1,40}:[ \t]*[245]\d\d\b))[^:\n]{1,40}:[ \t]*/

/**
 * A label in front of the reply ("Reason: 550 …", "Diagnostic-Code: smtp; 554 …", "Remote host said:
 * 550 …", "Hata: 550 …"): the report's or the writer's word, not the server's.
 */
const REPLY_LABEL =
  /^(?:(?:Remote (?:host|server) (?:said|replied)|Reason|Diagnostic-Code|(?:SMTP )?Server (?:response|error)|said|RecipientStatus|reply|Error|Detail|Response|Hata|Sebep|Neden|Yanıt|Sunucu yanıtı)[ \t]*:[ \t]*)?(?:smtp;[ \t]*)?(?=[245]\d\d[ -]|[245]\.\d{1,3}\.\d)/i

export function finish(d: Draft): RecipientResult {
  const cls = (d.enhanced ?? d.reply ?? '').charAt(0)
  const succeeded = d.action === 'delivered' || d.action === 'relayed' || d.action === 'expanded'
  let reason: BounceReason
  let cause: BounceReason | null = null
  if (succeeded || (!d.action && cls === '2'))
    reason = COMPLAINT_EVENT.test(d.context) || COMPLAINT_EVENT.test(d.words) ? 'complaint' : 'delivered'
  else if (d.expired !== 'no') {
    cause = lastErrorReason(d)
    reason = d.expired === 'transient' && cause && FINAL_REASONS.has(cause) ? cause : 'expired'
    if (reason !== 'expired') cause = null
  } else if (d.action === 'delayed' && reasonFromEnhanced(d.enhanced ?? undefined) === 'expired') {
    // "4.4.7 delayed": still being retried; the reason is whatever the last attempt met.
    reason =
      lastErrorReason(d) ?? classifyReason({ primary: '', context: d.context, reply: d.reply ?? undefined })
    if (reason === 'unknown') reason = 'deferred'
  } else {
    reason = classifyReason({
      primary: d.words,
      context: d.context,
      enhanced: d.enhanced ?? undefined,
      reply: d.reply ?? undefined,
      command: d.command ?? undefined,
    })
    // Postfix names the refused address: "<alice@…>: Sender address rejected: User unknown" is the
    // sender's own envelope address, read as a refusal at MAIL FROM whatever the report says.
    const command = /sender address rejected/i.test(d.words) ? 'MAIL FROM' : d.command
    reason = reasonForCommand(reason, command, d.reply, cls, d.enhanced)
    // Failed for good on a network error with no permanent code: the sender retried and gave up.
    if (d.action === 'failed' && reason === 'network' && cls !== '5') {
      reason = 'expired'
      cause = 'network'
    }
    // Still being retried, and nothing says why: a deferral, not an unexplained failure.
    if (d.action === 'delayed' && reason === 'unknown') reason = 'deferred'
  }
  // "Relay access denied" from the recipient's own server, quoted in a sending server's report: it
  // does not take mail for its own domain; no login of the sender's would change that.
  // A sender login mismatch ("Sender address rejected: not logged in", Postfix's
  // reject_sender_login_mismatch) is a login the sending system owes that server, not its MX records.
  if (reason === 'relay-denied' && refusedByRecipientsServer(d) && !SENDER_LOGIN.test(d.words))
    reason = 'not-hosted'
  // Google Workspace's "Message bounced due to organizational settings" ("… because of your
  // organization's email policies"): the sender's own administrator's rule, not the recipient's.
  if (OWN_POLICY_FROM.has(reason) && OWN_ORGANISATION_RULE.test(`${d.words}\n${d.context.slice(0, 4000)}`))
    reason = 'sender-policy'
  if (d.action === 'not-sent') reason = programReason(reason, d.words, d.reply !== null)
  // A refused login or a connection a mail program could not make, pasted from the program's
  // error rather than from a sending server's report: nothing was sent or returned.
  const ownMailboxFull =
    reason === 'sender-account' && (/^[45]\.2\.2$/.test(d.enhanced ?? '') || OWN_MAILBOX_FULL.test(d.words))
  // Its own full mailbox stops the sender's program too ("Your mailbox is full. You might not be able
  // to send or receive items."): with no report of a server's, the message never left.
  const notSent =
    d.from === 'text' &&
    (NOT_SENT_REASONS.has(reason) ||
      (ownMailboxFull && d.action === null) ||
      submissionWantsTls(reason, d)) &&
    !saysReturnedOrHeld(d.context)
  return {
    recipient: d.recipient,
    // A sending service's word that it suppressed the address ("Postmark did not send … marked
    // inactive") is its final one: it did not send it and will not (labelled as such, bounce-text).
    // A message held in quarantine is neither delivered nor returned: it has no delivery action.
    action: FILTER_HOLDS.has(reason)
      ? null
      : notSent
        ? 'not-sent'
        : (d.action ?? (reason === 'suppressed' ? 'failed' : null)),
    status: d.status,
    reply: d.reply,
    enhanced: d.enhanced,
    vendor: d.enhanced !== null && findEnhancedCode(d.enhanced) === undefined,
    vendorUse: d.enhanced
      ? ((findVendorReuse(d.enhanced, d.words) ?? findVendorReuse(d.enhanced, d.context))?.key ?? null)
      : null,
    reason,
    cause,
    command: d.command ?? commandWithoutReply(d.words) ?? authAnswered(reason, d.reply),
    // A sending service's own suppression event is no server's reply: its JSON is not shown as one.
    diagnostic:
      d.diagnostic && !(reason === 'suppressed' && /"[ \t]*:[ \t]*"/.test(d.diagnostic) && d.reply === null)
        ? replyFromJson(d.diagnostic, d.reply, d)
            .replace(/\s+/g, ' ')
            .trim()
            // Shown cut to 500 characters: the clean-ups below read no more than they may show.
            .slice(0, 2000)
            // A quoted reply's "> " markers, before its first line and its continued "452-" lines.
            .replace(/^(?:>[ \t]*)+|(?<=\s)(?:>[ \t]*)+(?=[245]\d\d[ -])/g, '')
            .replace(CHAT_PREFIX, '')
            .replace(REPLY_LABEL, '')
            .slice(0, 500)
        : null,
    remoteMta: d.remoteMta,
    from: d.from,
    forwarded:
      FORWARDABLE.has(reason) &&
      ((d.expanded === true && reason !== 'blocked') ||
        forwardedOn(`${d.words}\n${d.context.slice(0, 4000)}`, reason)),
    reported:
      !notSent &&
      d.action !== 'not-sent' &&
      (d.from === 'dsn' ||
        saysReturnedOrHeld(d.context) ||
        REPORT_FIELD.test(d.context) ||
        // A relay refusal for one domain while mail to every other goes through: the sender's own
        // server relays (so the login is fine), and the recipient's side refused.
        (reason === 'relay-denied' && OTHERS_REACHED.test(d.context))) &&
      // Microsoft 365's "530 5.7.57 Client not authenticated to send mail" answers the device or
      // program that tried to submit without logging in, whatever the writer calls it ("an
      // undeliverable"): no server had taken the message.
      !CLIENT_NOT_AUTHENTICATED.test(d.words),
    sendMailAs: LOGIN_REASONS.has(reason) && SEND_MAIL_AS.test(d.context),
    ownMailboxFull,
    receiverTls:
      (reason === 'tls-required' || cause === 'tls-required') &&
      !notSent &&
      d.action !== 'not-sent' &&
      RECEIVER_TLS.test(d.words),
    named: d.recipient === null ? (d.named ?? []) : [],
    addressConfirmed: reason === 'unknown-user' && addressConfirmed(d.context),
  }
}

/**
 * Gmail's bounce for an alias it sends through another server, in the user's language: "using the
 * 'Send mail as' feature", "con la función "Enviar como"", "la fonction « Envoyer des e-mails en
 * tant que »", "die Funktion „Senden als"": the feature's name in quotes.
 */
const SEND_MAIL_AS =
  /['‘“"«„]\s?(?:Send mail as|Enviar (?:e-?mail |correo )?como|Envoyer (?:des e-mails |un e-mail )?en tant que|(?:E-Mail )?[Ss]enden als|Invia (?:messaggio |email )?come|(?:E-mail |Mail )?verzenden als|Wyślij jako|Postayı farklı gönder|Отправлять письма как)\s?['’”"»“]/i

/**
 * A receiving server without usable TLS, as the sending server words it: Postfix ("TLS is required,
 * but was not offered by host …", "… refused to start TLS", 4.7.5 "Server certificate not
 * verified"), Exim ("the server did not offer TLS support"), Microsoft 365's SubjectMismatch under
 * a TLS-enforcing connector, and MTA-STS (RFC 8461) or DANE (RFC 7672) failures.
 */
/**
 * "530 5.7.0 Must issue a STARTTLS command first" pasted from a device's or program's log: the
 * submission server wants TLS before the login (RFC 3207 §4), and nothing was sent. A sending
 * server meets it rarely, since it starts TLS by itself where a server offers it; the writer then
 * says the message bounced or came back.
 */
function submissionWantsTls(reason: BounceReason, d: Draft): boolean {
  return (
    reason === 'tls-required' &&
    (d.reply === '530' || /must issue a STARTTLS command first/i.test(d.words)) &&
    !RECEIVER_TLS.test(d.words) &&
    !/\bbounc|\bcame back\b|\breturned\b|\bgeri (?:dön|gel)|\bzurück/i.test(d.context)
  )
}

const RECEIVER_TLS =
  /TLS is required,? but (?:was )?not offered|refused to start TLS|(?:did not|didn't|does not|doesn't) (?:offer|advertise|support) (?:the )?(?:STARTTLS|TLS)|STARTTLS (?:was |is )?not (?:offered|advertised)|server certificate not (?:verified|trusted)|\bSubjectMismatch\b|\bMTA-STS\b|\bDANE\b|\bTLSA\b/i

/** Refusals that may be the sender's own organisation's rule, when its notice says so. */
export const OWN_POLICY_FROM: ReadonlySet<BounceReason> = new Set([
  'policy',
  'unknown',
  'spam-content',
  'recipient-restricted',
])
// A data-loss rule of the sender's own organisation ("Files classified as Confidential may not be
// sent to external recipients", Microsoft 365's TRANSPORT.RULES.RejectMessage): only the sender's
// side restricts what leaves it.
const OWN_ORGANISATION_RULE =
  /\bmay not be sent to external recipients\b|\bnot (?:allowed|permitted) to (?:be )?sen[dt] (?:to )?external\b|bounced due to organi[sz]ational settings|because of your organi[sz]ation'?s (?:e-?mail )?polic|rejected due to policy associated with (?:the )?sender|blocked by your organi[sz]ation'?s (?:e-?mail )?polic|\b(?:set up|created) by your (?:e-?mail )?admin|\byour (?:e-?mail )?admin set up\b/i

/** A delivery status field, pasted with or without the rest of its report (RFC 3464 §2.3). */
const REPORT_FIELD = /^(?:Diagnostic-Code|Remote-MTA|Final-Recipient|Reporting-MTA)[ \t]*:/im

/**
 * Reasons whose party changes when met beyond a forwarding server: the forwarding's owner acts. (SPF,
 * DKIM or DMARC failed on a forwarded copy: the forwarding server sent it, not the sender's.)
 */
export const FORWARDABLE: ReadonlySet<BounceReason> = new Set([
  'unknown-user',
  'mailbox-disabled',
  'mailbox-full',
  'auth-failed',
  'blocked',
])

/** Replies RFC 4954 §6 gives to AUTH alone; 454 also answers STARTTLS (RFC 3207), never with a login reason. */
const AUTH_REPLIES = new Set(['432', '454', '534', '535', '538'])

/** A refused login quoted without its command ("Diagnostic-Code: smtp; 535 5.7.8 …") still answered AUTH. */
function authAnswered(reason: BounceReason, reply: string | null): string | null {
  return LOGIN_REASONS.has(reason) && reply !== null && AUTH_REPLIES.has(reply) ? 'AUTH' : null
}

/** The reason of the last error an expired or delayed message quotes, without the words that only say it expired. */
function lastErrorReason(d: Draft): BounceReason | null {
  const found = classifyReason({
    primary: `${d.words}\n${d.context.slice(0, 4000)}`.replace(EXPIRY_WORDS, ' '),
    context: '',
    enhanced: d.causeCodes.enhanced.find((c) => !/^\d\.4\.7$/.test(c)),
    reply: d.causeCodes.reply ?? undefined,
  })
  // A bare 4xx says the attempt was put off, not why: no cause to name.
  return found === 'unknown' || found === 'expired' || found === 'deferred' ? null : found
}

/** The result as delivered: an earlier refusal's codes stay among the codes found, not on it. */
export function asDelivered(r: RecipientResult): RecipientResult {
  return {
    ...r,
    action: 'delivered',
    reason: 'delivered',
    cause: null,
    reply: null,
    enhanced: null,
    vendor: false,
    vendorUse: null,
    command: null,
    diagnostic: null,
  }
}
