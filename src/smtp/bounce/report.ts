// The bounce explainer: from a pasted or opened message to one result per failed recipient —
// who, what the sending server did (RFC 3464 §2.3.3 Action), the codes that describe the failure
// best, the command it answered and the reason in plain terms. Pure: the browser page, its worker
// and `npm run explain` all call analyzeBounceReport.
//
// Order of trust: a DSN's per-recipient fields (RFC 3464 §2.3) first; the server's own reply in
// Diagnostic-Code for the specifics the Status field generalises; then the human-readable text,
// split per recipient where the MTA lists them (Postfix, qmail, Exim, Exchange, Gmail).

import { findAddress } from './dsn'
import { codesIn } from './failure-codes'
import { analyzeBounceDetailed, type BounceFinding, MAX_BOUNCE_INPUT } from './find-codes'
import { wholeLine } from './lines'
import {
  actionFromClass,
  classCode,
  isAutoReply,
  isExpired,
  isOrdinaryMessage,
  reportsDelivery,
} from './message-kind'
import { decodeMessage } from './mime'
import { readableQmailLog } from './qmail-log'
import { isProgramError, quotedServerReply } from './reason-phrases-programs'
import { type BounceReason, reasonFromText } from './reasons'
import { type Context, commandFor } from './recipient-context'
import { finish, type RecipientResult, type ReportAction } from './recipient-result'
import { dsnRecipients, fromDsn, preamble } from './report-dsn'
import {
  failedAddress,
  humanRanges,
  linesNaming,
  type RecipientBlock,
  recipientBlocks,
  withoutMessageBody,
} from './text-blocks'

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

/**
 * Results are given for at most this many recipients: real reports list a handful, and a paste
 * of thousands of repeated reports must still answer in linear time.
 */
export const MAX_RECIPIENTS = 100
const MAX_CUE_TEXT = 20_000

const ACTION_ORDER: Record<string, number> = { failed: 0, 'not-sent': 0, delayed: 1 }

/** Failed first, then delayed, then a complaint (someone to stop mailing), then the rest. */
const rank = (r: RecipientResult) => ACTION_ORDER[r.action ?? ''] ?? (r.reason === 'complaint' ? 1.5 : 2)

export function analyzeBounceReport(input: string): BounceReport {
  const raw = typeof input === 'string' ? input : ''
  const cut = raw.length > MAX_BOUNCE_INPUT
  const message = decodeMessage(cut ? raw.slice(0, MAX_BOUNCE_INPUT) : raw)
  const { parts } = message
  // Read with qmail-send's log in words; shown as pasted, every offset the same.
  const text = readableQmailLog(message.text)
  const scan = analyzeBounceDetailed(text)
  const human = humanRanges(text, parts, message.bodyStart)
  const body = human.map((r) => text.slice(r.start, r.end)).join('\n')
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

  const dsn = dsnRecipients(text, parts).slice(0, MAX_RECIPIENTS)
  // A code in the flow of prose ("order #550") does not make an auto-reply a bounce; a reply line does.
  const failureCodes = scan.findings.some((f) => /^[45]/.test(f.code) && f.source !== 'text')
  const recipients = isAutoReply(message.headers, humanText, { dsn: dsn.length > 0, failureCodes })
    ? [autoReply()]
    : dsn.length > 0
      ? withUnlisted(
          dsn.map((r) => fromDsn(r, context, dsn.length === 1 ? context.cues : preamble(context, dsn))),
          context,
          message.headers,
        )
      : fromText(context, message.headers)
  const ordered = recipients
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
  const fields = ctx.text.match(/^(?:Final|Original)-Recipient:[^\n]*/gim) ?? []
  const listed = new Set([
    ...fromFields.map((r) => r.recipient ?? undefined),
    ...fields.map((f) => findAddress(f.replace(/^[^:]*:/, '').replace(/^[^;]*;/, ''))),
  ])
  const blocks = recipientBlocks(ctx.humanText, headers)
  // One address named in the text is the report's one recipient, whatever its field calls it
  // (Exim's "Final-Recipient: rfc822;/mail/spool/…" for a file an address delivers to).
  if (blocks.length < 2) return fromFields
  const unlisted = blocks
    .map((b) => b.recipient)
    .filter((a): a is string => a !== undefined && !listed.has(a))
  if (unlisted.length === 0 || fromFields.length >= MAX_RECIPIENTS) return fromFields
  const more = fromText(ctx, headers).filter((r) => r.recipient !== null && unlisted.includes(r.recipient))
  return [...fromFields, ...more].slice(0, MAX_RECIPIENTS)
}

