// Where the human-readable explanation of a bounce is, and which part of it is about which
// recipient. The returned original message is left out: its headers are full of numbers and,
// in a bounce of a bounce, of other codes that are not this failure's.

import { findAddress } from './dsn'
import { refusedRecipients } from './failed-address'
import { MAX_RECIPIENTS } from './limits'
import type { MimePart } from './mime'
import { programRefusals } from './program-refusals'
import {
  acceptedOnLines,
  beforeFirstRefusal,
  listedRecipients,
  namedByRefusal,
  RCPT_COMMAND,
  refusedOnLines,
  refusesAnything,
  replyTo,
} from './recipient-list'
import { eventRows, recordRows } from './record-lines'

export interface TextRange {
  start: number
  end: number
}

/** Where MTAs start quoting the returned message in a plain-text bounce. */
const RETURNED_MESSAGE =
  /^[ \t]*(?:-{2,}[ \t]*)?(?:this is a copy of the message|below this line is a copy of the message|original message (?:follows|headers?)|(?:begin )?(?:original|returned|unsent|undelivered|included) message(?: (?:follows|below|header|headers))?|message headers? follows|original message header|the header of the original message)[^\n]*$/im

const HUMAN_TYPES = /^text\/(?:plain|html|enriched)$/

/** The ranges of `text` a person reads: text parts (plain preferred), without the returned message. */
export function humanRanges(text: string, parts: MimePart[], bodyStart = 0): TextRange[] {
  // A paste that is all header-shaped lines (a log of Received: lines and a Diagnostic-Code) has no body.
  const from = text.slice(bodyStart).trim() === '' ? 0 : bodyStart
  let ranges: TextRange[]
  if (parts.length === 0) ranges = [{ start: from, end: text.length }]
  else {
    const plain = parts.filter((p) => HUMAN_TYPES.test(p.type) && p.type !== 'text/html')
    const chosen = plain.length > 0 ? plain : parts.filter((p) => p.type === 'text/html')
    ranges = chosen.map((p) => ({ start: p.start, end: p.end }))
    if (ranges.length === 0) ranges = [{ start: from, end: text.length }]
  }
  return ranges.map((r) => cutReturnedMessage(text, r))
}

/** A reply or enhanced code: what a bounce's own text has and a person's covering note does not. */
const FAILURE_CODE = /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/

/**
 * Cuts the range at the first marker that ends the bounce's own text. A marker opens a forwarded
 * bounce ("-----Original Message-----" from Outlook's Forward), whose own text follows, when all
 * above it is blank lines or a covering note with no code in it ("Hi, this came back — why?")
 * while a code follows: that text is read, and the next marker, if any, ends it.
 */
function cutReturnedMessage(text: string, r: TextRange): TextRange {
  const range = text.slice(r.start, r.end)
  const marker = new RegExp(RETURNED_MESSAGE.source, 'gim')
  let from = 0
  for (let m = marker.exec(range); m; m = marker.exec(range)) {
    const above = range.slice(from, m.index)
    const forwardOpens =
      above.trim() === '' || (!FAILURE_CODE.test(above) && FAILURE_CODE.test(range.slice(m.index)))
    if (!forwardOpens) return { start: r.start, end: r.start + m.index }
    from = m.index + m[0].length
  }
  return r
}

export interface RecipientBlock {
  recipient?: string
  text: string
  /** The lines about this recipient alone, without the preamble every block shares. */
  own?: string
  /** The block is one line of an MTA's delivery log: its own status says what became of it. */
  logLine?: true
  /** One of a list's recipients the text names nowhere else: it shares what the text says of all. */
  shared?: true
  /** Its own lines are its own reply, picked out by name: nothing else in the text is about it. */
  replied?: true
}

/** Postfix's and Sendmail's delivery log line: "… to=<bob@…>, relay=…, status=bounced (…)". */
const DELIVERY_LOG_LINE = /^[^\n]*\bto=<([^\s<>@]+@[^\s<>]+)>,[^\n]*\bstat(?:us)?=[^\n]*$/gm
/**
 * Exim's main log line for one recipient, after the message's id: "** bob@… …" failed, "== bob@… …
 * defer" deferred, "=> bob@… …" and "-> bob@… …" delivered (Exim specification, "Log files").
 */
