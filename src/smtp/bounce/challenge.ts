// A challenge-response filter's notice (Boxbe, Spam Arrest, ChoiceMail, TMDA, cPanel's BoxTrapper and the like): no bounce. The recipient's
// filter holds mail from senders it does not know until each proves, once, to be a person by opening
// a link or replying; unconfirmed, the message is deleted after some days.

import { ADDRESS_IN_TEXT } from './address-words'
import { NOTICE_SENDER } from './message-kind'

const CHALLENGE =
  /\bcomplete (?:the|this|a short|a one-time) verification|\bboxtrapper\b|\bverification process\b|\bsender verification service\b|\bchallenge[- ]response\b|\bboxbe\b|\bspam ?arrest\b|\b(?:verify|confirm|prove)\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:a\s+)?(?:real|human|person)\b|\b(?:held|on hold)\b[\s\S]{0,120}?\b(?:until|unless|once|as soon as)\s+you\s+(?:verify|confirm|complete|click)|\bpending sender verification\b|\bwill be delivered (?:to me )?(?:as soon as|once|after|when) you (?:complete|verify|confirm|click)|\bonce you are verified\b|\bguest list\b[^\n]{0,80}\bscreen|\bbestätigen, dass Sie ein Mensch sind\b|\bgerçek bir kişi olduğunuzu doğrula|\bconfirm(?:e|ar) que (?:es|eres) una persona|\bconfirmer que vous êtes une? (?:personne|humain)|\b(?:has been|is being|was) held because\b[\s\S]{0,120}?\b(?:approved senders|not been verified|not (?:yet )?verified)\b|\brelease your (?:original )?message\b|\bplease confirm your message\b|\bsender verification required\b|\bchoicemail\b|\btmda\b|\bmailblocks\b|\b(?:allow|accept)s? (?:incoming )?(?:messages|e-?mails?|mail) only from senders (?:I|we) have\s+approved\b|\badded to my list of approved senders\b|\bverification required\]/i

const PROTECTED = new RegExp(
  String.raw`\b(?:on behalf of|im Auftrag von|message to|Nachricht an|to reach|en nombre de|de la part de)[ \t]+(?:[^<(\n@]{0,40}[<(])?[ \t]*(${ADDRESS_IN_TEXT.source})`,
  'i',
)

/**
 * The protected recipient of a challenge notice: the address its subject or text names other than
 * the sender it writes to ("Your message to Paula Grant (pgrant@…)", "… to reach mlopez@…"), else
 * its From when a person's; null when it names none; undefined when the text is no challenge.
 */
export function challengedRecipient(headers: Map<string, string>, human: string): string | null | undefined {
  const words = `${headers.get('subject') ?? ''}\n${human.slice(0, 20_000)}`
  if (!CHALLENGE.test(words)) return undefined
  const sender = (headers.get('to') ?? '').toLowerCase()
  // The protected person, where the notice says whose it is ("on behalf of", "im Auftrag von",
  // "Your message to Paula Grant (pgrant@…)"), over the service's own address.
  const protectedOne = PROTECTED.exec(words)?.[1]?.toLowerCase()
  if (protectedOne && !sender.includes(protectedOne)) return protectedOne
  // Not an address inside the notice's link (BoxTrapper's "…/bxd.cgi?a=ana@…&verify=…").
  const named = [...words.replace(/\bhttps?:\/\/\S+/g, ' ').matchAll(ADDRESS_IN_TEXT)]
    .map((m) => m[0].toLowerCase())
    .find((a) => !sender.includes(a))
  if (named) return named
  const from = headers.get('from') ?? ''
  return NOTICE_SENDER.test(from) ? null : (from.match(ADDRESS_IN_TEXT)?.[0]?.toLowerCase() ?? null)
}