// --- Text ------------------------------------------------------------------------------------

function fromText(ctx: Context, headers: Map<string, string>): RecipientResult[] {
  if (isOrdinaryMessage(headers, ctx.humanText)) return []
  // The subject often says what the body does not: "Delivery Status Notification (Failure)".
  // A message body typed into a pasted session is not the server's words.
  const subject = headers.get('subject') ?? ''
  const cues = withoutMessageBody(`${subject}\n${ctx.humanText}`)
  const blocks = recipientBlocks(ctx.humanText, headers).slice(0, MAX_RECIPIENTS)
  // Said of the whole text (every block is part of it), so read once, not once per recipient.
  // A mail program's own error ("Sending of the message failed…", Outlook's 0x800CCC0F): it could
  // not send, and no server returned anything, whether or not it quotes a server's reply.
  // Rows and events read one by one (log lines, records, a webhook batch) are a service's records,
  // not a program's error, whatever "error" field they carry.
  const program = isProgramError(cues) && !blocks.every((b) => b.logLine)
  const reports = reportsDelivery(cues)
  // Python's SMTPSenderRefused, Jakarta Mail's SMTPSenderFailedException: the sender was refused,
  // and the address it names is the sender's.
  const senderRefused = /SMTPSenderRefused|SMTPSenderFailedException/.test(cues)
  const results: RecipientResult[] = []
  // What the report says of every recipient with nothing of its own: read once, not once each.
  let sharedReading: RecipientResult | undefined
  for (const listed of blocks) {
    // Looked up in the cues, not the whole text: a hundred listed recipients each read 20 KB at most.
    const block = blocks.length > 1 ? withOwnLines(listed, cues) : listed
    const sharing = blocks.length > 1 && !block.logLine && !block.own
    if (sharing && sharedReading) {
      results.push({ ...sharedReading, recipient: senderRefused ? null : (block.recipient ?? null) })
      continue
    }
    // Of several recipients, each one's own lines and the report's heading decide, not another
    // recipient's error ("retry timeout exceeded", a log line's status=deferred); a recipient listed
    // with nothing of its own, anywhere, shares what the report says of them all (Sendmail's
    // address list above one transcript that names none of them).
    const said = block.logLine
      ? block.text
      : blocks.length > 1 && block.own
        ? `${subject}\n${block.text}`
        : cues
    const codes = codesIn(block.text)
    const coded = codes.reply !== null || codes.enhanced.length > 0
    // A report with no code at all still reports a failure when it says so, or when it names a
    // recipient and a cause (Postfix's local "<bob@…>: unknown user: "bob"").
    // With neither, words that name a cause ("all relevant MX records point to non-existent hosts")
    // are still explained, without a delivery status nothing in the text gives.
    // A filter's header on a message it let through ("X-Spam-Status: No, …", "X-Greylist: delayed …")
    // is no failure's cause.
    const cause =
      !coded &&
      !NO_FAILURE.test(block.text) &&
      reasonFromText(block.text.replace(FILTER_FIELDS, '')) !== undefined
    const named = cause && block.recipient !== undefined
    if (!coded && !cause && !program && !reports) continue
    const recipient = block.recipient ?? failedAddress(block.text, headers)
    const enhanced = codes.enhanced[0] ?? null
    const decisive = classCode(enhanced, codes.reply, block.text)
    const action: ReportAction | null = program
      ? 'not-sent'
      : (actionFromClass(decisive, said) ?? (named ? 'failed' : null))
    if (!action && !cause) continue
    const result = finish({
      recipient: recipient ?? null,
      action,
      status: null,
      reply: codes.reply,
      enhanced,
      words:
        (program ? quotedServerReply(block.text) : undefined) ??
        (codes.line ? wholeLine(block.text, codes.line) : block.text),
      context: `${withoutMessageBody(block.text)}\n${said}`,
      expired: isExpired(action, decisive, said),
      causeCodes: codes,
      command:
        codes.command ?? (senderRefused ? 'MAIL FROM' : commandFor(ctx, codes.reply, enhanced, recipient)),
      diagnostic: codes.line ?? null,
      remoteMta: null,
      from: 'text',
    })
    // A login, account or connection error names only the sender's own address ("535 Authentication
    // Failed for alice@…"), and so does a refused sender (Python's SMTPSenderRefused): no recipient failed.
    // An MTA's delivery log line ("to=<bob@…>, relay=…, status=deferred (SASL authentication
    // failed …)") names the recipient whose delivery it was, whatever stopped it.
    const sendersOwn =
      (block.recipient === undefined &&
        SENDERS_OWN.has(result.reason) &&
        !deliveryLogOf(block.text, recipient)) ||
      senderRefused
    if (sharing) sharedReading = result
    results.push(sendersOwn ? { ...result, recipient: null } : result)
  }
  return results
}

