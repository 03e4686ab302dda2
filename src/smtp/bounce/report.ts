// The bounce explainer: from a pasted or opened message to one result per failed recipient —
// who, what the sending server did (RFC 3464 §2.3.3 Action), the codes that describe the failure
// best, the command it answered and the reason in plain terms. Pure: the browser page, its worker
// and `npm run explain` all call analyzeBounceReport.
//
// Order of trust: a DSN's per-recipient fields (RFC 3464 §2.3) first; the server's own reply in
// Diagnostic-Code for the specifics the Status field generalises; then the human-readable text,
// split per recipient where the MTA lists them (Postfix, qmail, Exim, Exchange, Gmail).

import { type DsnRecipient, readDsnRecipients } from './dsn'
import { bestEnhanced, codesIn, lastTransientReply } from './failure-codes'
import { analyzeBounceDetailed, type BounceFinding, MAX_BOUNCE_INPUT } from './find-codes'
import { wholeLine } from './lines'
import {
  actionFromClass,
  classCode,
  DSN_FIELD,
  isAutoReply,
  isExpired,
  isOrdinaryMessage,
  reportsDelivery,
} from './message-kind'
import { decodeMessage, type MimePart } from './mime'
import { isProgramError, quotedServerReply } from './reason-phrases-programs'
import { type BounceReason, reasonFromText } from './reasons'
import { blockAbout, type Context, commandFor, localCommand } from './recipient-context'
import { finish, type RecipientResult, type ReportAction } from './recipient-result'
import { readSesNotification } from './ses-json'
import { failedAddress, humanRanges, recipientBlocks, withoutMessageBody } from './text-blocks'

export type { RecipientResult, ReportAction } from './recipient-result'

export interface BounceReport {
  /** The decoded text; finding offsets refer to it. */
  text: string
  decoded: boolean
  findings: BounceFinding[]
  occurrences: BounceFinding[]
  truncated: boolean
  /** Failed first, then delayed, then the rest, each in the message's order. */
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

export function analyzeBounceReport(input: string): BounceReport {
  const raw = typeof input === 'string' ? input : ''
  const cut = raw.length > MAX_BOUNCE_INPUT
  const message = decodeMessage(cut ? raw.slice(0, MAX_BOUNCE_INPUT) : raw)
  const { text, parts } = message
  const scan = analyzeBounceDetailed(text)
  const human = humanRanges(text, parts, message.bodyStart)
  const humanText = human.map((r) => text.slice(r.start, r.end)).join('\n')
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
      ? dsn.map((r) => fromDsn(r, context, dsn.length === 1))
      : fromText(context, message.headers)
  const ordered = recipients
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) => (ACTION_ORDER[a.r.action ?? ''] ?? 2) - (ACTION_ORDER[b.r.action ?? ''] ?? 2) || a.i - b.i,
    )
    .map(({ r }) => r)
  return {
    text,
    decoded: message.decoded,
    findings: scan.findings,
    occurrences: scan.occurrences,
    truncated: cut || scan.truncated,
    recipients: ordered,
    headline: ordered[0],
  }
}

// --- DSN -------------------------------------------------------------------------------------

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])

function dsnRecipients(text: string, parts: MimePart[]): DsnRecipient[] {
  const reports = parts.filter((p) => DSN_TYPES.has(p.type))
  if (reports.length > 0) {
    const read = reports.flatMap((p) => readDsnRecipients(text, p.start, p.end))
    // A second notice pasted below the first (a delay notice, then the final failure) ends up
    // after the first message's closing boundary: its fields are read too, and its final word
    // on a recipient replaces the earlier "delayed".
    const after = Math.max(...parts.map((p) => p.end))
    const later = DSN_FIELD.test(text.slice(after)) ? readDsnRecipients(text, after, text.length) : []
    return supersede([...read, ...later])
  }
  const ses = readSesNotification(text)
  if (ses.length > 0) return ses
  // A report pasted without its MIME wrapping.
  return DSN_FIELD.test(text) ? readDsnRecipients(text) : []
}

/** Drops a recipient's "delayed" where a later entry gives it a final action. */
function supersede(recipients: DsnRecipient[]): DsnRecipient[] {
  return recipients.filter(
    (r, i) =>
      r.action !== 'delayed' ||
      !recipients.some((later, j) => j > i && later.recipient === r.recipient && later.action !== 'delayed'),
  )
}

