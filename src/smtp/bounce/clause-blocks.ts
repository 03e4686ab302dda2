// A person's sentences that give each recipient its own reply ("The one to finance@vendor-a… said
// '550 5.1.1 no such user', the one to finance@vendor-b… said '452 4.2.2 mailbox full'"): one block
// per recipient, each read from the words after its address up to the next address, so that two
// failures with two causes are not read as one.

import { ADDRESS_IN_TEXT, DESTINATION_AFTER } from './address-words'
import { codesIn } from './failure-codes'
import { MAX_RECIPIENTS } from './limits'
import type { RecipientBlock } from './recipient-block'

/**
 * Words before an address that make it where the message went: "to", "an", "à", "a", "para",
 * "per", "naar", "for", "für", "pour" (the one to bob@…, die an bob@…, celui pour bob@…).
 */
const TO_BEFORE = /(?:^|[\s(])(?:to|an|à|a|para|per|naar|for|für|pour)[ \t]+[<"'(]?$/i
/** Words before an address that say mail to it arrived ("Delivered to lena@…", "went through to …"). */
const DELIVERED_TO_BEFORE =
  /\b(?:delivered|arrived|went through|got through|teslim edildi)(?: fine| successfully| OK)? to[ \t]+[<"'(]?$/i
/** Words after an address that say what came of mail to it ("bob@… came back with 550 …", "bob@… → …"). */
const FATE_AFTER =
  /^[>)'"]?[ \t]*(?::|→|->|=>|[^\n.;]{0,30}?\b(?:came back|comes back|bounced?|bounces|returned|returns|was rejected|got rejected|failed|fails|is delayed|was delayed|kam zurück|kommt zurück|geri döndü|rebotó|est revenu)\b)/i

/** Words after an address end at the next address, a blank line or 400 characters. */
const MAX_CLAUSE = 400
/**
 * Each clause keeps the words that lead to its address since the last clause ("Und bei Heike kam
 * eine Mail 'Delayed Mail (still being retried)' mit:"): they say what became of it, and another
 * recipient's ("Von Uwe kam das hier zurück") are not its own.
 */
const MAX_LEAD = 300

/**
 * One block per recipient when at least two addresses the sentences send to each have their own
 * code, the codes differ, and no failure code stands outside those clauses (a code before the
 * addresses may be any of theirs; a "250 2.0.0 Ok" of a resend to a corrected address is none). An address a reply refuses by name ("550 5.1.1 <bob@…>: Recipient address
 * rejected") has that reply's line for its clause. Else none: the text is read as one.
 */
export function clauseBlocks(
  human: string,
  isSender: (address: string) => boolean,
  refused: ReadonlySet<string> = new Set(),
): RecipientBlock[] {
  const text = human.slice(0, 20_000)
  const found = [...text.matchAll(ADDRESS_IN_TEXT)]
  const clauses = new Map<string, string[]>()
  let rest = ''
  let from = 0
  found.forEach((m, i) => {
    const address = m[0].toLowerCase()
    const start = m.index
    const end = start + m[0].length
    const next = found[i + 1]?.index ?? text.length
    if (start < from) return
    if (refused.has(address)) {
      const lineStart = Math.max(from, text.lastIndexOf('\n', start) + 1)
      const lineEnd = text.indexOf('\n', end)
      const stop = lineEnd < 0 ? text.length : lineEnd
      rest += text.slice(from, lineStart)
      const lead = text.slice(Math.max(from, lineStart - MAX_LEAD), lineStart)
      clauses.set(address, [...(clauses.get(address) ?? []), lead + text.slice(lineStart, stop)])
      from = stop
      return
    }
    const blank = text.slice(end, next).search(/\n[ \t]*\n/)
    const stop = Math.min(next, end + MAX_CLAUSE, blank >= 0 ? end + blank : next)
    const after = text.slice(end, stop)
    // "Delivered to lena@…." over another's "550 5.1.1 <t.nguyen@…>": the code below is not hers.
    const delivered = DELIVERED_TO_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    const sentTo =
      (!delivered && TO_BEFORE.test(text.slice(Math.max(0, start - 12), start))) ||
      DESTINATION_AFTER.test(after) ||
      FATE_AFTER.test(after)
    const lead = text.slice(Math.max(from, start - MAX_LEAD), start)
    rest += text.slice(from, start)
    from = end
    if (!sentTo || isSender(address) || !hasCodes(after)) return
    clauses.set(address, [...(clauses.get(address) ?? []), lead + after])
    from = stop
  })
  rest += text.slice(from)
  if (clauses.size < 2 || hasFailureCodes(rest)) return []
  const readings = new Set(
    [...clauses.values()].map((c) => {
      const codes = codesIn(c.join('\n'))
      return `${codes.reply} ${codes.enhanced[0]}`
    }),
  )
  if (readings.size < 2) return []
  return [...clauses].slice(0, MAX_RECIPIENTS).map(([recipient, own]) => {
    const words = own.join('\n')
    return { recipient, own: words, text: words, replied: true as const }
  })
}

function hasCodes(text: string): boolean {
  const codes = codesIn(text)
  return codes.reply !== null || codes.enhanced.length > 0
}

function hasFailureCodes(text: string): boolean {
  const codes = codesIn(text)
  return /^[45]/.test(codes.reply ?? '') || codes.enhanced.some((c) => /^[45]/.test(c))
}
