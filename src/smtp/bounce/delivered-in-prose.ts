// Recipients the writer says received the message, beside the one a notice is about ("I sent it to
// ahmet.k@…, zeynep.t@… and muhasebe@…. Ahmet ve Zeynep aldıklarını yazdı", "ahmet.k@…: OK,
// delivered"): delivered, with no code of their own. Named by address, or by the first name an
// address's local part opens with, in a sentence of the writer's that says they got it.

import { ADDRESS_IN_TEXT } from './address-words'
import { ARRIVED, DOUBTED, resentElsewhere } from './arrival'
import { WRAPPED_SENTENCE } from './past-codes'
import { asDelivered, type RecipientResult } from './recipient-result'

/** Words that say a named person or address got it, beside arrival.ts's ARRIVED sentences. */
const GOT_IT =
  /\b(?:received it|got it|(?:was|were|got) delivered|OK,? delivered|delivered OK|delivered to|(?:that one|this one|it) (?:worked|went through|got through)|already (?:RSVP'?d|replied|answered|responded)|that one(?:'s| is) (?:fine|ok|okay|good))\b|(?<!\p{L})(?:ald[ıi](?:lar|k|m)?|teslim edildi|ulaştı|ald[ıi]klarını (?:yazdı|söyledi|teyit etti|bildirdi))(?!\p{L})/iu
/** An answer that points back to the address asked about: "that one went through", "o gitti". */
const POINTS_BACK =
  /\b(?:that|this) one\b|^[ \t]*(?:yes,? )?it\b|(?<!\p{L})(?:o|onu|o da|evet,? o)(?!\p{L})/iu
/** A table's row (a trace's CSV, a tab-separated export): its other cells' addresses are a sender or a Message-ID. */
const DATA_ROW = /","|\t[^\t\n]*\t[^\t\n]*\t/
/** A failure's or a delay's words: such a sentence is about the notice, not about who got it. */
const NOT_ARRIVED =
  /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|\bbounc|\bfail|\breject|\bdelay|\bnot\b|n't\b|geri dön|gitmedi|ulaşmadı|değil/i

/**
 * The addresses the text's writer says received the message, other than `known` (the recipients a
 * notice or a reply already names), in the order named; none when the text holds no such sentence.
 */
export function deliveredInProse(text: string, known: string[]): string[] {
  const head = text.slice(0, 20_000)
  if (!GOT_IT.test(head) && !ARRIVED.test(head)) return []
  const everyone = [...new Set((head.match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase()))]
  const found: string[] = []
  // The address a question asked about, alone and with no failure told: what a chat's answer "that
  // one went through" points back to ("what about ceo-office@…? it was on the same send").
  let asked: { address: string; end: number } | undefined
  for (const m of head.matchAll(WRAPPED_SENTENCE)) {
    // A chat's emoji ends a thought as a full stop does ("… so that one's fine 🙂 what do I do …?").
    for (const clause of m[0].split(/;|\n|\p{Extended_Pictographic}/u)) {
      const named = namedIn(clause, everyone)
      const arrived =
        (GOT_IT.test(clause) || ARRIVED.test(clause)) &&
        !NOT_ARRIVED.test(clause) &&
        !DOUBTED.test(clause) &&
        !DATA_ROW.test(clause)
      const pointed =
        named.length === 0 && asked && m.index - asked.end < 200 && POINTS_BACK.test(clause)
          ? [asked.address]
          : []
      if (arrived)
        for (const address of named.length > 0 ? named : pointed)
          if (!known.includes(address) && !found.includes(address)) found.push(address)
      if (named.length > 0)
        asked =
          named.length === 1 && clause.includes('?') && !NOT_ARRIVED.test(clause)
            ? { address: named[0] as string, end: m.index + m[0].length }
            : undefined
    }
  }
  return found.slice(0, 20)
}

/** The addresses a clause names: written out, or by a capitalised first name an address's local part opens with ("Ahmet" for ahmet.k@…). */
function namedIn(clause: string, everyone: string[]): string[] {
  const written = (clause.match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase())
  // "Irene" is "irene" in English and "ırene" by Turkish rules: either may open the address.
  const names = (clause.match(/(?<!\p{L})\p{Lu}\p{Ll}{2,}(?!\p{L})/gu) ?? []).flatMap((n) => [
    n.toLowerCase(),
    n.toLocaleLowerCase('tr'),
  ])
  const byName = everyone.filter((a) =>
    names.some((n) => a.startsWith(n) && /^[._@-]/.test(a.slice(n.length))),
  )
  return [...written, ...byName]
}

/**
 * The readings, with the addresses the writer says got the message beside the failed or delayed
 * ones: a corrected address resent to ("Düzeltip a.yilmaz@… adresine tekrar gönderdim, aldığını
 * teyit etti"), and the message's other recipients ("Ahmet ve Zeynep aldıklarını yazdı").
 */
export function withDeliveredElsewhere(
  read: RecipientResult[],
  text: string,
  failed: string[],
): RecipientResult[] {
  const elsewhere = resentElsewhere(text, failed)
  const failedOne = read.find((r) => r.action === 'failed')
  // The writer's word, not a report's: read from the text, whatever the failure was read from.
  const told = (r: RecipientResult, recipient: string): RecipientResult => ({
    ...asDelivered(r),
    recipient,
    named: [],
    from: 'text',
  })
  const resent = elsewhere && failedOne ? [...read, told(failedOne, elsewhere)] : read
  const waiting = resent.find(
    (r) => r.recipient !== null && (r.action === 'failed' || r.action === 'delayed'),
  )
  if (!waiting) return resent
  const gotIt = deliveredInProse(
    text,
    resent.map((r) => r.recipient ?? ''),
  )
  return [...resent, ...gotIt.map((recipient) => told(waiting, recipient))]
}
