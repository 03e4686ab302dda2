// A paste that lists its recipients in one line ("Recipients: bob@…, carol@…", Exim's and Gmail's
// X-Failed-Recipients, a log's "recipients: bob@…, carol@…: 550 …") above a reply. The reply says
// which of them it refused when it names some ("RCPT TO:<carol@…> 550 …", "… (carol@…)"); a
// reply that names none (a refused sender, "550 5.1.1 User unknown" alone) is about them all.

import { DESK_ADDRESS } from './desk-addresses'
import { findAddress } from './dsn'
import { NOTICE_SENDER } from './message-kind'

const ADDRESS = String.raw`<?[^\s<>@"',;:：，；（）]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}>?`
/** "Recipients: a@…, b@…", "rcpt: {a@…; b@…}": two addresses at least, in a row. */
const LIST_IN_TEXT = new RegExp(
  String.raw`(?:^|[\s,(])(?:x-failed-recipients|recipients?(?: failed)?|rcpts?)[ \t]*[:=][ \t]*[{[(]?[ \t]*((?:${ADDRESS}[ \t]*[,;][ \t]*)+${ADDRESS})`,
  'gi',
)

/** A log's JSON array of recipients: Go's and Node's structured logs ("to":["bob@…","carol@…"]). */
const LIST_IN_JSON = new RegExp(
  String.raw`"(?:to|recipients?|rcpts?|to_addrs?)"[ \t]*:[ \t]*\[[ \t]*((?:"${ADDRESS}"[ \t]*,[ \t]*)+"${ADDRESS}")`,
  'gi',
)

/** A refusal line's own list: "Failed to send email from alice@… to bob@…, carol@…: 550 …". */
const LIST_BEFORE_REPLY = new RegExp(
  String.raw`\bto[ \t]+((?:${ADDRESS}[ \t]*,[ \t]*)+${ADDRESS})[ \t]*:[ \t]*(?=[45]\d\d\b)`,
  'gi',
)

/**
 * An entry of a typed list: an address, bare, quoted or bracketed, after a name or not (a name only
 * before a bracket: "Dear alice@…, your message to bob@…" is no list; "Bob Miller
 * <bob@…>", "'bob@…'", "Bob Miller (bob@…)", '"Bob Miller" <bob@…>' or "'Bob Miller' <bob@…>", as
 * Outlook copies its To line).
 */
const ENTRY = String.raw`(?:(?:"[^"\n@]{1,60}"|'[^'\n@]{1,60}'|\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3})[ \t]*(?=[<(]))?[<('"]?[^\s<>()@"',;:：，；（）・]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}[>)'"]?`
/** Between a list's entries: a comma or a semicolon, or "and" in the languages the explainer reads. */
const SEPARATOR = String.raw`(?:[ \t]*[,;][ \t]*(?:(?:and|und|et|y|ve|en|e)[ \t]+)?|[ \t]+(?:and|und|et|y|ve|en|e)[ \t]+)`
/**
 * A list after a reply, on its line or the next ("bounce with 550 5.1.1 User unknown: bob@…,
 * carol@…"); not a list of senders (Amazon SES's "The following identities failed the check …:
 * noreply@…"). A line of addresses alone may list anyone ("Cc'd on the thread were:").
 */
const LIST_AFTER_REPLY = new RegExp(
  String.raw`\b[45]\d\d\b(?:(?!identit|sender)[^\n@]){0,120}(?::|[ \t](?:for|to))[ \t]*(?:\r?\n[ \t]*)?((?:${ENTRY}${SEPARATOR}){1,50}${ENTRY})(?=[ \t]*(?:[.;,!?]|\r?$))`,
  'gimu',
)

/**
 * A typed list ahead of the reply that refuses it, in a sentence ("Mails to bob@… and carol@…
 * bounce with 550 …") or opening the reply's line ("bob@…, carol@…: 550 …").
 */
const LIST_AHEAD_OF_REPLY = new RegExp(
  String.raw`(?:\b(?:to|both)[ \t]+|^[ \t]*)((?:${ENTRY}${SEPARATOR}){1,12}${ENTRY})(?=[ \t]*:[ \t]*[45]\d\d\b|[^\n@]{0,60}\b[45]\d\d\b)`,
  'gimu',
)