/** Exim's main log line for a recipient it refused itself: "H=… F=<…> rejected RCPT <bob@…>: …". */
const EXIM_REJECTED_LINE = /^[^\n]*\brejected RCPT <([^\s<>@]+@[^\s<>]+)>:[^\n]*$/gm
const EXIM_LOG_LINE =
  /^[^\n]*?\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (?:\*\*|==|=>|->) <?([^\s<>@:]+@[^\s<>:]+?)>?(?=[\s:])[^\n]*$/gm

/**
 * A log of several recipients' deliveries (Postfix's and Sendmail's lines, record rows and
 * webhook events, record-lines.ts):
 * each recipient's last line is where its message stands ("status=deferred" at 15:00,
 * "status=sent" at 15:41), whatever the other recipients' lines say.
 */
function deliveryLogBlocks(human: string): RecipientBlock[] {
  const last = new Map<string, string>()
  for (const m of human.matchAll(DELIVERY_LOG_LINE)) last.set((m[1] as string).toLowerCase(), m[0])
  for (const m of human.matchAll(EXIM_LOG_LINE)) last.set((m[1] as string).toLowerCase(), m[0])
  for (const m of human.matchAll(EXIM_REJECTED_LINE)) last.set((m[1] as string).toLowerCase(), m[0])
  for (const row of [...recordRows(human), ...eventRows(human)]) last.set(row.recipient, row.text)
  if (last.size < 2) return []
  return [...last].map(([recipient, text]) => ({ recipient, text, logLine: true }))
}

/**
 * A line that holds just an address: "<bob@example.net>:", "  bob@example.net", "bob@example.net (Bob)",
 * Outlook's "'bob@example.net' on 30/11/2026 10:00" (German "am", French "le"…). The blanks before the
 * end are matched once: a run of them between an address and more text costs one pass, not one per blank.
 * A label glued on by a colon ("收件人：bob@…") is no part of it: a local part holds no unquoted colon
 * (RFC 5322 §3.2.3).
 */
const ADDRESS_LINE =
  /^[ \t]*(?:--?[ \t]+|\*[ \t]+)?[<"']?([^\s<>@"':：，；（）][^\s<>@":：，；（）]*@[A-Za-z0-9.-]+\.[A-Za-z]{2,})[>"']?:?[ \t]*(?:(?:\([^\n)]*\)|(?:on|am|le|el|il|em|op|på|den) (?:[A-Z][a-z]{2},|\d)[^\n]*)[ \t]*)?$/gm
/**
 * Postfix and qmail open each recipient's paragraph with "<address>:" (Postfix "<target> (expanded
 * from <alias>):" for an alias, named by the alias the sender wrote), Barracuda with "<address>
 * (host '…' rejected command …)", OpenSMTPD with "address: error" (bounce.c); Zoho writes
 * "address Invalid Address, ERROR_CODE :550, …" and "[Status: Error, Address: <address>, …]".
 */