/**
 * True when the address is the recipient of a delivery log line: the `to=<…>` of a line with a
 * status (Postfix, Sendmail) or of Postfix's "NOQUEUE: reject:", or Exim's "== bob@… defer" and
 * "** bob@… …".
 */
function deliveryLogOf(text: string, address: string | undefined): boolean {
  if (!address) return false
  const lower = text.toLowerCase()
  const line = lower.split('\n').find((l) => l.includes(`to=<${address}>`))
  return (
    (line !== undefined && /\bstat(?:us)?=|\bNOQUEUE: (?:reject|milter-reject):/i.test(line)) ||
    lower.includes(`== ${address} `) ||
    lower.includes(`** ${address} `)
  )
}

const SENDERS_OWN: ReadonlySet<BounceReason> = new Set([
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
  'outgoing-server',
  'sender-account',
  'send-as',
  'unverified-sender',
  'sender-domain',
  'tls-required',
])

/**
 * A listed recipient with its own lines: those under its address, else the lines of the report
 * that name it ("<bob@…>... Deferred: Connection timed out", ">>> RCPT To:<bob@…>" and the reply
 * after it, in Sendmail's transcript below the list). Without any, `own` is left out: the
 * recipient shares what the report says of all.
 */
function withOwnLines(block: RecipientBlock, human: string): RecipientBlock {
  if (block.logLine || !block.recipient || saysOwnFate(block.own ?? block.text)) return block
  const lines = linesNaming(human, block.recipient)
  if (!saysOwnFate(lines)) return { recipient: block.recipient, text: block.text }
  return { recipient: block.recipient, own: lines, text: `${lines}\n${block.text}` }
}

function hasCode(text: string): boolean {
  const codes = codesIn(text)
  return codes.reply !== null || codes.enhanced.length > 0
}

/** A recipient's own lines name a code, a cause or what became of the message. */
function saysOwnFate(own: string): boolean {
  return hasCode(own) || reasonFromText(own) !== undefined || reportsDelivery(own)
}

/** Header fields, with their folded lines, that spam, virus and greylisting filters add to messages. */
const FILTER_FIELDS = /^X-(?:Spam|Virus|Greylist|Amavis)[\w-]*:[^\n]*(?:\n[ \t][^\n]*)*/gim

// --- Shared ----------------------------------------------------------------------------------

/**
 * A success reply ("220 … We do not authorize … unsolicited … e-mail") or a filter's verdict that let
 * the message through (Exim's "flagged as Spam but accepted") names no failure's cause.
 */
const NO_FAILURE = /(?:^|\s)2\d\d[ -]|\bbut accepted\b/m

function autoReply(): RecipientResult {
  return {
    recipient: null,
    action: null,
    status: null,
    reply: null,
    enhanced: null,
    vendor: false,
    vendorUse: null,
    reason: 'auto-reply',
    cause: null,
    command: null,
    diagnostic: null,
    remoteMta: null,
    from: 'text',
    forwarded: false,
    reported: false,
  }
}
