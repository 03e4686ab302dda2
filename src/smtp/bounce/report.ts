// The bounce explainer: from a pasted or opened message to one result per failed recipient —
// who, what the sending server did (RFC 3464 §2.3.3 Action), the codes that describe the failure
// best, the command it answered and the reason in plain terms. Pure: the browser page, its worker
// and `npm run explain` all call analyzeBounceReport.
//
// Order of trust: a DSN's per-recipient fields (RFC 3464 §2.3) first; the server's own reply in
// Diagnostic-Code for the specifics the Status field generalises; then the human-readable text,
// split per recipient where the MTA lists them (Postfix, qmail, Exim, Exchange, Gmail).

import { findEnhancedCode, parseEnhancedCode } from '../codes/enhanced-codes'
import { type DsnAction, type DsnRecipient, findAddress, readDsnRecipients } from './dsn'
import {
  analyzeBounceDetailed,
  type BounceFinding,
  MAX_BOUNCE_INPUT,
  SEVERITY,
  SOURCE_RANK,
} from './find-codes'
import { decodeMessage, type MimePart } from './mime'
import { type BounceReason, classifyReason, reasonFromEnhanced } from './reasons'
import { readSesNotification } from './ses-json'
import { humanRanges, recipientBlocks, type TextRange } from './text-blocks'

export interface RecipientResult {
  recipient: string | null
  action: DsnAction | null
  /** The DSN Status field as written, when there is one. */
  status: string | null
  /** The reply code that describes this failure best ('550'), null when the message has none. */
  reply: string | null
  /** The enhanced status code that describes it best ('5.1.1'), null when the message has none. */
  enhanced: string | null
  /** True when `enhanced` is of valid shape but not in the IANA registry (a vendor's code). */
  vendor: boolean
  reason: BounceReason
  /** For an expired message: the reason of the last error quoted, when it says. */
  cause: BounceReason | null
  command: string | null
  /** The server's words for this failure (Diagnostic-Code, or the reply line), trimmed. */
  diagnostic: string | null
  remoteMta: string | null
  /** Where the result came from: the DSN's fields or the message's text. */
  from: 'dsn' | 'text'
}

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

const ACTION_ORDER: Record<string, number> = { failed: 0, delayed: 1 }

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

interface Context {
  text: string
  human: TextRange[]
  humanText: string
  /** Lower-cased once: every recipient is looked up in it. */
  humanLower: string
  occurrences: BounceFinding[]
}

// --- DSN -------------------------------------------------------------------------------------

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])
const DSN_FIELD = /^[ \t]*(?:Final-Recipient|Original-Recipient|Action)[ \t]*:/im

function dsnRecipients(text: string, parts: MimePart[]): DsnRecipient[] {
  const reports = parts.filter((p) => DSN_TYPES.has(p.type))
  if (reports.length > 0) return reports.flatMap((p) => readDsnRecipients(text, p.start, p.end))
  const ses = readSesNotification(text)
  if (ses.length > 0) return ses
  // A report pasted without its MIME wrapping.
  return DSN_FIELD.test(text) ? readDsnRecipients(text) : []
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
  const action = r.action ?? actionFromClass(enhanced ?? reply, ctx.humanText)
  const words = [diag, block].filter(Boolean).join('\n')
  const expired = r.expired ? 'yes' : isExpired(action, r.status ?? enhanced, `${words}\n${ctx.humanText}`)
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
    context: `${block}\n${ctx.humanText}`,
    expired,
    causeCodes: { ...causeCodes, reply },
    command: localCommand(block, reply) ?? commandFor(ctx, reply, enhanced, r.recipient),
    diagnostic: r.diagnostic ?? null,
    remoteMta: r.remoteMta ?? null,
    from: 'dsn',
  })
}

/** The last 4xx reply code in `text`, by position. */
function lastTransientReply(text: string): string | undefined {
  if (!text) return undefined
  const replies = analyzeBounceDetailed(text).occurrences.filter(
    (o) => o.kind === 'reply' && o.code[0] === '4',
  )
  return replies[replies.length - 1]?.code
}

