// A reply in a mail thread: the writer's own text on top, the earlier messages quoted below it
// behind "> " (">>" for the one before). Where the writer's text pastes a failure of its own, the
// quoted notices are the thread's earlier ones: older, and about them the writer may say so.

import { PAST } from './past-codes'
import type { RecipientResult } from './recipient-result'

/** A failure reply with its enhanced code: "550 5.4.1", "'554 5.7.1 …". */
const FAILURE_REPLY = /(?:^|[\s'"(:])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/
/** The first line of a quoted run (three lines at least, as report.ts's unquoting reads them). */
const QUOTED_RUN = /^[ \t]*>[^\n]*\n(?:[ \t]*>[^\n]*(?:\n|$)){2,}/m
/** The writer's word that what they quote is not today's ("the one quoted below is from March", "I pasted the wrong bounce"). */
const QUOTE_IS_OLD =
  /\b(?:wrong (?:bounce|error|one|message)|quoted below|below is (?:an? )?(?:old|earlier))\b|(?<!\p{L})(?:yanlış (?:hata|ileti|mesaj)|aşağıdaki (?:eski|önceki))/iu

/** Where the writer's own text ends: the first quoted run's start, when the text above it pastes a failure of its own. */
function ownTextEnd(text: string): number | undefined {
  const run = QUOTED_RUN.exec(text.slice(0, 200_000))
  if (!run || run.index === 0) return undefined
  // The quoted message's attribution ("On Mon, … Serkan <serkan@…> wrote:", "… şunu yazdı:") is its own.
  const above = text.slice(0, run.index).replace(ATTRIBUTION, '')
  return FAILURE_REPLY.test(above) ? above.length : undefined
}
const ATTRIBUTION =
  /\n[^\n]*(?:\bwrote|şunu yazdı|schrieb|a écrit|escribió|ha scritto|schreef)[ \t]*:[ \t]*\n?$/iu

/**
 * The text without its quoted runs (every offset kept), when the writer's own text above them pastes
 * today's failure and says the quoted one is an earlier or a wrong one ("Sorry, I pasted the wrong
 * bounce earlier — the one quoted below is from March … Today's one … says: 550 5.4.1 …").
 */
export function withoutOlderQuotes(text: string): string {
  const end = ownTextEnd(text)
  if (end === undefined) return text
  const own = text.slice(0, end)
  if (!QUOTE_IS_OLD.test(own) || !PAST.test(own)) return text
  return own + text.slice(end).replace(/^[ \t]*>[^\n]*$/gm, (line) => line.replace(/[^\n]/g, ' '))
}

/**
 * The failures the writer's own text pastes above a quoted notice, read on their own: a reader of the
 * whole would take the quoted notice's recipients for them all. Each recipient not already read.
 */
export function failuresAboveQuote(
  text: string,
  read: RecipientResult[],
  analyze: (text: string) => RecipientResult[],
): RecipientResult[] {
  const end = ownTextEnd(text)
  // A failure whose recipient the whole text leaves unnamed may be the writer's own one: not read twice.
  // (A writer's own text above a thread is a few lines: a longer one is no such note, and is not read twice.)
  if (end === undefined || end > 20_000 || read.some((r) => r.recipient === null)) return []
  const known = new Set(read.map((r) => r.recipient))
  return analyze(text.slice(0, end)).filter(
    (r) =>
      r.recipient !== null && !known.has(r.recipient) && (r.action === 'failed' || r.action === 'delayed'),
  )
}
