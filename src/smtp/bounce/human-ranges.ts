// Where the human-readable explanation of a bounce is: its text parts (plain preferred), without
// the returned message, whose headers are full of numbers and, in a bounce of a bounce, of other
// codes that are not this failure's.

import type { MimePart } from './mime'

export interface TextRange {
  start: number
  end: number
}

/**
 * Where MTAs start quoting the returned message in a plain-text bounce (not Microsoft 365's
 * "Original Message Details", a table above its "Error Details"), and where Exchange's notice
 * in the sender's language starts the original's headers ("Ursprüngliche Nachrichtenkopfzeilen:",
 * Microsoft Learn, "Non-delivery reports in Exchange Online"), or where the returned message's own
 * header block starts, after a blank line, without a heading ("Received: from … (…", "Return-Path: <…>"): a spam's
 * subject there ("Your account has been suspended") is not the bounce's words.
 */
const RETURNED_MESSAGE =
  /^[ \t]*(?:-{2,}[ \t]*)?(?:this is a copy of the message|below this line is a copy of the message|original message (?:follows|headers?)|(?:begin )?(?:original|returned|unsent|undelivered|included) message(?! details)(?: (?:follows|below|header|headers))?|message headers? follows|original message header|the header of the original message|ursprüngliche nachrichtenkopfzeilen|(?:özgün|orijinal) ileti üst ?bilgileri|元のメッセージ ?ヘッダー|en-têtes (?:de|du) message d'origine|encabezados del mensaje original|intestazioni (?:del )?messaggio originale|cabeçalhos da mensagem original|(?:oorspronkelijke|originele) berichtkoppen|oryginalne nagłówki wiadomości|исходные заголовки сообщения|ursprungliga meddelandehuvuden|원래 메시지 헤더|原始邮件头|原始郵件標頭|(?<=\n[ \t]*\n[ \t]*)(?:received: from \S+ \(|return-path: <))[^\n]*$/im

/** A paste forwards a few notices, one inside another; thousands of markers are no forwards. */
const MAX_FORWARDS = 20

function lastIndexOf(text: string, re: RegExp): number {
  const all = new RegExp(re.source, `${re.flags.replace('g', '')}g`)
  let last = -1
  for (const m of text.matchAll(all)) last = m.index
  return last
}

const NOTICE_FORWARDED =
  /^[ \t>]*(?:from|von|de|da|kimden)[ \t]*:[^\n]*(?:mailer-daemon|mail delivery|postmaster)|^[ \t>]*(?:subject|betreff|konu|objet|asunto)[ \t]*:[ \t]*(?:delivery status notification|undeliver|returned mail|mail delivery failed|automatic reply|auto-?reply|out of office|otomatik yanıt|automatische antwort|réponse automatique|respuesta automática)/im

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

/**
 * A reply or enhanced code: what a bounce's own text has and a person's covering note does not (not
 * a phone number in the note's signature, "555-0142", "+1 555 0142 8890", "(555) 014-2889": a
 * reply's "550-5.1.1" has its enhanced code).
 */
const FAILURE_CODE = /(?<!\(|\+\d{1,3} )\b[45]\d\d\b(?!\)?[-. ]?\d)|\b[45]\.\d{1,3}\.\d{1,3}\b/

/**
 * Cuts the range at the first marker that ends the bounce's own text. A marker opens a forwarded
 * bounce ("-----Original Message-----" from Outlook's Forward), whose own text follows, when all
 * above it is blank lines or a covering note with no code in it ("Hi, this came back — why?")
 * while a code follows: that text is read, and the next marker, if any, ends it.
 */
function cutReturnedMessage(text: string, r: TextRange): TextRange {
  const range = text.slice(r.start, r.end)
  const marker = new RegExp(RETURNED_MESSAGE.source, 'gim')
  // Where the last code stands, found once: whether one follows a marker is then a comparison, not
  // a pass over the rest of the text at every marker.
  const lastCode = lastIndexOf(range, FAILURE_CODE)
  let from = 0
  let opened = 0
  for (let m = marker.exec(range); m; m = marker.exec(range)) {
    const above = range.slice(from, m.index)
    // A notice with no code of its own (Gmail's older "** Address not found **") forwarded by a person
    // ("-----Original Message-----") opens with a mail system's name in its header; a bounce's own
    // "--- returned message ---" above another notice is a bounce of a bounce, not its text.
    const forwardOpens =
      opened < MAX_FORWARDS &&
      (above.trim() === '' ||
        (!FAILURE_CODE.test(above) &&
          (lastCode > m.index ||
            (/original message/i.test(m[0]) && NOTICE_FORWARDED.test(range.slice(m.index, m.index + 600))))))
    if (!forwardOpens) return { start: r.start, end: r.start + m.index }
    opened++
    from = m.index + m[0].length
  }
  return r
}
