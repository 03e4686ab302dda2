// The bounce explainer: from a pasted or opened message to one result per failed recipient —
// who, what the sending server did (RFC 3464 §2.3.3 Action), the codes that describe the failure
// best, the command it answered and the reason in plain terms. Pure: the browser page, its worker
// and `npm run explain` all call analyzeBounceReport.
//
// Order of trust: a DSN's per-recipient fields (RFC 3464 §2.3) first; the server's own reply in
// Diagnostic-Code for the specifics the Status field generalises; then the human-readable text,
// split per recipient where the MTA lists them (Postfix, qmail, Exim, Exchange, Gmail).

import { arrivedAfterDelay, resentAndReceived } from './arrival'
import { isBackscatter } from './backscatter'
import { challengedRecipient } from './challenge'
import { withDeliveredElsewhere } from './delivered-in-prose'
import { returnsANotice } from './double-bounce'
import { findAddress, readDsnRecipients } from './dsn'
import { analyzeBounceDetailed, type BounceFinding, MAX_BOUNCE_INPUT } from './find-codes'
import { forwardedAddressee } from './forward-labels'
import { withForwardingTold } from './forwarding-told'
import { humanRanges, type TextRange } from './human-ranges'
import { forwardedNoticeAt } from './inner-bounce'
import { MAX_RECIPIENTS } from './limits'
import { NOTICE_SENDER } from './message-kind'
import { decodeMessage } from './mime'
import { moderatedList } from './moderation'
import { FILTER_HOLDS } from './not-a-bounce'
import { sectionFates } from './notice-sections'
import { withOwnOrganisationRule } from './org-rule'
import { withoutPastCodes } from './past-codes'
import { eachNotice } from './pasted-notices'
import { readableQmailLog } from './qmail-log'
import { failuresAboveQuote, withoutOlderQuotes } from './quoted-thread'
import type { Context } from './recipient-context'
import { asDelivered, type RecipientResult } from './recipient-result'
import { dsnRecipients, fromDsn, preamble } from './report-dsn'
import { fromText, hasCode } from './report-text'
import { withoutRuledOutCodes } from './ruled-out-codes'
import { recipientBlocks } from './text-blocks'
import { autoReplier, isAutoReply, ownReplyPart, quotesAutoReply, saysDeparted } from './whole-message'

export type { RecipientResult, ReportAction } from './recipient-result'

export interface BounceReport {
  /** The decoded text; finding offsets refer to it. */
  text: string
  decoded: boolean
  findings: BounceFinding[]
  occurrences: BounceFinding[]
  truncated: boolean
  /** Failed first, then delayed, then complaints, then the rest, each in the message's order. */
  recipients: RecipientResult[]
  headline: RecipientResult | undefined
}

const MAX_CUE_TEXT = 20_000

const ACTION_ORDER: Record<string, number> = { failed: 0, 'not-sent': 0, delayed: 1 }

/** Failed first, then delayed, then a complaint (someone to stop mailing) or a quarantine (someone to release it), then the rest. */
const rank = (r: RecipientResult) =>
  ACTION_ORDER[r.action ?? ''] ?? (r.reason === 'complaint' || FILTER_HOLDS.has(r.reason) ? 1.5 : 2)

export function analyzeBounceReport(input: string): BounceReport {
  return analyze(input, false)
}