/** The command stated next to this reply in the recipient's own paragraph. */
function localCommand(block: string | undefined, reply: string | null): string | null {
  if (!block || !reply) return null
  const local = codesIn(block)
  return local.reply === reply ? local.command : null
}

/** The human-readable paragraph about one recipient, if the text names it. */
function blockAbout(ctx: Context, recipient: string): string | undefined {
  const at = ctx.humanLower.indexOf(recipient)
  if (at < 0) return undefined
  const rest = ctx.humanText.slice(at, at + 1500)
  // It ends at two empty lines, or where a line opens with another address ("carol@…:").
  const end = rest.search(
    /\r?\n[ \t]*\r?\n[ \t]*\r?\n|\r?\n[ \t]*(?:\r?\n[ \t]*)?(?=<?[^\s@<>]+@[^\s<>]+?>?:)/,
  )
  return end > 0 ? rest.slice(0, end) : rest
}

// --- Text ------------------------------------------------------------------------------------

function fromText(ctx: Context, headers: Map<string, string>): RecipientResult[] {
  if (isOrdinaryMessage(headers, ctx.humanText)) return []
  // The subject often says what the body does not: "Delivery Status Notification (Failure)".
  const cues = `${headers.get('subject') ?? ''}\n${ctx.humanText}`
  const blocks = recipientBlocks(ctx.humanText, headers).slice(0, MAX_RECIPIENTS)
  const results: RecipientResult[] = []
  for (const block of blocks) {
    const codes = codesIn(block.text)
    // A report with no code at all ("Unknown user: bob@…") still reports a failure when it says so.
    if (!codes.reply && codes.enhanced.length === 0 && !looksLikeFailure(`${block.text}\n${cues}`)) continue
    const recipient = block.recipient ?? failedAddress(block.text, headers)
    const enhanced = codes.enhanced[0] ?? null
    const action = actionFromClass(enhanced ?? codes.reply, cues)
    if (!action) continue
    results.push(
      finish({
        recipient: recipient ?? null,
        action,
        status: null,
        reply: codes.reply,
        enhanced,
        words: codes.line ?? block.text,
        context: `${block.text}\n${cues}`,
        expired: isExpired(action, enhanced ?? codes.reply, cues),
        causeCodes: codes,
        command: codes.command ?? commandFor(ctx, codes.reply, enhanced, recipient),
        diagnostic: codes.line ?? null,
        remoteMta: null,
        from: 'text',
      }),
    )
  }
  return results
}

