// The explainer's reading of a report's human-readable text: one result per recipient block, each
// read from its own lines where the report gives it any, else from what the report says of all.

import { namedAsDestination, soleDestination } from './address-words'
import { arrivedAfterDelay, resentAndReceived } from './arrival'
import { causeLine } from './cause-line'
import { readRecipient } from './failed-address'
import { codesIn } from './failure-codes'
import { MAX_NAMED, MAX_RECIPIENTS } from './limits'
import { wholeLine } from './lines'
import {
  actionFromClass,
  classCode,
  isExpired,
  reportsDelivered,
  reportsDelivery,
  saysReturnedOrHeld,
} from './message-kind'
import { deniesBounce, withoutAsking } from './negation'
import { noticeOf, noticeStarts, withinNotice } from './notice-sections'
import { resolvedSince } from './past-codes'
import { acceptedByProgram } from './program-refusals'
import { PORT_BLOCKED } from './reason-phrases-lists'
import { isProgramError, quotedServerReply } from './reason-phrases-programs'
import { type BounceReason, reasonFromText } from './reasons'
import { type Context, commandFor } from './recipient-context'
import { refusesAnything, sessionDelivered } from './recipient-list'
import { asDelivered, finish, type RecipientResult, type ReportAction } from './recipient-result'
import { linesNaming, type RecipientBlock, recipientBlocks, withoutMessageBody } from './text-blocks'
import { withValidUnsent } from './valid-unsent'
import { isOrdinaryMessage } from './whole-message'