/** The report; `nested` reads a forwarded notice returned inside another, whose own copy is not read again. */
function analyze(input: string, nested: boolean): BounceReport {
  // A lone CR (old Mac files, some web forms) or a Unicode line or paragraph separator ends a line
  // as \n does; as \n it keeps every offset and every "[^\n]*" from running past its line's end.
  const lines = typeof input === 'string' ? input.replace(/\r(?!\n)|[\u2028\u2029]/g, '\n') : ''
  const raw = unquoted(nested ? lines : withoutOlderQuotes(lines))
  const cut = raw.length > MAX_BOUNCE_INPUT
  const message = decodeMessage(cut ? raw.slice(0, MAX_BOUNCE_INPUT) : raw)
  const { parts } = message
  // Read with qmail-send's log in words; shown as pasted, every offset the same.
  const text = readableQmailLog(message.text)
  const scan = analyzeBounceDetailed(text)
  // A help desk's list of common codes, a code the writer rules out: not what happened, nor a code
  // that makes the help desk's answer the bounce's own text, a code remembered from an earlier
  // incident. Every offset is kept.
  const told = withoutPastCodes(withoutRuledOutCodes(text))
  const human = humanRanges(told, parts, message.bodyStart)
  const body = human.map((r) => told.slice(r.start, r.end)).join('\n')
  // A reply pasted in what parses as a header ("Subject: 550 5.7.1 Relaying denied", a log's
  // "Recipients: …" above "Error: 550 …") is the reply to read when the body quotes none.
  const fields = [...message.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  const humanText = !hasCode(body) && hasCode(fields) ? `${fields}\n${body}` : body
  const context: Context = {
    text,
    human,
    humanText,
    humanLower: humanText.toLowerCase(),
    cues: humanText.slice(0, MAX_CUE_TEXT),
    occurrences: scan.occurrences.filter((o) => o.command),
  }

  // A bounce forwarded below a note: its addressee (the original sender) is no failed recipient.
  const forwardedTo = message.headers.has('to') ? undefined : forwardedAddressee(text)
  const headers = forwardedTo ? new Map([...message.headers, ['to', forwardedTo]]) : message.headers
  const dsn = dsnRecipients(text, parts).slice(0, MAX_RECIPIENTS)
  // A notice opened as it came (its From a mail system), not one pasted or forwarded.
  const pasted = !NOTICE_SENDER.test(message.headers.get('from') ?? '')
  // A code in the flow of prose ("order #550") does not make an auto-reply a bounce; a reply line does.
  const failureCodes = scan.findings.some((f) => /^[45]/.test(f.code) && f.source !== 'text')
  // An auto-reply that quotes the message it answers: a bounce's fields or codes pasted in that
  // message ("our invoice bounced with this error: Status: 5.1.1") are the quoted writer's.
  const own = ownReplyPart(humanText)
  const autoReplied =
    isAutoReply(message.headers, humanText, { dsn: dsn.length > 0, failureCodes }) ||
    (own !== undefined &&
      isAutoReply(message.headers, own, {
        dsn: readDsnRecipients(own).length > 0,
        failureCodes: hasCode(own),
      })) ||
    (dsn.length === 0 && !failureCodes && !hasCode(humanText) && quotesAutoReply(humanText))
  const challenged = dsn.length === 0 && !failureCodes ? challengedRecipient(headers, humanText) : undefined
  const moderated = dsn.length === 0 && !failureCodes ? moderatedList(headers, humanText) : undefined
  // A challenge carries an auto-reply's marks (Auto-Submitted: auto-replied) but holds the message.
  const recipients =
    challenged !== undefined
      ? [heldForChallenge(challenged)]
      : moderated !== undefined
        ? [{ ...autoReply(), recipient: moderated, reason: 'moderation' as const }]
        : autoReplied
          ? [{ ...autoReply(saysDeparted(humanText)), recipient: autoReplier(headers) }]
          : dsn.length > 0
            ? withUnlisted(
                dsn.map((r) => fromDsn(r, context, dsn.length === 1 ? context.cues : preamble(context, dsn))),
                context,
                headers,
              )
            : ((nested || !pasted || parts.length > 1
                ? undefined
                : eachNotice(told, (section) => analyze(section, true).recipients)) ??
              fromText(context, headers))
  const failedTo = recipients
    .filter((r) => r.action === 'failed' || r.action === 'delayed' || r.action === 'not-sent')
    .map((r) => r.recipient?.toLowerCase() ?? '')
  const read = readAfterFailure(humanText)
    ? recipients.map(readAfterAll)
    : resentAndReceived(humanText, failedTo) ||
        (onlyDelayed(recipients) && arrivedAfterDelay(humanText, failedTo))
      ? recipients.map(receivedAtLast)
      : isBackscatter(humanText)
        ? recipients.map(backscattered)
        : !pasted && returnsANotice(message.text, parts)
          ? recipients.map(doubleBounced)
          : recipients
  // The writer's word about other addresses: a corrected one resent to, others that got it.
  const withOthers = read === recipients && pasted ? withDeliveredElsewhere(read, humanText, failedTo) : read
  // Not in a notice opened as it came: there the copy is only the returned message, and the earlier
  // notice in it an old story nobody asked about.
  const sorted = bySection(
    withForwardingTold(withOwnOrganisationRule(withOthers, humanText, headers.get('to')), humanText),
    humanText,
  )
  const all =
    nested || !pasted
      ? sorted
      : [
          ...sorted,
          ...innerFailures(told, human, sorted),
          ...failuresAboveQuote(lines, sorted, (own) => analyze(own, true).recipients),
        ]
  const ordered = all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r)
  return {
    text: message.text,
    decoded: message.decoded,
    findings: scan.findings,
    occurrences: scan.occurrences,
    truncated: cut || scan.truncated,
    recipients: ordered,
    headline: ordered[0],
  }
}

