// A note of several incidents, each in a paragraph of its own that names one address ("(1) Delivery
// to the following recipients has been delayed: clara@…" / "(2) Postmark API: … Found inactive
// addresses: owen@…"): one block per paragraph, so that one incident's state and another's cause
// are not read as a single failure with no recipient. Only where nothing else in the text says
// which address failed (refusal-blocks.ts).

import { ADDRESS_IN_TEXT } from './address-words'
import { codesIn } from './failure-codes'
import { reasonFromText } from './reasons'
import type { RecipientBlock } from './recipient-block'

/** A delay notice's own words, without a code. */
const DELAYED =
  /\b(?:has been|have been|was|is) delayed\b|\bdelivery (?:is )?delayed\b|\bgecikti\b|\bertelendi\b/i

/** `coded`: only paragraphs with a failure code of their own count (beside a reply that names its recipient). */
export function incidentParagraphs(
  human: string,
  isSender: (address: string) => boolean,
  coded = false,
): RecipientBlock[] {
  const blocks: RecipientBlock[] = []
  for (const paragraph of human.slice(0, 20_000).split(/\n[ \t]*\n/, 200)) {
    const addresses = [
      ...new Set((paragraph.match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase())),
    ].filter((a) => !isSender(a))
    if (addresses.length === 0 || !(coded ? hasFailureCode(paragraph) : saysWhatHappened(paragraph))) continue
    // One paragraph about several addresses: the incidents are not one per paragraph.
    if (addresses.length > 1) return []
    blocks.push({ recipient: addresses[0] as string, text: paragraph, own: paragraph })
  }
  const distinct = new Set(blocks.map((b) => b.recipient)).size
  return blocks.length > 1 && distinct === blocks.length ? blocks : []
}

/** A failure code, a cause in words, or a delay notice's words. */
function saysWhatHappened(paragraph: string): boolean {
  return hasFailureCode(paragraph) || reasonFromText(paragraph) !== undefined || DELAYED.test(paragraph)
}

function hasFailureCode(paragraph: string): boolean {
  const codes = codesIn(paragraph)
  const failure = (code: string | null) => /^[45]/.test(code ?? '')
  return failure(codes.reply) || codes.enhanced.some(failure)
}