/**
 * A typed list the writer says shares the one error pasted below it: "Every mail to a@…, b@… and
 * c@… bounces with the same error", "üç müşteriye (a@…, b@…, c@…) attığımız her mail aynı hatayla
 * dönüyor", or a line "Mail to a@… and b@… bounced:" right above the reply. A reply follows within a
 * few lines.
 */
const LIST_SHARING_ERROR = new RegExp(
  String.raw`^(?=[^\n]*(?:\bsame (?:error|bounce|reply|response|message)|\bsame for (?:all|both|each|every)|\b(?:all|both) (?:of them |three |four )?(?:bounce|fail|get|return)|\bayn[ıi] (?:hata|yan[ıi]t|ileti|mesaj)|\b(?:hepsi|ikisi|üçü|dördü|tümü)(?:ne|nde)? (?:de|için)|[:：][ \t]*\r?$))[^\n@]{0,200}?((?:${ENTRY}${SEPARATOR}){1,12}${ENTRY})(?=[^\n@]*\n(?:[^\n]*\n){0,6}?[^\n]*(?:^|[\s:;(])[45]\d\d[ -])`,
  'gimu',
)

/** Where a list stands in the text: its addresses are not named again by it. */
export interface ListSpan {
  start: number
  end: number
}

/** The recipients a header field or a line of the text lists, the sender's own addresses left out. */
export function listedRecipients(
  human: string,
  headers: Map<string, string>,
  isSender: (address: string) => boolean,
): { listed: string[]; lists: ListSpan[] } {
  const field =
    headers.get('x-failed-recipients') ??
    headers.get('recipientaddress') ??
    headers.get('recipients') ??
    toList(human, headers)
  const typed = human.slice(0, 20_000)
  const found = [
    ...human.matchAll(LIST_IN_TEXT),
    ...human.matchAll(LIST_IN_JSON),
    ...human.matchAll(LIST_BEFORE_REPLY),
    // A typed list is a person's, near the top: read in the first 20,000 characters, so a hostile
    // paste of list-like lines costs one bounded pass.
    ...typed.matchAll(LIST_AFTER_REPLY),
    ...typed.matchAll(LIST_AHEAD_OF_REPLY),
    ...typed.matchAll(LIST_SHARING_ERROR),
  ].sort((a, b) => a.index - b.index)
  const lists = found.map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // The addresses of the first lists only: a paste of thousands of lists names no more recipients.
  const listed = [field.replace(/^\{|\}$/g, ''), ...found.slice(0, 20).map((m) => m[1] as string)]
    .flatMap((list) => list.split(/[,;]|\s(?:and|und|et|y|ve|en|e)\s/))
    .map((a) => findAddress(a.replace(/['"]/g, ' ')))
    .filter((a): a is string => a !== undefined && !isSender(a))
  return { listed: [...new Set(listed)], lists }
}

/**
 * A pasted message's own header naming its recipients ("To: bob@…, carol@…", "Cc: dave@…"), unless
 * a notice sent it: of them, the ones the rest of the text names ("Your message to dave@… couldn't
 * be delivered"), else every To of several.
 */
function toList(human: string, headers: Map<string, string>): string {
  if (NOTICE_SENDER.test(headers.get('from') ?? '')) return ''
  const to = headers.get('to') ?? ''
  const copies = `${headers.get('cc') ?? ''},${headers.get('bcc') ?? ''}`
  const rest = human.slice(0, 200_000).replace(TO_LINE, '')
  const named = new Set([...rest.matchAll(NAMED)].map((m) => (m[1] as string).toLowerCase()))
  // Of To, Cc and Bcc, the recipients the notice names; none named, every To of several.
  const everyone = `${to},${copies}`.split(/[,;]/).map((a) => findAddress(a))
  const mentioned = everyone.filter((a) => a !== undefined && named.has(a))
  if (mentioned.length > 0) return [...new Set(mentioned)].join(', ')
  return /[,;]/.test(to) ? to : ''
}
/** A header block's own recipient lines, with their folded continuations. */
const TO_LINE = /^(?:to|cc|bcc)[ \t]*:[^\n]*(?:\n[ \t]+[^\n]*)*/gim

/**
 * The listed recipients a refusal names, outside the lists themselves: a line with a 4xx or 5xx
 * reply that names it ("550 5.1.1 <carol@…>... User unknown", "Error for carol@…: 550 …"), or a
 * RCPT TO naming it that the next line refuses (RFC 5321 §4.1: each reply answers the command
 * before it). A recipient the server accepted, a contact ("write to bob@…"), a signature or a
 * quoted "Bob <bob@…> wrote:" is no refusal's.
 */
export function namedByRefusal(human: string, listed: string[], lists: ListSpan[]): string[] {
  const named = new Set(refusedOnLines(human, lists))
  return listed.filter((address) => named.has(address))
}

/**
 * Every address a refusal line names alone, in order, each once: "Failed to send to bob@…: 550 …",
 * "bob@… - 452 4.2.2 …", a RCPT TO whose reply refuses it. A line naming two addresses ("from
 * alice@… to bob@…") or a sender says nothing of one recipient when there is no list.
 */
export function refusedOnLines(
  human: string,
  lists: ListSpan[] = [],
  alone = false,
  commands = false,
): string[] {
  let rest = ''
  let from = 0
  for (const list of lists) {
    rest += `${human.slice(from, list.start)} `
    from = list.end
  }
  rest += human.slice(from)
  const lines = rest.split('\n', 50_000)
  // Every address a refusal names, once: a list of thousands costs one pass, not one per address.
  const named = new Set<string>()
  // The envelope's sender ("MAIL FROM:<alice@…>", "from=<alice@…>") is never a refused recipient.
  const senders = new Set(
    [...rest.slice(0, 200_000).matchAll(/(?:MAIL FROM: ?|\bfrom=)<([^<>\s]+)>/gi)].map((m) =>
      (m[1] as string).toLowerCase(),
    ),
  )
  lines.forEach((line, i) => {
    if (
      !line.includes('@') ||
      QUOTED.test(line) ||
      (commands && !RCPT_COMMAND.test(line)) ||
      !refuses(lines, i)
    )
      return
    const found = [...line.matchAll(NAMED)].filter(
      (m) => !CONTACT_BEFORE.test(line.slice(Math.max(0, (m.index ?? 0) - 40), m.index)),
    )
    if (alone && (found.length !== 1 || SENDER_WORDS.test(line) || DESK_ADDRESS.test(found[0]?.[1] ?? '')))
      return
    for (const m of found) {
      const address = (m[1] as string).toLowerCase()
      if (!senders.has(address)) named.add(address)
    }
  })
  return [...named]
}

/** The text refuses something: a line with a 4xx or 5xx reply that accepts nothing. */
export function refusesAnything(human: string): boolean {
  return human
    .split('\n', 50_000)
    .some((line) => !QUOTED.test(line) && REFUSAL.test(line) && !ACCEPTANCE.test(line))
}

/** The addresses a line accepts ("RCPT TO:<bob@…> 250 …", a RCPT TO whose reply is 2xx): never refused. */
export function acceptedOnLines(human: string): Set<string> {
  const lines = human.split('\n', 50_000)
  const accepted = new Set<string>()
  lines.forEach((line, i) => {
    if (!line.includes('@') || QUOTED.test(line)) return
    const reply = RCPT_COMMAND.test(line) && !ACCEPTANCE.test(line) ? replyTo(lines, i) : line
    if (reply === undefined || !ACCEPTANCE.test(reply) || REFUSAL.test(reply)) return
    for (const m of line.matchAll(NAMED)) accepted.add((m[1] as string).toLowerCase())
  })
  return accepted
}

/**
 * A reply code of a refusal where a reply stands: at a line's start (after a transcript's marker or
 * a time), after a colon ("… said: 550 …"), or with its enhanced code ("RCPT TO:<…> 550 5.1.1");
 * an enhanced code of those classes alone. A phone number, a room or an extension ("+1 425 555",
 * "Room 451", "ext. 450") is none.
 */
const REFUSAL =
  /(?:^[\s\d:.T-]*(?:<<<|<\*\*|<~\*|S:|<-|SERVER -> CLIENT:|reply: b?['"])?[ \t]*[45]\d\d(?:[ -]|$)|\b(?:said|replied|responded|returned|answered|response|error|code)[:=]?[ \t]+\(?[45]\d\d\b|[:=][ \t]*\(?[45]\d\d(?:[ ,-]|$)|(?:^|[\s'"(:,{])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b|(?:^|[\s'"(:,{])[45]\.\d{1,3}\.\d{1,3}\b)/
const ACCEPTANCE =
  /(?:^[\s\d:.T-]*(?:<<<|<\*\*|<~\*|S:|<-|SERVER -> CLIENT:|reply: b?['"])?[ \t]*2\d\d(?:[ -]|$)|[:=][ \t]*2\d\d(?:[ ,-]|$)|(?:^|[\s'"(:,{])2\d\d[ -]2\.\d{1,3}\.\d{1,3}\b|(?:^|[\s>])2\d\d (?:OK|Ok|ok)\b)/
/** A RCPT TO as a client writes it: bare, behind ">>>", "C:", PHPMailer's "CLIENT -> SERVER:" or smtplib's "send: '". */
export const RCPT_COMMAND = /(?:^|[\s'">:])RCPT TO:/i
/** A command a client sends: several in a row are pipelined, their replies follow in order (RFC 2920 §3.1). */
const COMMAND = /(?:^|[\s'">:])(?:RCPT TO:|MAIL FROM:|DATA\b|BDAT\b|RSET\b)/i
/** A quoted line ("> 552 5.2.2 <bob@…> mailbox full, I saw this last week"), not a transcript's ">>>". */
const QUOTED = /^[ \t]*>(?!>)/
const SENDER_WORDS =
  /\bsender\b|\bMAIL FROM\b|\bfrom[ =:]|\bfrom \(?<|\bF=|\bauthenticat|\blog ?in\b|\blogon\b|\bAUTH\b|\bpassword\b|\bcredentials\b|\bidentit(?:y|ies)\b|\bnot verified\b/i

function refuses(lines: string[], i: number): boolean {
  const line = lines[i] as string
  if (ACCEPTANCE.test(line)) return false
  if (REFUSAL.test(line)) return true
  if (!RCPT_COMMAND.test(line)) return false
  const reply = replyTo(lines, i)
  return reply !== undefined && REFUSAL.test(reply) && !ACCEPTANCE.test(reply)
}

/** The reply to the command on line `i`: the next line, or its place among pipelined replies. */
export function replyTo(lines: string[], i: number): string | undefined {
  const at = replyAt(lines, i)
  return at === undefined ? undefined : lines.slice(at, endOfReply(lines, at) + 1).join('\n')
}

/** Where the reply to the command on line `i` starts. */
function replyAt(lines: string[], i: number): number | undefined {
  // A pipelined group is as long as a client's send buffer allows: beyond 100 commands it is no
  // group a reply can be paired in, and the walk stays bounded on a hostile paste.
  let first = i
  while (first > 0 && i - first < 100 && COMMAND.test(lines[first - 1] as string)) first--
  let last = i
  while (last + 1 < lines.length && last - i < 100 && COMMAND.test(lines[last + 1] as string)) last++
  if (last - first >= 100) return undefined
  // Each reply may run over several lines ("550-5.1.1 …" up to "550 5.1.1 …", RFC 5321 §4.2.1);
  // a blank line before the replies is none.
  let at = last + 1
  while (at < lines.length && (lines[at] as string).trim() === '') at++
  for (let k = 0; k < i - first && at < lines.length; k++) at = endOfReply(lines, at) + 1
  return at < lines.length ? at : undefined
}

const CONTINUED =
  /^\s*(?:\d{4}-\d\d-\d\d[ T][\d:.]+\S*\s+)?(?:<<<|<\*\*|<~\*|S:|<-|SERVER -> CLIENT:)?[ \t]*\d{3}-/

function endOfReply(lines: string[], at: number): number {
  let end = at
  while (end < lines.length - 1 && end - at < 50 && CONTINUED.test(lines[end] as string)) end++
  return end
}

/**
 * What became of the message itself after DATA (or BDAT) in a session: refused, with the reply
 * ("554 5.7.1 Message rejected" after the final ".", or a refusal of DATA), accepted ("250 2.0.0
 * Ok: queued"), or neither in the paste. RFC 5321 §4.1.1.4: the reply to the end of the data is
 * about the whole message, so every recipient accepted before it shares it.
 */
export function dataOutcome(human: string): { refused: string } | 'accepted' | undefined {
  const lines = human.split('\n', 50_000)
  const data = lines.findIndex((line) => DATA_COMMAND.test(line))
  // DATA's own reply, paired with it among pipelined commands (RFC 2920 §3.1): a refusal, or 354
  // and then the reply to the end of the data, the next reply after it.
  const reply = data < 0 ? undefined : replyAt(lines, data)
  if (reply === undefined) return undefined
  for (let at = reply; at < lines.length && at - reply < 5000; at++) {
    const line = lines[at] as string
    if (QUOTED.test(line)) continue
    if (ACCEPTANCE.test(line)) return 'accepted'
    if (REFUSAL.test(line)) return { refused: lines.slice(at, endOfReply(lines, at) + 1).join('\n') }
  }
  return undefined
}
/**
 * A session's transactions, each from its MAIL FROM to the next (RFC 5321 §3.3): a client that keeps
 * its connection sends several messages, each accepted or refused after its own DATA. At most
 * 5,000, so a hostile paste stays one pass.
 */
export function transactions(human: string): string[] {
  const text = human.slice(0, 200_000)
  const starts = [...text.matchAll(MAIL_COMMAND)].slice(0, 5000).map((m) => m.index)
  // What comes before the first MAIL FROM: a greeting and EHLO, or the end of a transaction the
  // paste starts in the middle of.
  const bounds = [0, ...starts.filter((at) => at > 0)]
  return bounds.map((start, i) => text.slice(start, bounds[i + 1] ?? text.length))
}
const MAIL_COMMAND = /^[^\n]*?(?:^|[\s'">:])MAIL FROM:/gim

/**
 * The session took every message it was given after DATA and refused no recipient at RCPT TO:
 * nothing failed, whatever else it refused on the way (smtplib's login tries CRAM-MD5, is refused
 * with 535 and logs in with PLAIN).
 */
export function sessionDelivered(human: string): boolean {
  const parts = transactions(human)
  const outcomes = parts.map(dataOutcome)
  // Every transaction a MAIL FROM opens ends with its message taken, or is retried by a later one
  // that was ("530 Must issue a STARTTLS command first", then STARTTLS and MAIL FROM again): one
  // refused at MAIL FROM ("421 4.7.0 too many messages in this session") or after DATA sent nothing.
  const lastTaken = outcomes.lastIndexOf('accepted')
  const allTaken = parts.every(
    (part, i) =>
      outcomes[i] === 'accepted' ||
      (outcomes[i] === undefined && (!MAIL_COMMAND_AT_START.test(part) || i < lastTaken)),
  )
  return (
    outcomes.includes('accepted') &&
    allTaken &&
    refusedOnLines(human.slice(0, 200_000), [], false, true).length === 0
  )
}
const MAIL_COMMAND_AT_START = /^[^\n]*?(?:^|[\s'">:])MAIL FROM:/i

/** DATA or BDAT as a client writes it, alone on its line (smtplib's debug: "send: 'data\\r\\n'"). */
const DATA_COMMAND = /(?:^|[\s>:])(?:DATA|BDAT \d+(?: LAST)?)[ \t]*\r?$|send: b?'data\\r\\n'/

/** A contact ("write to bob@…") or a forward-path ("please try <new@…>", RFC 5321 §3.4): no refused recipient. */
const CONTACT_BEFORE =
  /(?:contact|write to|mailto:|e-?mail (?:us|to)|send (?:a message|mail) to|reach (?:us|me|our)|please try|moved to|forwarded to|new address(?: is)?)[^@\n]{0,25}$/i

/** An address as a whole: "bob@…" is not the end of "jimbob@…", nor "…@example.net" of "…@example.network". */
const NAMED =
  /(?<![\w.!#$%&'*+/=?^`{|}~-])([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w-])/g

/** Where the first refusal's line starts: the text before it is said of every recipient. */
export function beforeFirstRefusal(human: string): string {
  const lines = human.split('\n', 5000)
  let at = 0
  for (const line of lines) {
    if (REFUSAL.test(line) || RCPT_COMMAND.test(line)) break
    at += line.length + 1
  }
  return human.slice(Math.max(0, Math.min(at, human.length) - 3000), at)
}