/**
 * A report that lists its recipients under headings by fate (notice-sections.ts): one listed only
 * under "succeeded" was delivered, and one only under "delayed" is still being retried, whatever
 * the other sections' words say.
 */
function bySection(results: RecipientResult[], text: string): RecipientResult[] {
  const fates = sectionFates(text)
  if (fates.size === 0) return results
  return results.map((r) => {
    const fate = r.recipient ? fates.get(r.recipient.toLowerCase()) : undefined
    if (!fate || fate.size !== 1) return r
    // Sendmail lists relayed and expanded recipients under "successful delivery notifications" too
    // ("(relayed to non-DSN-aware mailer)", "(expanded to multi-recipient alias)"): passed on, or sent
    // on to a list's members, which says no more than that (RFC 3464 §2.3.3).
    if (fate.has('relayed') || fate.has('expanded')) {
      const action = fate.has('relayed') ? 'relayed' : 'expanded'
      return r.action === action ? r : { ...asDelivered(r), action }
    }
    if (fate.has('delivered') && r.action !== 'delivered') return asDelivered(r)
    if (fate.has('delayed') && r.action === 'failed')
      return {
        ...r,
        action: 'delayed',
        reason: r.reason === 'expired' ? (r.cause ?? 'deferred') : r.reason,
        cause: null,
      }
    return r
  })
}

/**
 * The failures of a notice the writer forwarded, returned inside the notice about the forward
 * (inner-bounce.ts): each recipient not already read, read once, never deeper.
 */
function innerFailures(text: string, human: TextRange[], read: RecipientResult[]): RecipientResult[] {
  const end = human[human.length - 1]?.end
  if (end === undefined || !read.some((r) => r.action === 'failed')) return []
  const at = forwardedNoticeAt(text, end)
  if (at === undefined) return []
  const known = new Set(read.map((r) => r.recipient))
  return analyze(text.slice(at), true).recipients.filter(
    (r) =>
      r.recipient !== null && !known.has(r.recipient) && (r.action === 'failed' || r.action === 'delayed'),
  )
}

/**
 * A bounce quoted behind "> " (copied from a reply, below the writer's note): read as the bounce
 * itself, whose words and lists the quoting would split ("could not\n> be delivered"). A run of at
 * least three quoted lines loses one level of quoting; a single quoted line is left as it is.
 */
function unquoted(text: string): string {
  if (!QUOTED_RUN.test(text.slice(0, 20_000))) return text
  return text.replace(QUOTED_RUN_ALL, (run) => run.replace(/^[ \t]*> ?/gm, ''))
}
const QUOTED_RUN_SOURCE = String.raw`(?:^[ \t]*>[^\n]*(?:\n|$)){3,}`
const QUOTED_RUN = new RegExp(QUOTED_RUN_SOURCE, 'm')
const QUOTED_RUN_ALL = new RegExp(QUOTED_RUN_SOURCE, 'gm')

/**
 * Outlook's non-delivery report, then its read receipt for the same subject pasted below it
 * ("Undeliverable: Invoice 2024-0387" … "Read: Invoice 2024-0387", after the sender resent it): the
 * last word is that the message was delivered and read, and a resend would be a duplicate.
 */
function readAfterFailure(text: string): boolean {
  const failed = NDR_SUBJECT.exec(text.slice(0, 20_000))
  if (!failed) return false
  const subject = (failed[1] as string).trim().toLowerCase()
  const after = text.slice(failed.index + failed[0].length, 20_000)
  return [...after.matchAll(READ_SUBJECT)].some((m) => (m[1] as string).trim().toLowerCase() === subject)
}
const NDR_SUBJECT =
  /^[ \t]*(?:Undeliverable|Teslim Edilemedi|Unzustellbar|Non remis|No se puede entregar|Non recapitabile|Onbestelbaar|Não entregue)[ \t]*:[ \t]*([^\n]+)$/im
const READ_SUBJECT = /^[ \t]*(?:Read|Okundu|Gelesen|Lu|Leído|Letto|Gelezen|Lida)[ \t]*:[ \t]*([^\n]+)$/gim

