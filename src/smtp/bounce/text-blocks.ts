// Which part of a bounce's human-readable text (human-ranges.ts) is about which recipient: a log's
// lines, a program's refusals, the paragraphs an MTA opens with each address, a list's entries.

import { destinationNotices } from './destination-notices'
import { markedRecipient } from './failed-address'
import { MAX_RECIPIENTS } from './limits'
import { TRACE_ROW_DELIVERED } from './message-kind'
import { programRefusals } from './program-refusals'
import type { RecipientBlock } from './recipient-block'
import { refusedOnLines } from './recipient-list'
import { eventLineRows, eventRows, recordRows } from './record-lines'
import { isSender, refusalBlocks } from './refusal-blocks'
import { refusedRecipients } from './refused-recipients'
import { belowSignOff, REPLY_IN_LINE, senderLabelled, signatureOf, signsNote } from './signature'
import { statusRows } from './status-table'
import { javaMailLists } from './valid-unsent'

export type { RecipientBlock } from './recipient-block'
export { linesNaming } from './refusal-blocks'

/** Postfix's and Sendmail's delivery log line: "… to=<bob@…>, relay=…, status=bounced (…)". */
const DELIVERY_LOG_LINE = /^[^\n]*\bto=<([^\s<>@]+@[^\s<>]+)>,[^\n]*\bstat(?:us)?=[^\n]*$/gm
/** Exim's main log line for a recipient it refused itself: "H=… F=<…> rejected RCPT <bob@…>: …". */
const EXIM_REJECTED_LINE = /^[^\n]*\brejected RCPT <([^\s<>@]+@[^\s<>]+)>:[^\n]*$/gm
/**
 * Exim's main log line for one recipient, after the message's id: "** bob@… …" failed, "== bob@… …
 * defer" deferred, "=> bob@… …" and "-> bob@… …" delivered (Exim specification, "Log files").
 */
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
  for (const row of eventLineRows(human)) last.set(row.recipient, row.text)
  const events = eventRows(human)
  const table = statusRows(human)
  for (const row of [...recordRows(human), ...table, ...events]) last.set(row.recipient, row.text)
  // A dashboard's rows for one recipient: its chosen row is where its mail stands.
  if (last.size === 1 && table.length === 1 && last.get(table[0]?.recipient as string) === table[0]?.text)
    return table.map(({ recipient, text }) => ({ recipient, text, logLine: true }))
  // One recipient's events (a webhook batch): its latest one is where its mail stands.
  if (last.size === 1 && events.length > 1 && events.every((e) => e.recipient === events[0]?.recipient))
    return [...last].map(([recipient, text]) => ({ recipient, text, logLine: true }))
  if (last.size === 1) return deliveredAtLast(human, last)
  if (last.size < 2) return []
  return [...last].map(([recipient, text]) => ({ recipient, text, logLine: true }))
}

/**
 * One recipient's log that ends in its delivery ("status=sent", "stat=Sent", Exim's "=>", a trace's
 * "Delivered" row), after
 * every refusal the log holds: an earlier MX's "421 … (in reply to end of DATA command)" or Exim's
 * "H=mx1 … SMTP error … 451" was an attempt the delivery through the next MX superseded.
 */