/** The first address in a codeless report that is not the bounce's own sender or addressee. */
function failedAddress(text: string, headers: Map<string, string>): string | undefined {
  const own = new Set([findAddress(headers.get('from') ?? ''), findAddress(headers.get('to') ?? '')])
  for (const m of text.slice(0, 20_000).matchAll(/[^\s<>()[\]"',;:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g)) {
    const address = m[0].toLowerCase()
    if (!own.has(address) && !/^(?:postmaster|mailer-daemon)@/.test(address)) return address
  }
  return undefined
}

/**
 * A whole message (it has From and Subject) that neither looks like a bounce nor says a delivery
 * failed: a newsletter about SMTP codes, an order confirmation for "#550". Its codes are listed,
 * but nobody's mail failed. A pasted log line has no headers and is read as it is.
 */
function isOrdinaryMessage(headers: Map<string, string>, human: string): boolean {
  if (!headers.has('from') || !headers.has('subject')) return false
  const from = headers.get('from') ?? ''
  const subject = headers.get('subject') ?? ''
  // Newsletters and list mail may talk about codes; they do not report a failure.
  if (
    headers.has('list-unsubscribe') ||
    headers.has('list-id') ||
    /^(?:list|bulk)$/i.test(headers.get('precedence') ?? '')
  )
    return true
  if (/mailer-daemon|post_?master|mail delivery|mdaemon|bounce|notification|no-?reply/i.test(from))
    return false
  if (
    headers.has('x-failed-recipients') ||
    /report-type=delivery-status/i.test(headers.get('content-type') ?? '')
  )
    return false
  const words = `${subject}\n${human.slice(0, 3000)}`
  return !(
    FAILURE.test(words) ||
    DELAY.test(words) ||
    EXPIRY.test(words) ||
    /undeliver|returned|failure|delivery status notification|non-?delivery|\bNDR\b|bounce/i.test(subject)
  )
}

// --- Shared ----------------------------------------------------------------------------------

interface Draft {
  recipient: string | null
  action: DsnAction | null
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
}

function finish(d: Draft): RecipientResult {
  const cls = (d.enhanced ?? d.reply ?? '').charAt(0)
  const succeeded = d.action === 'delivered' || d.action === 'relayed' || d.action === 'expanded'
  let reason: BounceReason
  let cause: BounceReason | null = null
  if (succeeded || (!d.action && cls === '2')) reason = 'delivered'
  else if (d.expired !== 'no') {
    cause = lastErrorReason(d)
    reason = d.expired === 'transient' && cause && FINAL_REASONS.has(cause) ? cause : 'expired'
    if (reason !== 'expired') cause = null
  } else if (d.action === 'delayed' && reasonFromEnhanced(d.enhanced ?? undefined) === 'expired') {
    // "4.4.7 delayed": still being retried; the reason is whatever the last attempt met.
    reason =
      lastErrorReason(d) ?? classifyReason({ primary: '', context: d.context, reply: d.reply ?? undefined })
  } else {
    reason = classifyReason({
      primary: d.words,
      context: d.context,
      enhanced: d.enhanced ?? undefined,
      reply: d.reply ?? undefined,
    })
    // Refused at MAIL FROM: it is the sender the server will not take, not a missing recipient.
    if (d.command === 'MAIL FROM' && (reason === 'unknown-user' || reason === 'host-not-found'))
      reason = 'blocked'
    // Failed for good on a network error with no permanent code: the sender retried and gave up.
    if (d.action === 'failed' && reason === 'network' && cls !== '5') {
      reason = 'expired'
      cause = 'network'
    }
  }
  return {
    recipient: d.recipient,
    action: d.action,
    status: d.status,
    reply: d.reply,
    enhanced: d.enhanced,
    vendor: d.enhanced !== null && findEnhancedCode(d.enhanced) === undefined,
    reason,
    cause,
    command: d.command,
    diagnostic: d.diagnostic ? d.diagnostic.replace(/\s+/g, ' ').trim().slice(0, 500) : null,
    remoteMta: d.remoteMta,
    from: d.from,
  }
}

/** The reason of the last error an expired or delayed message quotes, without the words that only say it expired. */
function lastErrorReason(d: Draft): BounceReason | null {
  const found = classifyReason({
    primary: `${d.words}\n${d.context.slice(0, 4000)}`.replace(EXPIRY_WORDS, ' '),
    context: '',
    enhanced: d.causeCodes.enhanced.find((c) => !/^\d\.4\.7$/.test(c)),
    reply: d.causeCodes.reply ?? undefined,
  })
  return found === 'unknown' || found === 'expired' ? null : found
}

interface FoundCodes {
  reply: string | null
  /** The command the chosen reply answered, when its own text says. */
  command: string | null
  /** Best first. */
  enhanced: string[]
  /** The line holding the chosen reply, for the reason's words. */
  line: string | null
}

/**
 * The codes of one failure's text, each ranked by its best occurrence: severity, then where it
 * stands (Status field > Diagnostic-Code > reply line > prose), then specificity for enhanced
 * codes (5.1.1 says more than 5.0.0), then position.
 */
function codesIn(text: string): FoundCodes {
  if (!text) return { reply: null, command: null, enhanced: [], line: null }
  const { occurrences } = analyzeBounceDetailed(text)
  const replies = best(occurrences.filter((o) => o.kind === 'reply'))
  const reply = replies[0]
  const cls = reply?.code.charAt(0)
  const ranked = best(
    occurrences.filter((o) => o.kind === 'enhanced'),
    (o) => specificity(o.code) * 10 + (cls && o.code.charAt(0) === cls ? 5 : 0),
  )
  const enhanced = unique(ranked.map((o) => o.code))
  const command = reply?.command ?? ranked.find((o) => o.command)?.command
  return {
    reply: reply?.code ?? null,
    command: command ?? null,
    enhanced,
    line: (reply ?? ranked[0])?.context ?? null,
  }
}

function best(list: BounceFinding[], extra: (o: BounceFinding) => number = () => 0): BounceFinding[] {
  const score = (o: BounceFinding) =>
    (SEVERITY[o.code.charAt(0)] ?? 0) * 1000 +
    extra(o) * 10 +
    (SOURCE_RANK[o.source ?? 'text'] ?? 0) * 2 +
    (o.command ? 1 : 0)
  return [...list].sort((a, b) => score(b) - score(a) || a.start - b.start)
}

const unique = (list: string[]) => [...new Set(list)]

/** 0 for X.0.0, 1 for X.Y.0, 2 for X.Y.Z. */
function specificity(code: string): number {
  const p = parseEnhancedCode(code)
  if (!p) return -1
  return p.detail !== 0 ? 2 : p.subject !== 0 ? 1 : 0
}

/**
 * RFC 3464's Status is the reporting MTA's verdict, but MTAs often write a generic 5.0.0 beside
 * the remote server's exact 550 5.1.1: the more specific code of the same class wins.
 */
function bestEnhanced(status: string | undefined, fromDiagnostic: string[]): string | null {
  if (!status) return fromDiagnostic[0] ?? null
  const better = fromDiagnostic.find(
    (c) => c.charAt(0) === status.charAt(0) && specificity(c) > specificity(status),
  )
  return better ?? status
}

const DELAY =
  /delay(?:ed)? (?:notification|warning)|\(delay\)|will (?:keep|continue) (?:trying|to try|retrying)|still (?:trying|being retried|retrying)|has not (?:yet )?been delivered|not (?:yet )?been delivered|will be retried|will retry|this is a warning message only|no action is required|do not need to resend|delivery attempts will continue|is delayed/i
const FAILURE =
  /could not be delivered|couldn't be delivered|undeliverable|undelivered|delivery (?:has )?failed|failed permanently|permanent(?:ly)? (?:error|failure|fatal)|returned mail|gave up|giving up|wasn't delivered|was not delivered|non-?delivery|delivery failure|mail delivery failed|failure notice|rejected|message not delivered|unable to deliver|delivery to the following|did not reach|could not deliver|couldn't deliver|not be delivered|failed to deliver|permanent error|fatal error|incorrectly constructed|malformed address|nicht (?:\S+ ){0,4}zugestellt|unzustellbar|non (?:remis|recapitato|distribu)|no se (?:pudo|ha podido) entregar|не (?:\S+ ){0,2}доставлено|teslim edilemedi/i
const EXPIRY =
  /retry time(?:out)? (?:not reached|exceeded)[^\n]*?(?:given up|too long)?|message (?:has )?expired|expired after|expired in queue|delivery (?:time|period) expired|(?:been|was) (?:in the )?(?:queue|queued) (?:for )?too long|too long in (?:the )?queue|could not be delivered (?:for|within|in) (?:the last )?\d+ ?(?:days?|hours?)|queue(?:d)? (?:lifetime|timeout)|maximum (?:queue )?(?:time|age|lifetime)|delivery expired|message timed out|timed out in queue|no more retries|retry limit/i
const EXPIRY_WORDS = new RegExp(EXPIRY.source, 'gi')

function actionFromClass(code: string | null, human: string): DsnAction | null {
  const cls = code?.charAt(0)
  if (cls === '5') return 'failed'
  if (cls === '2') return DELAY.test(human) ? 'delayed' : null
  if (cls === '4' || !cls) {
    if (EXPIRY.test(human)) return 'failed'
    if (DELAY.test(human)) return 'delayed'
    if (FAILURE.test(human)) return 'failed'
    return cls === '4' ? 'delayed' : null
  }
  return null
}

/** The sending server gave up: a final failure on a temporary error, or words that say it expired. */
/**
 * Did the sending server give up? 'yes' when a code (X.4.7) or the words say the message expired;
 * 'transient' when it failed on a temporary error, which usually means it retried until it gave
 * up, unless the error itself was final (a null MX, an unknown user) — finish() decides that.
 */
function isExpired(action: DsnAction | null, code: string | null, words: string): Expiry {
  if (action !== 'failed') return 'no'
  if ((code && /^[45]\.4\.7$/.test(code)) || EXPIRY.test(words)) return 'yes'
  return code?.charAt(0) === '4' ? 'transient' : 'no'
}

type Expiry = 'yes' | 'transient' | 'no'

/** Reasons that are final in themselves: a sender that failed on them did not need to retry. */
const FINAL_REASONS = new Set<BounceReason>([
  'unknown-user',
  'host-not-found',
  'mailbox-disabled',
  'message-too-large',
  'syntax',
  'relay-denied',
  'auth-failed',
  'spam-content',
])

function looksLikeFailure(text: string): boolean {
  return FAILURE.test(text) || EXPIRY.test(text)
}

/** The command the failure answered: from an occurrence of its code with a command, near the recipient when it can tell. */
function commandFor(
  ctx: Context,
  reply: string | null,
  enhanced: string | null,
  recipient: string | undefined | null,
): string | null {
  const candidates = ctx.occurrences.filter((o) => o.command && (o.code === reply || o.code === enhanced))
  if (candidates.length === 0) return null
  const near = recipient
    ? candidates.find(
        (o) => o.context.toLowerCase().includes(recipient) || nearAddress(ctx.text, o, recipient),
      )
    : undefined
  return (near ?? candidates[0])?.command ?? null
}

function nearAddress(text: string, o: BounceFinding, recipient: string): boolean {
  const before = text.slice(Math.max(0, o.start - 600), o.start).toLowerCase()
  const at = before.lastIndexOf(recipient)
  if (at < 0) return false
  return findAddress(before.slice(at + recipient.length)) === undefined
}

// --- Auto-replies -----------------------------------------------------------------------------

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|autoreply|out of (?:the )?office|ooo\b|vacation|abwesenheit|automatische antwort|réponse automatique|absence|otomatik yanıt|ofis dışında|away from)/i

function isAutoReply(
  headers: Map<string, string>,
  human: string,
  report: { dsn: boolean; failureCodes: boolean },
): boolean {
  const auto = (headers.get('auto-submitted') ?? '').toLowerCase()
  const subject = headers.get('subject') ?? ''
  const flagged =
    auto.startsWith('auto-replied') ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    (headers.get('precedence') ?? '').toLowerCase() === 'auto_reply' ||
    AUTO_SUBJECT.test(subject.replace(/^(?:re|aw|fw|fwd):\s*/i, ''))
  if (!flagged || report.dsn || report.failureCodes) return false
  if (/mailer-daemon|postmaster|mail delivery/i.test(headers.get('from') ?? '')) return false
  // Bounces carry Auto-Submitted: auto-replied too (RFC 3834 §5); their wording tells them apart.
  const words = `${subject}\n${human.slice(0, 4000)}`
  return !(
    FAILURE.test(words) ||
    DELAY.test(words) ||
    EXPIRY.test(words) ||
    /delivery status notification|undeliver|mail delivery/i.test(words)
  )
}

function autoReply(): RecipientResult {
  return {
    recipient: null,
    action: null,
    status: null,
    reply: null,
    enhanced: null,
    vendor: false,
    reason: 'auto-reply',
    cause: null,
    command: null,
    diagnostic: null,
    remoteMta: null,
    from: 'text',
  }
}