const ADDRESS_OPENER =
  /^<([^\s<>@]+@[^\s<>]+)>(?::| \(host )|^([^\s<>@:"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}): (?=\S)|^<?[^\s<>@]+@[^\s<>]+?>? \(expanded\s+from\s+<?([^\s<>@]+@[^\s<>():]+?)>?\)?:|^([^\s<>@]+@[^\s<>]+) Invalid Address,|^\[Status: \w+, Address: <([^\s<>@]+@[^\s<>]+)>/gm
const ADDR = String.raw`<?([^\s<>"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?`
const DELIVERED_TO_PHRASE = new RegExp(
  [
    String.raw`(?:failed|undeliverable|rejected|invalid) (?:address|recipient)(?:es|s|\(es\)|\(s\))?:[ \t]*${ADDR}`,
    String.raw`(?:wasn't|was not|couldn't be|could not be|not) delivered to:?\s+${ADDR}`,
    String.raw`delivery to the following recipients? (?:failed|has been delayed)[^\n]*\n\s*${ADDR}`,
    String.raw`problem delivering your message to:?\s+${ADDR}`,
    String.raw`your (?:message|e-?mail) to:?\s+${ADDR}\s+(?:could not|couldn't|cannot|can't|was not|wasn't|has not|was rejected|was held)`,
    // Gmail's notice in the sender's language: "no se ha entregado a bob@…", "n'a pas été distribué
    // à bob@…", "lors de la remise de votre message à bob@…", "wurde nicht an bob@… zugestellt".
    String.raw`(?:no se ha entregado a|no se ha podido entregar a|n'a pas été (?:distribué|remis|livré) à|remise de votre message à|não foi entregue (?:a|para)|non è stato (?:recapitato|consegnato) a|nicht an|niet (?:bezorgd|afgeleverd) (?:bij|aan))\s+${ADDR}`,
  ].join('|'),
  'im',
)

/**
 * Where a list of recipients ends and a part about them all begins: Sendmail's "----- Transcript of
 * session follows -----", the returned message ("----- Original message follows -----", Exim's
 * "------ This is a copy of the message, including all the headers. ------").
 */
const SECTION_END =
  /^[ \t]*-{3,}[ \t]*(?:Transcript of session follows|Original message follows|This is a copy of the message|Message header follows|Unsent message below)\b/gim

/**
 * Splits the readable text into one block per recipient where the MTA lists them; otherwise one
 * block for the whole text, named by X-Failed-Recipients (Exim, Gmail) or a "not delivered to"
 * phrase when there is one.
 */
/**
 * The text without a message body typed into a session: the lines between "354" and the lone "."
 * are the message, not the server's words ("Subject: DKIM test" says nothing about the refusal).
 */
export function withoutMessageBody(text: string): string {
  const opening = /^354[ -][^\n]*\n/gm
  const closing = /^\.[ \t]*\r?$/gm
  let kept = ''
  let from = 0
  // One forward pass: each body ends at the first lone "." after its 354; none, and the rest stays.
  for (let open = opening.exec(text); open; open = opening.exec(text)) {
    closing.lastIndex = open.index + open[0].length
    const close = closing.exec(text)
    if (!close) break
    kept += text.slice(from, open.index + open[0].length)
    from = close.index
    opening.lastIndex = close.index + close[0].length
  }
  return from === 0 ? text : kept + text.slice(from)
}

export function recipientBlocks(human: string, headers: Map<string, string>): RecipientBlock[] {
  const logged = deliveryLogBlocks(human)
  if (logged.length > 0) return logged
  // A program's error listing each refused recipient with its own reply (smtplib, PHPMailer).
  const refusals = programRefusals(human)
  if (refusals.length > 1) {
    const first = refusals[0]?.start ?? 0
    const opening = human.slice(Math.max(0, first - 3000), first)
    return refusals.slice(0, MAX_RECIPIENTS).map(({ recipient, reply }) => ({
      recipient,
      own: reply,
      text: `${reply}\n${opening}`,
      replied: true as const,
    }))
  }
  const openers = [...human.matchAll(ADDRESS_OPENER)]
  const marks = openers.length > 0 ? openers : [...human.matchAll(ADDRESS_LINE)]
  if (marks.length > 0) {
    const byRecipient = new Map<string, string[]>()
    const sections = [...human.matchAll(SECTION_END)].map((s) => s.index)
    marks.forEach((m, i) => {
      const recipient = (m.slice(1).find(Boolean) as string).toLowerCase()
      const start = m.index ?? 0
      // One listed recipient: everything after it is about it, the transcript too.
      const section = (marks.length > 1 ? sections.find((at) => at > start) : undefined) ?? human.length
      const end = Math.min((marks[i + 1]?.index ?? human.length) as number, section)
      const list = byRecipient.get(recipient) ?? []
      list.push(human.slice(start, end))
      byRecipient.set(recipient, list)
    })
    const blocks = [...byRecipient].map(([recipient, texts]) => ({ recipient, text: texts.join('\n') }))
    // Text before the first listed address (Exchange's summary, Exim's preamble) belongs to all;
    // only its end, so that many blocks never repeat a long preamble.
    const first = marks[0]?.index ?? 0
    const preamble = human.slice(Math.max(0, first - 3000), first)
    const named = blocks.filter((b) => !isSender(b.recipient, headers))
    if (named.length > 0) return named.map((b) => ({ ...b, own: b.text, text: `${b.text}\n${preamble}` }))
  }
  // Exim's and Gmail's X-Failed-Recipients, or a message trace pasted as a list whose first
  // lines parse as fields ("RecipientAddress : bob@…", PowerShell's Format-List), or a list in the text.
  const { listed, lists } = listedRecipients(human, headers, (a) => isSender(a, headers))
  // The recipients the replies refuse by name, and of a list the ones a refusal names: one is the
  // whole text's; several are each read from their own lines.
  const named = headers.has('x-failed-recipients')
    ? []
    : [
        ...new Set([
          ...refusedRecipients(human.slice(0, 20_000)),
          ...(listed.length > 1 ? namedByRefusal(human, listed, lists) : refusedAlone(human)),
        ]),
      ].filter((a) => !isSender(a, headers))
  if (named.length === 1) return [{ recipient: named[0] as string, text: human }]
  if (named.length > 1) {
    const lines = human.split('\n', 20_000)
    const opening = beforeFirstRefusal(human)
    return named.slice(0, MAX_RECIPIENTS).map((recipient) => {
      const own = linesNaming(lines, recipient)
      return { recipient, own, text: `${own}\n${opening}`, replied: true as const }
    })
  }
  // A list whose replies name none of them (a refused sender, "550 5.1.1 User unknown" alone): the
  // text is about them all.
  if (listed.length > 1) {
    // Not one the server accepted ("RCPT TO:<bob@…>" then "250 2.1.5 Ok").
    const accepted = acceptedOnLines(human.slice(0, 200_000))
    const refused = listed.filter((recipient) => !accepted.has(recipient))
    // Every one accepted, then the message refused (after DATA): it failed for them all; accepted
    // and nothing refused, it failed for none.
    const failed = refused.length > 0 ? refused : refusesAnything(human.slice(0, 200_000)) ? listed : []
    return failed.map((recipient) => ({
      recipient,
      text: human,
      shared: true as const,
    }))
  }
  const phrase = DELIVERED_TO_PHRASE.exec(human)
  const recipient = listed[0] ?? findAddress(phrase?.slice(1).find(Boolean) ?? '')
  return [recipient ? { recipient, text: human } : { text: human }]
}

/**
 * The lines of a text that name an address, with the reply after a command that names it
 * (">>> RCPT To:<bob@…>" then "<<< 452 …"): at most 20, each cut at 1,000 characters.
 */
export function linesNaming(text: string | string[], address: string): string {
  const lines = typeof text === 'string' ? text.split('\n') : text
  const found: string[] = []
  // The whole address: "bob@example.net" is not the end of "jimbob@example.net".
  const named = new RegExp(
    String.raw`(?<![\w.!#$%&'*+/=?^\`{|}~-])${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w.-])`,
    'i',
  )
  for (let i = 0; i < lines.length && found.length < 20; i++) {
    const line = (lines[i] as string).slice(0, 1000)
    if (!named.test(line) || ADDRESS_LINE_ALONE.test(line)) continue
    found.push(line)
    const reply = RCPT_COMMAND.test(line) ? replyTo(lines, i) : undefined
    if (reply !== undefined) found.push(reply.slice(0, 1000))
  }
  return found.join('\n')
}

/** A line that holds only an address: the list's own entry, not a line about it. */
const ADDRESS_LINE_ALONE = /^[ \t]*<?[^\s<>@:：，；（）]+@[^\s<>]+?>?:?[ \t]*\r?$/

/**
 * Without a list, the addresses each refusal line names alone ("Failed to send to bob@…: 550 …",
 * "carol@… - 452 4.2.2 …"), when there are two or more: one alone may be the user's own address
 * ("4.3.0 <alice@…>: Temporary lookup failure", "Your email address, alice@…, is not subscribed").
 */
function refusedAlone(human: string): string[] {
  const text = human.slice(0, 200_000)
  const found = refusedOnLines(text, [], true)
  // One alone counts when a RCPT TO names it and its reply (paired in order) refuses it.
  return found.length > 1 ? found : refusedOnLines(text, [], true, true)
}

/** Addresses that are the bounce's own sender or postmaster are not failed recipients. */
function isSender(address: string, headers: Map<string, string>): boolean {
  const from = findAddress(headers.get('from') ?? '')
  const to = findAddress(headers.get('to') ?? '')
  return address === from || address === to || /^(?:postmaster|mailer-daemon)@/i.test(address)
}