function deliveredAtLast(human: string, last: Map<string, string>): RecipientBlock[] {
  const [recipient, line] = [...last][0] as [string, string]
  if (!DELIVERED_LINE.test(line)) return []
  const at = human.lastIndexOf(line)
  // Only a transient refusal is an attempt the next MX supersedes; a permanent one ("550", Exim's
  // "**") is final, and a refusal after the delivery is the last word.
  const superseded =
    !PERMANENT_BEFORE.test(human.slice(0, at)) && !REFUSAL_AFTER.test(human.slice(at + line.length))
  return superseded ? [{ recipient, text: line, logLine: true }] : []
}
const DELIVERED_LINE = new RegExp(
  String.raw`\bstatus=sent\b|\bstat=Sent\b|\s=> \S+@|${TRACE_ROW_DELIVERED.source}`,
)
/** A reply of a refusal after the delivered line: the delivery is not the last word. */
const REFUSAL_AFTER = /(?:^|[\s(:'"])[45]\d\d[ -]/
const PERMANENT_BEFORE = /(?:^|[\s(:'"])5\d\d[ -]|\s\*\* \S+@|\bstatus=bounced\b/

/**
 * A line that holds just an address: "<bob@example.net>:", "  bob@example.net", "bob@example.net (Bob)",
 * a list's "Bob Miller <bob@example.net>" or "Bob Miller - bob@example.net", bulleted or numbered,
 * Outlook's "'bob@example.net' on 30/11/2026 10:00" (German "am", French "le"…). The blanks before the
 * end are matched once: a run of them between an address and more text costs one pass, not one per blank.
 * A label glued on by a colon ("收件人：bob@…") is no part of it: a local part holds no unquoted colon
 * (RFC 5322 §3.2.3). Nor is a setting's line ("MAIL_FROM_ADDRESS=noreply@…" in a pasted .env) a list's entry.
 */
const ADDRESS_LINE =
  /^[ \t]*(?:--?[ \t]+|[*•·◦▪–][ \t]+|・[ \t]*|\d{1,3}[.)][ \t]+)?(?:\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}[ \t]+(?:[-–][ \t]+(?![<(])|(?=[<(])))?[<"'(]?(?![A-Z][A-Z0-9]*_[A-Z0-9_]*=)([^\s<>@"':：，；（）・][^\s<>@":：，；（）]*@[\p{L}\p{N}.-]+\.\p{L}{2,})[>"')]?[:;,]?[ \t]*(?:(?:\([^\n)]*\)|(?:on|am|le|el|il|em|op|på|den) (?:[A-Z][a-z]{2},|\d)[^\n]*)[ \t]*)?$/gmu
/**
 * Address lines that are no signature: none below a sign-off ("Thanks,"), none that ends the paste
 * below a list whose entries have their replies, nor one alone when the text marks another address
 * as the recipient (a RCPT TO, "to=<…>", "Emails to lisa@… bounce" above "Tom Baker" / "tom.baker@…").
 */
function signatureLeftOut(
  human: string,
  headers: Map<string, string>,
  marks: RegExpExecArray[],
): RegExpExecArray[] {
  // Below a sign-off an address line is the writer's; below a name alone it may as well be the
  // recipient ("Bob Miller" / "bob@…"), so it is left to the text's own reading.
  const { at, signedOff } = signatureOf(human)
  const kept = marks.filter(
    (m) =>
      (!signedOff || m.index < at) &&
      !belowSignOff(human, m.index) &&
      !senderLabelled(human, m.index) &&
      !signsNote(human, m.index),
  )
  // Only lines below a name: the text's own reading (readRecipient) decides, the name's address last.
  const unsigned = kept.filter((m) => m.index < at)
  // A reply that names its address ("<tanaka@…>: Recipient address rejected") outranks address
  // lines below it, which may be the writer's signature in any script ("山田太郎" / "yamada@…").
  const refused = refusedRecipients(human.slice(0, 20_000))
  const refusedAt = refused.length > 0 ? human.toLowerCase().indexOf(refused[0] as string) : -1
  if (
    refusedAt >= 0 &&
    unsigned.every((m) => m.index > refusedAt && !refused.includes((m[1] ?? '').toLowerCase()))
  )
    return []
  // A list entry has its reply below it ("carol@…" over "Remote Server returned '550 …'"); a
  // signature ends the paste. Of a list whose entries have their replies below them, a line after
  // the last reply is no entry ("山田 花子" / "yamada@…" below an Exchange notice's list).
  let lastReply = -1
  for (const m of human.matchAll(REPLY)) lastReply = m.index
  const replied = unsigned.filter((m) => m.index < lastReply)
  // An entry with its cause below it in words ("carol@…" / "Unrouteable address") is one still.
  // One a sentence introduces ("The customer also gets the same for this address:") is one too.
  const end = human.trimEnd().length
  const signs = (m: RegExpExecArray) =>
    m.index + m[0].length >= end && !/:[ \t]*\r?\n\s*$/.test(human.slice(Math.max(0, m.index - 200), m.index))
  if (unsigned.length > 1)
    return replied.length > 0 ? unsigned.filter((m) => m.index < lastReply || !signs(m)) : unsigned
  const only = unsigned[0]
  if (!only || replied.length > 0) return unsigned
  // Lines above that each refuse their own address ("alice@… - 550 …", "bob@… - 550 …") are the
  // list; one such line may be the writer's ("User sam@… reports bounce 550 … for" / "carol@…").
  const address = (only[1] ?? '').toLowerCase()
  if (refusedOnLines(human.slice(0, 200_000), [], true).filter((a) => a !== address).length > 1) return []
  // A recipient the text marks elsewhere (a RCPT TO, "to=<…>", a sentence's destination) outranks it.
  const marked = markedRecipient(human, headers)
  return marked && marked !== address ? [] : unsigned
}
/**
 * Address lines that are a form's field values, copied with each label on a line of its own
 * ("Email" / "sam@…", "Recipient" / "bob@…"): the text's own reading weighs their labels.
 */
function fieldValuesLeftOut(human: string, marks: RegExpExecArray[]): RegExpExecArray[] {
  return marks.filter((m) => {
    const above = human.slice(Math.max(0, m.index - 80), m.index).replace(/\s+$/, '')
    return !BARE_LABEL.test(above.slice(above.lastIndexOf('\n') + 1))
  })
}
const BARE_LABEL =
  /^[ \t]*(?:e-?mail(?: address)?|e-posta|requester|reporter|requested by|sender|from|user|name|contact|customer|recipient|to|empfänger|absender|alıcı|gönderen)[ \t]*$/i

/**
 * A folded line of a pasted message's address field ("CC: Selin Aksoy <selin@…>, \"Murat Öztürk\"" /
 * "\t<murat@…>", RFC 5322 §2.2.3): the returned message's own header, in whatever language the
 * notice heads it, names no failed recipient.
 */
function continuesAddressField(human: string, at: number): boolean {
  if (!/^[ \t]/.test(human.slice(at, at + 1))) return false
  // The field's first line, above at most nine folded lines before this one.
  let end = at - 1
  for (let i = 0; i < 10 && end > 0; i++) {
    const start = human.lastIndexOf('\n', end - 1) + 1
    const line = human.slice(start, end)
    if (!/^[ \t]/.test(line)) return ADDRESS_FIELD.test(line)
    end = start - 1
  }
  return false
}
/** An address field with a value on its first line ("CC: Selin Aksoy <…>,"), not a bare "To:". */
const ADDRESS_FIELD = /^(?:to|cc|bcc|from|reply-to|sender|resent-(?:to|cc|from))[ \t]*:[ \t]*\S/i

/** Lines that name their address ("Bob Miller <bob@…>") are a list only when there are several. */
function namedOnlyInLists(marks: RegExpExecArray[]): RegExpExecArray[] {
  const named = (m: RegExpExecArray) => /^[ \t]*\p{L}/u.test(m[0]) && !m[0].trimStart().startsWith(m[1] ?? '')
  return marks.filter(named).length > 1 ? marks : marks.filter((m) => !named(m))
}
/** A reply or an enhanced code, not a phone number or a street in a signature ("500 Fifth Avenue"). */
const REPLY = new RegExp(REPLY_IN_LINE.source, 'gi')

/**
 * Postfix and qmail open each recipient's paragraph with "<address>:" (Postfix "<target> (expanded
 * from <alias>):" for an alias, named by the alias the sender wrote), Barracuda with "<address>
 * (host '…' rejected command …)", OpenSMTPD with "address: error" (bounce.c); Zoho writes
 * "address Invalid Address, ERROR_CODE :550, …" and "[Status: Error, Address: <address>, …]";
 * a service's own list indents each with its cause: "  bob@… - mailbox full"; Zoho's "bob@…, ERROR_CODE :554, …";
 * SmarterMail's "Failed Recipient: bob@…" above its "Reason: …"; and Postfix's "<bob@…>: host … said:"
 * indented, as a ticket or a reply quotes it below the writer's own "ahmet@…: ok"; a console's
 * "Details (bob@…):" (Turkish "Ayrıntılar (…):") above that recipient's reply.
 */
const ADDRESS_OPENER =
  /^<([^\s<>@]+@[^\s<>]+)>(?::| \(host )|^([^\s<>@:"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}): (?=\S)(?!(?:ok|okay|delivered|received|sent|fine|teslim edildi|aldı|geldi)\b)|^<?[^\s<>@]+@[^\s<>]+?>? \(expanded\s+from\s+<?([^\s<>@]+@[^\s<>():]+?)>?\)?:|^([^\s<>@]+@[^\s<>]+) Invalid Address,|^\[Status: \w+, Address: <([^\s<>@]+@[^\s<>]+)>|^[ \t]+([^\s<>@:"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}) - (?=\S)|^([^\s<>@:",]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}), ERROR_CODE ?:|^[ \t]*Failed Recipient:[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*$|^[ \t]+<([^\s<>@]+@[^\s<>]+)>: host \S+ said: |^[ \t]*(?:Details|Ayrıntılar|Détails|Detalles|Details for)[ \t]*\(<?([^\s<>@()]+@[^\s<>()]+?)>?\)[ \t]*:/gm

/**
 * A report's sections headed "Recipient: bob@…" (Exchange admin center's message trace details,
 * one per recipient, each with its "Status:" and events): each opens its recipient's block, where
 * two or more name different addresses and nothing else opens one.
 */
const RECIPIENT_SECTION =
  /^[ \t]*(?:Recipient|Alıcı|Empfänger|Destinataire|Destinatario)[ \t]*:[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*$/gim
function withRecipientSections(openers: RegExpExecArray[], human: string): RegExpExecArray[] {
  if (openers.length > 0) return withLogLines(openers, human)
  const sections = [...human.slice(0, 200_000).matchAll(RECIPIENT_SECTION)]
  return new Set(sections.map((m) => (m[1] as string).toLowerCase())).size > 1 ? sections : openers
}

/**
 * A Postfix log line pasted below another recipient's paragraph ("j.park@…: 554 …" over "postfix/smtp[…]:
 * …: to=<orders@…>, … status=deferred (…)"): its recipient's own block, not the paragraph's tail.
 */
const POSTFIX_TO_LINE =
  /^[^\n]{0,120}?\bpostfix\/(?:smtp|lmtp|local|virtual|pipe|error)\[\d+\]: [0-9A-Za-z]+: to=<([^\s<>@]+@[^\s<>]+)>/gm
function withLogLines(openers: RegExpExecArray[], human: string): RegExpExecArray[] {
  const opened = new Set(openers.map((m) => (m.slice(1).find(Boolean) as string).toLowerCase()))
  const lines = [...human.slice(0, 200_000).matchAll(POSTFIX_TO_LINE)].filter(
    (m) => !opened.has((m[1] as string).toLowerCase()),
  )
  return lines.length === 0 ? openers : [...openers, ...lines].sort((a, b) => a.index - b.index)
}

/**
 * Where a list of recipients ends and a part about them all begins: Sendmail's "----- Transcript of
 * session follows -----", the returned message ("----- Original message follows -----", Exim's
 * "------ This is a copy of the message, including all the headers. ------").
 */
const SECTION_END =
  /^[ \t]*-{3,}[ \t]*(?:Transcript of session follows|Original message follows|This is a copy of the message|Message header follows|Unsent message below)\b/gim

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

/**
 * Splits the readable text into one block per recipient: a log's lines, a program's list of
 * refusals, the paragraphs an MTA opens with each address; else the recipients its refusals and
 * lists name (refusal-blocks.ts), or one block for the whole text.
 */
export function recipientBlocks(human: string, headers: Map<string, string>): RecipientBlock[] {
  const logged = deliveryLogBlocks(human)
  if (logged.length > 0) return logged
  // A program's error listing each refused recipient with its own reply (smtplib, PHPMailer).
  const refusals = programRefusals(human)
  if (refusals.length > 1 || refusals[0]?.listed) {
    const first = refusals[0]?.start ?? 0
    const opening = human.slice(Math.max(0, first - 3000), first)
    return refusals.slice(0, MAX_RECIPIENTS).map(({ recipient, reply }) => ({
      recipient,
      own: reply,
      text: `${reply}\n${opening}`,
      replied: true as const,
    }))
  }
  const openers = withRecipientSections([...human.matchAll(ADDRESS_OPENER)], human)
  // JavaMail's lists of valid addresses, sent or unsent, name no refused recipient (valid-unsent.ts).
  const javaMail = javaMailLists(human)
  const lines = [...human.matchAll(ADDRESS_LINE)].filter(
    (m) =>
      !continuesAddressField(human, m.index) &&
      !/^(?:sent|unsent)$/.test(javaMail.get((m[1] ?? '').toLowerCase()) ?? ''),
  )
  const notices = openers.length > 0 ? [] : destinationNotices(human)
  const marks =
    openers.length > 0
      ? openers
      : notices.length > 0
        ? notices
        : signatureLeftOut(human, headers, fieldValuesLeftOut(human, namedOnlyInLists(lines)))
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
  return refusalBlocks(human, headers)
}