/** A failure of forged mail returned to the writer (backscatter.ts): nothing of theirs to correct. */
function backscattered(r: RecipientResult): RecipientResult {
  return r.action === 'failed' ? { ...r, reason: 'backscatter', cause: null } : r
}

/** A failure of an automatic message (double-bounce.ts): nobody's own mail to correct. */
function doubleBounced(r: RecipientResult): RecipientResult {
  return r.action === 'failed' ? { ...r, reason: 'double-bounce', cause: null } : r
}

function readAfterAll(r: RecipientResult): RecipientResult {
  return r.action === 'failed' ? asDelivered(r) : r
}

/** Resent or retried, and received: neither failed nor still waiting. */
function receivedAtLast(r: RecipientResult): RecipientResult {
  return r.action === 'failed' || r.action === 'delayed' || r.action === 'not-sent' ? asDelivered(r) : r
}

/**
 * Some recipient waits, or a mail program's error left it unsent (MailKit's "421 4.4.2", then its
 * own "Retry 1/5 scheduled"), and none failed: a later word that it arrived ends the wait.
 */
function onlyDelayed(recipients: RecipientResult[]): boolean {
  return (
    recipients.some((r) => r.action === 'delayed' || r.action === 'not-sent') &&
    recipients.every((r) => r.action !== 'failed')
  )
}

// --- DSN ----------------------------------------------------------------------------------

/**
 * A report whose readable part lists more recipients than its DSN fields ("<lm0@sfr.fr>: Spam
 * message rejected" for six, the fields for one, as a paste cut short or a Barracuda notice gives
 * them): the others are read from the text. An address any Final- or Original-Recipient field
 * names is already there, under its final name.
 */
function withUnlisted(
  fromFields: RecipientResult[],
  ctx: Context,
  headers: Map<string, string>,
): RecipientResult[] {
  // Amazon SES's notification lists its bounced recipients whole; its "destination" array names
  // every recipient of the message, the sender's own Bcc too, failed or not.
  if (/"notificationType"[ \t]*:/.test(ctx.text.slice(0, 20_000))) return fromFields
  const fields = ctx.text.match(/^(?:Final|Original)-Recipient:[^\n]*/gim) ?? []
  const listed = new Set([
    ...fromFields.map((r) => r.recipient ?? undefined),
    ...fields.map((f) => findAddress(f.replace(/^[^:]*:/, '').replace(/^[^;]*;/, ''))),
  ])
  const blocks = recipientBlocks(ctx.humanText, headers)
  // One address named in the text is the report's one recipient, whatever its field calls it
  // (Exim's "Final-Recipient: rfc822;/mail/spool/…" for a file an address delivers to), and the
  // recipient of fields pasted without their Final-Recipient (Postfix's "Status: 4.4.3" and
  // "Action: failed" below "<bob@…>: Host or domain name not found").
  const only = blocks.length === 1 ? blocks[0]?.recipient : undefined
  if (only && fromFields.length === 1 && fromFields[0]?.recipient === null)
    return [{ ...(fromFields[0] as RecipientResult), recipient: only }]
  if (blocks.length < 2) return fromFields
  const unlisted = blocks
    .map((b) => b.recipient)
    .filter((a): a is string => a !== undefined && !listed.has(a))
  if (unlisted.length === 0 || fromFields.length >= MAX_RECIPIENTS) return fromFields
  const more = fromText(ctx, headers).filter((r) => r.recipient !== null && unlisted.includes(r.recipient))
  return [...fromFields, ...more].slice(0, MAX_RECIPIENTS)
}

// --- Shared ----------------------------------------------------------------------------------

/**
 * A challenge-response filter holds the message until the sender confirms (challenge.ts): no
 * sending server retries it, so it has no delivery action of its own.
 */
function heldForChallenge(recipient: string | null): RecipientResult {
  return { ...autoReply(), recipient, reason: 'challenge' }
}

/** An auto-reply; `departed` when it says nobody reads the mailbox any more (its cause then 'mailbox-disabled'). */
function autoReply(departed = false): RecipientResult {
  return {
    recipient: null,
    action: null,
    status: null,
    reply: null,
    enhanced: null,
    vendor: false,
    vendorUse: null,
    reason: 'auto-reply',
    cause: departed ? 'mailbox-disabled' : null,
    command: null,
    diagnostic: null,
    remoteMta: null,
    from: 'text',
    forwarded: false,
    reported: false,
    sendMailAs: false,
    ownMailboxFull: false,
    receiverTls: false,
    named: [],
    addressConfirmed: false,
  }
}
