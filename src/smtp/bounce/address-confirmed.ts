// The writer's word that the address the server does not know is the right one ("It is not a typo,
// the address … is definitely right", "adresi de doğru yazıyoruz, web sitenizde aynen böyle
// yazıyor"): then no spelling fix helps, and the recipient's side must create the address or fix
// its directory (Microsoft 365's Directory-Based Edge Blocking, 5.4.1 "Access denied. AS(201806281)").

import { WRAPPED_SENTENCE } from './past-codes'

const CONFIRMED = new RegExp(
  [
    String.raw`\b(?:the )?(?:e-?mail )?address(?: <?[^\s<>@]{1,64}@[^\s<>]{1,255}?>?)? is (?:definitely |certainly |100% |really )?(?:correct|right|valid)\b`,
    String.raw`\b(?:it'?s|it is|this is) not a typo\b|\bno typo\b`,
    String.raw`\b(?:spelled|written|typed) (?:it |the address )?(?:correctly|right)\b`,
    String.raw`\bdouble[- ]checked the (?:e-?mail )?address\b`,
    // "Today's one, sent to her correct address paula@…" (not a resend to a corrected one, arrival.ts).
    String.raw`(?<!\b(?:resent|re-sent|again)\b[^\n.]{0,40})\b(?:sent|send|mailed|went) to (?:her|his|their) (?:correct|right|current) (?:e-?mail )?address\b`,
    // The recipient gets everyone else's mail: the mailbox is there.
    String.raw`\b(?:she|he|they) (?:says? (?:that )?(?:she|he|they) )?(?:can|does|do) (?:receive|get) (?:e-?mails?|mail) from (?:other people|others|everyone else|other senders)\b`,
    String.raw`\bexactly as (?:it is |it's )?(?:listed|shown|written|given) on (?:your|their|the|his|her) (?:website|site|web ?page|card)\b`,
    String.raw`(?<!\p{L})adres(?:i|in)? (?:de |da )?doğru(?: yazıyoruz| yazdık| yazılmış)?(?!\p{L})|(?<!\p{L})yazım hatası (?:yok|değil)(?!\p{L})|(?<!\p{L})web sitenizde (?:de )?(?:aynen )?(?:böyle|bu şekilde)(?!\p{L})`,
    String.raw`\bAdresse ist (?:definitiv |sicher |ganz sicher )?(?:richtig|korrekt)\b|\bkein Tippfehler\b`,
    String.raw`\bla dirección es (?:la )?correcta\b|\bno es (?:un )?error (?:tipográfico|de escritura)\b`,
    String.raw`\bl'adresse est (?:bien )?(?:correcte|la bonne)\b|\bpas (?:une|de) faute de frappe\b`,
  ].join('|'),
  'iu',
)

/** A sentence that asks, tells someone to check, or is a notice's own advice ("make sure the address is correct"). */
const NOT_THE_WRITERS_WORD =
  /\?|\b(?:make sure|check|verify|ensure|confirm (?:that|whether)|whether|if|please)\b|(?<!\p{L})(?:kontrol|emin ol|mı|mi|mu|mü)(?!\p{L})|\b(?:prüfen|überprüfen|ob)\b|\b(?:compruebe|verifique|si)\b|\b(?:vérifiez|assurez-vous)\b/iu

/** The writer says the refused address is the right one, in a sentence of their own. */
export function addressConfirmed(text: string): boolean {
  const head = text.slice(0, 20_000)
  if (!CONFIRMED.test(head)) return false
  for (const m of head.matchAll(WRAPPED_SENTENCE))
    if (CONFIRMED.test(m[0]) && !NOT_THE_WRITERS_WORD.test(m[0])) return true
  return false
}