export function fromText(ctx: Context, headers: Map<string, string>): RecipientResult[] {
  if (isOrdinaryMessage(headers, ctx.humanText)) return []
  // A session in which the server took every message after DATA and refused no recipient, or a
  // program's result that lists no recipient as rejected: nothing failed, unless a notice says so.
  // (A sending server's delivery report quoting the 250, Postfix's "Successful Mail Delivery
  // Report", is read: it says the message was delivered.)
  if (
    (sessionDelivered(ctx.humanText) ||
      (acceptedByProgram(ctx.humanText) && !refusesAnything(ctx.humanText))) &&
    !saysReturnedOrHeld(ctx.humanText) &&
    !reportsDelivered(ctx.humanText)
  )
    return []
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
  const portBlocked = reasonFromText(cues, PORT_BLOCKED) === 'port-blocked'
  const notices = noticeStarts(cues)
  const results: RecipientResult[] = []
  // What the report says of every recipient with nothing of its own: read once, not once each.
  let sharedReading: RecipientResult | undefined
  // …or that it says nothing of them: then no other recipient sharing it is read again either.
  let sharedNothing = false
  // What the report says of all: its text without the lines about one of the listed recipients.
  let shared: string | undefined
  for (const listed of blocks) {
    // Looked up in the cues, not the whole text: a hundred listed recipients each read 20 KB at most.
    let block =
      blocks.length > 1 ? withOwnLines(listed, cues, () => (shared ??= sharedText(cues, blocks))) : listed
    const sharing = blocks.length > 1 && !block.logLine && !block.own
    if (sharing && sharedNothing) continue
    if (sharing && sharedReading) {
      results.push({ ...sharedReading, recipient: senderRefused ? null : (block.recipient ?? null) })
      continue
    }
    // Of several recipients, each one's own lines and the report's heading decide, not another
    // recipient's error ("retry timeout exceeded", a log line's status=deferred); a recipient listed
    // with nothing of its own, anywhere, shares what the report says of them all (Sendmail's
    // address list above one transcript that names none of them).
    // Of several notices pasted together, the recipient's own notice is all that is about it.
    const notice = block.logLine ? undefined : noticeOf(cues, notices, block.recipient)
    if (notice !== undefined) block = { ...block, text: withinNotice(block.text, notice) }
    const said =
      notice ??
      (block.logLine ? block.text : blocks.length > 1 && block.own ? `${subject}\n${block.text}` : cues)
    const codes = codesIn(block.text)
    const coded = codes.reply !== null || codes.enhanced.length > 0
    // The writer says nothing bounced ("no bounce", "lands in his spam folder"): no failure to read.
    // (Not a delay notice the writer calls "not a bounce, only a warning", nor a program's own error
    // "no bounce, the send just times out": those say what became of it.) Nor does a writer who says
    // an earlier incident's mail goes through now ("last week … came back …; everything has been
    // going through since").
    if (
      !coded &&
      !program &&
      (NOT_BOUNCED.test(block.text) ||
        (deniesBounce(block.text) && !saysReturnedOrHeld(block.text)) ||
        resolvedSince(block.text))
    ) {
      sharedNothing ||= sharing
      continue
    }
    // A report with no code at all still reports a failure when it says so, or when it names a
    // recipient and a cause (Postfix's local "<bob@…>: unknown user: "bob"").
    // With neither, words that name a cause ("all relevant MX records point to non-existent hosts")
    // are still explained, without a delivery status nothing in the text gives.
    // A filter's header on a message it let through ("X-Spam-Status: No, …", "X-Greylist: delayed …")
    // is no failure's cause.
    const cause =
      !coded &&
      !NO_FAILURE.test(block.text) &&
      !NOT_BOUNCED.test(block.text) &&
      reasonFromText(block.text.replace(FILTER_FIELDS, '')) !== undefined
    const named = cause && block.recipient !== undefined
    // A log line or record with no code says what became of it in its own status ("Status : Failed").
    const logged =
      (block.logLine === true || /^Status[ \t]+:/m.test(block.text)) &&
      actionFromClass(null, block.text) !== null
    if (!coded && !cause && !program && !reports && !logged) {
      sharedNothing ||= sharing
      continue
    }
    const read = block.recipient === undefined ? readRecipient(block.text, headers) : undefined
    const recipient = block.recipient ?? read?.recipient
    const enhanced = codes.enhanced[0] ?? null
    const decisive = classCode(enhanced, codes.reply, block.text)
    const action: ReportAction | null = program
      ? 'not-sent'
      : (actionFromClass(decisive, said) ?? (named ? 'failed' : null))
    if (!action && !cause) {
      sharedNothing ||= sharing
      continue
    }
    const read0 = finish({
      recipient: recipient ?? null,
      action,
      status: null,
      reply: codes.reply,
      enhanced,
      words:
        (program ? quotedServerReply(block.text) : undefined) ??
        (codes.line ? wholeLine(block.text, codes.line) : withoutAsking(block.text)),
      // The writer's yes-or-no question ("Is our IP on a blacklist?") names no cause.
      context: withoutAsking(`${withoutMessageBody(block.text)}\n${said}`),
      expired: isExpired(action, decisive, said),
      causeCodes: codes,
      command:
        block.command ??
        codes.command ??
        (senderRefused ? 'MAIL FROM' : commandFor(ctx, codes.reply, enhanced, recipient)),
      diagnostic: codes.line ?? (cause ? causeLine(block.text) : null),
      remoteMta: null,
      from: 'text',
      named: read?.named,
    })
    // The writer says the sending network blocks port 25: every recipient's timeout is that block,
    // and the message waits in the sending server's queue.
    const result: RecipientResult =
      portBlocked && (read0.reason === 'network' || read0.reason === 'port-blocked')
        ? { ...read0, reason: 'port-blocked', action: read0.action ?? 'delayed' }
        : read0
    // A login, account or connection error names only the sender's own address ("535 Authentication
    // Failed for alice@…"), and so does a refused sender (Python's SMTPSenderRefused): no recipient failed.
    // An MTA's delivery log line ("to=<bob@…>, relay=…, status=deferred (SASL authentication
    // failed …)") names the recipient whose delivery it was, whatever stopped it.
    // A notice that names where the message was going ("Your message to rob@… has been blocked")
    // names its recipient, whatever stopped it. Nor are the addresses the text names listed: the
    // error is about the sender's account, not about which of them failed.
    const sendersOwn =
      (block.recipient === undefined &&
        SENDERS_OWN.has(result.reason) &&
        !deliveryLogOf(block.text, recipient) &&
        !(recipient && namedAsDestination(block.text, recipient))) ||
      senderRefused
    if (sharing) sharedReading = result
    // One of several whose own lines go on to say it arrived ("421 4.7.0 almıştı ama 02:40
    // denemesinde 250 2.0.0 OK ile teslim edildi"): delivered, whatever the others met.
    const arrived =
      blocks.length > 1 &&
      block.own !== undefined &&
      result.recipient !== null &&
      result.action !== 'delivered' &&
      (arrivedAfterDelay(block.own, [result.recipient]) || resentAndReceived(block.own, [result.recipient]))
    // Where the sender's own account or program failed, the one address the text says the message
    // was for ("Email send failed. Recipient: satinalma@…") is still where it did not go.
    const destination = sendersOwn && !senderRefused ? soleDestination(block.text) : undefined
    results.push(
      sendersOwn
        ? { ...result, recipient: destination ?? null, named: [] }
        : arrived
          ? asDelivered(result)
          : result,
    )
  }
  return withValidUnsent(oneOfThem(results, blocks, cues), cues)
}

/**
 * A list of recipients that all share one error, where the text says only one of them failed ("One
 * bounce came back … Which one?"): the addresses are listed, not each said to have failed.
 */
