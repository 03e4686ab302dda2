// Two or more notices pasted in one text ("two problems today, pasting both below": Exim's "This is
// a permanent error" for one address, its 24-hour delay warning for another): each recipient's fate
// is what its own notice says, not the words of the notice next to it.

/**
 * The line a mail system's notice opens with, and that it writes once: Exim's, Postfix's, qmail's,
 * Sendmail's first line, Gmail's "** Address not found **" heading and its older "Delivery to the
 * following recipient has been delayed:", Exchange's first line; the subject of Postfix's and Gmail's delay
 * warnings, where a writer pastes one below another notice ("and this one came as “Delayed Mail
 * (still being retried)”:"). (Not
 * Exchange's "Your message wasn't delivered …", which follows its own recipient list.)
 */
const NOTICE_START =
  /^[ \t]*(?:This message was created automatically by mail delivery software|This is the mail system at host|Hi\. This is the qmail-send program|The original message was received at|Delivery has failed to these recipients|Delivery is delayed to these recipients|Delivery to the following recipients? (?:has been delayed|failed permanently)|\*\* [^*\n]{3,60} \*\*[ \t]*$|(?=[^\n]{0,120}\b(?:Delayed Mail \(still being retried\)|Delivery Status Notification \(Delay\))))/gim

/** A delay warning's subject, in a writer's line or a header ("came as “Delayed Mail (still being retried)”"). */
const DELAY_SUBJECT =
  /^[^\n]{0,120}\b(?:Delayed Mail \(still being retried\)|Delivery Status Notification \(Delay\))/i

/**
 * The notice in `text` that names `recipient` as a line of its own, when the text holds two or more
 * notices (`starts`, from `noticeStarts`); else undefined (one notice, or the address only in the
 * writer's words above them).
 */
export function noticeOf(text: string, starts: number[], recipient: string | undefined): string | undefined {
  if (recipient === undefined || starts.length < 2) return undefined
  const lines = addressLines(text, recipient)
  const at = lines[0]
  if (at === undefined) return undefined
  const from = starts.filter((s) => s <= at).pop()
  if (from === undefined) return undefined
  const to = starts.find((s) => s > at) ?? text.length
  // Named in two notices (a delay warning, then the failure): what they say together decides.
  if (lines.some((i) => i >= to)) return undefined
  return text.slice(from, to)
}

/**
 * Where each notice starts: a start opens another notice only after an address below the one before
 * it. Read once per text by the caller, not once per recipient.
 */
export function noticeStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.slice(0, 200_000).matchAll(NOTICE_START)) {
    const previous = starts[starts.length - 1]
    // A delay warning's subject, named where the writer pastes it below a failure they pasted first
    // without its opening line: that failure is a notice of its own too.
    if (previous === undefined && DELAY_SUBJECT.test(text.slice(m.index, m.index + 200))) {
      const above = text.slice(0, m.index)
      if (above.includes('@') && /\b[45]\d\d\b/.test(above)) starts.push(0)
    }
    const last = starts[starts.length - 1]
    if (last === undefined || text.slice(last, m.index).includes('@')) starts.push(m.index)
  }
  return starts
}

/** The lines of a recipient's block that belong to its own notice: not the next notice's, nor the note's. */
export function withinNotice(blockText: string, notice: string): string {
  const lines = new Set(notice.split('\n'))
  return blockText
    .split('\n')
    .filter((line) => lines.has(line))
    .join('\n')
}

/** Where the recipient stands in a notice's list: at a line's start, bare or in angle brackets. */
function addressLines(text: string, recipient: string): number[] {
  const lower = text.toLowerCase()
  const address = recipient.toLowerCase()
  const found: number[] = []
  // The first hundred times it is named: a line's start is at most a few characters back.
  let seen = 0
  for (let i = lower.indexOf(address); i >= 0 && seen < 100; i = lower.indexOf(address, i + 1), seen++) {
    const before = lower.slice(Math.max(0, i - 40), i)
    const lineStart = before.lastIndexOf('\n')
    if (/^[ \t]*<?$/.test(lineStart >= 0 ? before.slice(lineStart + 1) : i <= 40 ? before : 'x'))
      found.push(i)
  }
  return found
}

/**
 * A report's sections by fate, each under its heading: SmarterMail's "Delivery to the following
 * recipients failed permanently:", "… has been delayed. SmarterMail will keep trying …:" and
 * "… succeeded:", Sendmail's "The following addresses had successful delivery notifications".
 */
const SECTION_HEADING =
  /^[ \t]*[^\n]{0,160}\b(?:following|folgenden?|suivants?|siguientes|aşağıdaki)\b[^\n]{0,160}:?[ \t]*$/i
const SUCCEEDED =
  /\bsucceeded\b|\bsuccessful(?:ly)?\b|\berfolgreich\b|\bréussi|\bavec succès\b|\bcorrectamente\b|\bbaşarıyla\b/i
const DELAYED =
  /\bdelayed\b|\bverzögert\b|\bretardée?\b|\bdemorad[ao]\b|\bgecikti\b|\bkeep trying\b|\bstill (?:trying|being retried)\b/i
const SECTION_ADDRESS = /^[ \t]*<?([^\s<>@"':]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?[ \t]*(?:\([^\n)]*\))?[ \t]*$/

export type SectionFate = 'delivered' | 'relayed' | 'expanded' | 'delayed' | 'failed'

/** The fate of each address listed under a heading that gives one, when the text has two or more such headings. */
export function sectionFates(text: string): Map<string, Set<SectionFate>> {
  const fates = new Map<string, Set<SectionFate>>()
  let current: SectionFate | undefined
  let headings = 0
  for (const line of text.slice(0, 200_000).split('\n', 5000)) {
    if (SECTION_HEADING.test(line) && !line.includes('@')) {
      current = SUCCEEDED.test(line) ? 'delivered' : DELAYED.test(line) ? 'delayed' : 'failed'
      headings++
      continue
    }
    if (/^[ \t]*-{3,}/.test(line)) current = undefined
    const entry = current && SECTION_ADDRESS.exec(line)
    const address = entry?.[1]?.toLowerCase()
    // Sendmail's note beside a successful one: "(relayed to non-DSN-aware mailer)", "(expanded to
    // multi-recipient alias)" (RFC 3464 §2.3.3's relayed and expanded, not delivered).
    const fate =
      current === 'delivered' && /\(relayed\b/i.test(line)
        ? 'relayed'
        : current === 'delivered' && /\(expanded\b/i.test(line)
          ? 'expanded'
          : current
    if (fate && address) fates.set(address, (fates.get(address) ?? new Set()).add(fate))
  }
  return headings >= 2 ? fates : new Map()
}