function fromDsn(r: DsnRecipient, ctx: Context, only: boolean): RecipientResult {
  // The recipient's own paragraph of the readable part; a report about one recipient is all about it.
  const block = (r.recipient ? blockAbout(ctx, r.recipient) : undefined) ?? (only ? ctx.humanText : '')
  const diag = r.diagnostic ?? ''
  const fromDiag = codesIn(diag)
  const blockCodes = codesIn(block)
  const fromBlock = only && !blockCodes.reply && block !== ctx.humanText ? codesIn(ctx.humanText) : blockCodes
  let reply = fromDiag.reply ?? fromBlock.reply
  const enhanced = bestEnhanced(
    r.status,
    fromDiag.enhanced.length > 0 ? fromDiag.enhanced : fromBlock.enhanced,
  )
  const action = r.action ?? actionFromClass(classCode(enhanced, reply, ctx.text), ctx.cues)
  const words = [diag, block].filter(Boolean).join('\n')
  const expired = r.expired
    ? 'yes'
    : isExpired(action, r.status ?? classCode(enhanced, reply, ctx.text), `${words}\n${ctx.cues}`)
  // An expired message quotes the wrapper first and the last real error inside it: that one says why.
  if (expired !== 'no') reply = lastTransientReply(diag) ?? lastTransientReply(block) ?? reply
  const causeCodes = fromDiag.reply || fromDiag.enhanced.length > 0 ? fromDiag : fromBlock
  return finish({
    recipient: r.recipient ?? null,
    action,
    status: r.status ?? null,
    reply,
    enhanced,
    words: diag || block,
    context: `${block}\n${ctx.cues}`,
    expired,
    causeCodes: { ...causeCodes, reply },
    command: localCommand(block, reply) ?? commandFor(ctx, reply, enhanced, r.recipient),
    diagnostic: r.diagnostic ?? null,
    remoteMta: r.remoteMta ?? null,
    from: 'dsn',
  })
}

// --- Text ------------------------------------------------------------------------------------

function fromText(ctx: Context, headers: Map<string, string>): RecipientResult[] {
  if (isOrdinaryMessage(headers, ctx.humanText)) return []
  // The subject often says what the body does not: "Delivery Status Notification (Failure)".
  // A message body typed into a pasted session is not the server's words.
  const cues = withoutMessageBody(`${headers.get('subject') ?? ''}\n${ctx.humanText}`)
  const blocks = recipientBlocks(ctx.humanText, headers).slice(0, MAX_RECIPIENTS)
  // Said of the whole text (every block is part of it), so read once, not once per recipient.
  // A mail program's own error ("Sending of the message failed…", Outlook's 0x800CCC0F): it could
  // not send, and no server returned anything, whether or not it quotes a server's reply.
  const program = isProgramError(cues)
  const reports = reportsDelivery(cues)
  // Python's SMTPSenderRefused: the sender was refused, and the address it names is the sender's.
  const senderRefused = /SMTPSenderRefused/.test(cues)
  const results: RecipientResult[] = []
  for (const block of blocks) {
    const codes = codesIn(block.text)
    const coded = codes.reply !== null || codes.enhanced.length > 0
    // A report with no code at all still reports a failure when it says so, or when it names a
    // recipient and a cause (Postfix's local "<bob@…>: unknown user: "bob"").
    // With neither, words that name a cause ("all relevant MX records point to non-existent hosts")
    // are still explained, without a delivery status nothing in the text gives.
    const cause = !coded && !NO_FAILURE.test(block.text) && reasonFromText(block.text) !== undefined
    const named = cause && block.recipient !== undefined
    if (!coded && !cause && !program && !reports) continue
    const recipient = block.recipient ?? failedAddress(block.text, headers)
    const enhanced = codes.enhanced[0] ?? null
    const decisive = classCode(enhanced, codes.reply, block.text)
    const action: ReportAction | null = program
      ? 'not-sent'
      : (actionFromClass(decisive, cues) ?? (named ? 'failed' : null))
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
      context: `${withoutMessageBody(block.text)}\n${cues}`,
      expired: isExpired(action, decisive, cues),
      causeCodes: codes,
      command: codes.command ?? commandFor(ctx, codes.reply, enhanced, recipient),
      diagnostic: codes.line ?? null,
      remoteMta: null,
      from: 'text',
    })
    // A login, account or connection error names only the sender's own address ("535 Authentication
    // Failed for alice@…"), and so does a refused sender (Python's SMTPSenderRefused): no recipient failed.
    const sendersOwn = (block.recipient === undefined && SENDERS_OWN.has(result.reason)) || senderRefused
    results.push(sendersOwn ? { ...result, recipient: null } : result)
  }
  return results
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
  }
}