function oneOfThem(results: RecipientResult[], blocks: RecipientBlock[], cues: string): RecipientResult[] {
  const [first] = results
  if (!first || results.length < 2 || !ONE_OF_THEM.test(cues)) return results
  const same = (r: RecipientResult) =>
    r.reason === first.reason &&
    r.reply === first.reply &&
    r.enhanced === first.enhanced &&
    r.action === first.action
  if (blocks.some((b) => b.logLine) || !results.every(same)) return results
  const named = results.map((r) => r.recipient).filter((r): r is string => r !== null)
  return [{ ...first, recipient: null, named: named.slice(0, MAX_NAMED) }]
}
const ONE_OF_THEM =
  /\b(?:which one|which (?:two|three|ones|addresses)|(?:do not|don't|not sure) know which|not sure which|(?:one|two|three|some|a few) of (?:them|these|those|the (?:addresses|recipients))|welche(?:s|r|n)? (?:war|davon|adresse|ist)|(?:one|a single|only one) (?:bounce|error|ndr|of them) (?:came|come|bounced|failed)|only one (?:bounced|failed)|einer davon|eine davon|welche(?:r|s)? (?:davon|adresse)|uno de ellos|cuál de|l'un d'eux|laquelle|hangisi\w*|birisi|birinden|birinin)\b/i

/**
 * A writer who says the message did not bounce, or went to a spam folder ("no bounce", "lands in
 * his junk folder"): words such as "spam" then name no cause of a failure.
 */
const NOT_BOUNCED =
  /\bno bounces?\b|\bno (?:ndr|error message|error back)\b|keine (?:Fehlermeldung|Unzustellbarkeitsmeldung|Rückmeldung)|\bkein Bounce\b|sin (?:rebote|error)|ningún rebote|geri dönüş (?:yok|gelmedi)|(?<!\b(?:not|nor|isn't|wasn't|aren't|weren't|neither) )\bin (?:the )?(?:junk|spam|promotions)\b(?! ?filter)|promotions tab|\bspam quarantine\b|\bnothing in (?:the |our |my )?(?:spam|junk|quarantine)\b|\bnever bounced?\b|\bdid(?:n't| not) bounce\b|\b(?:spam|junk|bulk)[ -]?(?:folder|mail folder|box)\b|\b(?:lands?|landing|ends? up|ending up|goes|going|went) (?:in|into|to) (?:the |his |her |their |my |our |your )?(?:spam|junk|bulk)\b|Spam-Ordner|Junk-Ordner|carpeta de (?:spam|correo no deseado)|dossier (?:spam|courrier indésirable)|gereksiz[^\n.]{0,20}klasör|(?:spam|junk) klasör/i

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
function withOwnLines(block: RecipientBlock, human: string, sharedText: () => string): RecipientBlock {
  if (
    block.logLine ||
    block.shared ||
    block.replied ||
    !block.recipient ||
    saysOwnFate(block.own ?? block.text)
  )
    return block
  const lines = linesNaming(human, block.recipient)
  // Nothing of its own anywhere: it shares what the report says of all ("mail to these three
  // bounced:" over their addresses and one error), not another recipient's own lines.
  if (!saysOwnFate(lines)) {
    const own = (block.own ?? block.text).trim()
    if (BARE_ADDRESS.test(own)) return { recipient: block.recipient, text: sharedText() }
    // Lines of its own below the address whose words name no known cause (hMailServer's "Error
    // Description: …"): still its own, read with the report's heading, not with another recipient's
    // "550 5.7.1 … block list (S3150)" below it.
    if (block.own !== undefined && /\n[ \t]*\S/.test(own)) return block
    return { recipient: block.recipient, text: block.text }
  }
  return { recipient: block.recipient, own: lines, text: `${lines}\n${block.text}` }
}

/** A block that is its address alone ("bob@…", "<bob@…>"): a list's entry with nothing of its own. */
const BARE_ADDRESS = /^<?[^\s<>@]+@[^\s<>]+?>?:?$/

/** The text without the lines that name one of the blocks' recipients (at most 20,000 lines). */
function sharedText(text: string, blocks: RecipientBlock[]): string {
  const named = blocks.map((b) => b.recipient).filter((r): r is string => r !== undefined)
  return text
    .split('\n', 20_000)
    .filter((line) => {
      const lower = line.toLowerCase()
      return !named.some((address) => lower.includes(address))
    })
    .join('\n')
}

export function hasCode(text: string): boolean {
  const codes = codesIn(text)
  return codes.reply !== null || codes.enhanced.length > 0
}

/** A recipient's own lines name a code, a cause or what became of the message. */
function saysOwnFate(own: string): boolean {
  return hasCode(own) || reasonFromText(own) !== undefined || reportsDelivery(own)
}

/** Header fields, with their folded lines, that spam, virus and greylisting filters add to messages. */
const FILTER_FIELDS = /^X-(?:Spam|Virus|Greylist|Amavis)[\w-]*:[^\n]*(?:\n[ \t][^\n]*)*/gim

/**
 * A success reply ("220 … We do not authorize … unsolicited … e-mail") or a filter's verdict that let
 * the message through (Exim's "flagged as Spam but accepted") names no failure's cause. Not an HTTP
 * API's "202 Accepted" or "200 OK" (SMTP has no 20x reply, RFC 5321 §4.2.2): the service took the
 * request, and may still have dropped the message.
 */
const NO_FAILURE = /(?:^|\s)2[1-5]\d[ -]|\bbut accepted\b/m
