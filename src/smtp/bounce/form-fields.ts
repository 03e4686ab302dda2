// How a ticket, a form or a notice's own header labels its addresses: the writer's ("Email: sam@…"
// in a contact form, "I'm Sam (sam@…)"), the notice's own (its From, and its To when it goes back to
// the sender), the recipient's ("Recipient: bob@…", a form's "To:"), and which "Field: value" lines
// are a form's rather than a pasted message's header.

import { findAddress } from './dsn'
import { NOTICE_SENDER } from './message-kind'

/**
 * The addresses of a pasted header block that are the notice's own: its From, and its To (the
 * sender a notice goes back to) unless the block is the returned message's own, sent by a person
 * ("From: alice@…", "To: bob@…", "Subject: Invoice" above "Status: bounced") or to several.
 */
export function headerOwnAddresses(headers: Map<string, string>): string[] {
  // Asked once per address of a list that may hold thousands: read once per header block.
  const known = OWN_BY_HEADERS.get(headers)
  if (known) return known
  const own = readOwnAddresses(headers)
  OWN_BY_HEADERS.set(headers, own)
  return own
}
const OWN_BY_HEADERS = new WeakMap<Map<string, string>, string[]>()

function readOwnAddresses(headers: Map<string, string>): string[] {
  const from = headers.get('from')
  const to = headers.get('to') ?? ''
  // A ticket's or a form's fields pasted first ("Email: sam@…" / "Error: 550 …" / "To: bob@…") are
  // no notice's header: their To is where the mail went.
  const form = [...headers.keys()].some((name) => FORM_FIELD.test(name))
  const notice =
    !form &&
    (from === undefined || NOTICE_SENDER.test(from) || NOTICE_SUBJECT.test(headers.get('subject') ?? ''))
  const own = [findAddress(from ?? ''), notice && !/[,;]/.test(to) ? findAddress(to) : undefined]
  return own.filter((a): a is string => a !== undefined)
}

const FORM_FIELD =
  /^(?:e-?mail|error(?: message| code)?|requester|name|issue|description|message|reason|status|ticket|phone|user|affected user|sender)$/i
/** A notice's subject ("Undeliverable: …", "Delivery Status Notification (Failure)"), not a message's. */
const NOTICE_SUBJECT =
  /undeliver|returned|failure|delivery status|non-?delivery|\bNDR\b|bounce|delayed|unzustellbar|teslim edilemedi/i
/** A form's field for someone's address, on the line or the line above ("Email: …", "E-posta" / "…"). */
export const EMAIL_FIELD =
  /(?:^|\n)[ \t]*(?:(?:work|business|contact|your|private)[ \t]+)?(?:e-?mail|mail|e-posta|correo(?: electrónico)?|courriel|adresse e-mail|contact|user|benutzer|kullanıcı|usuario|utilisateur|メールアドレス|メール)(?:[- ](?:address|adresse|adresi|de contacto))?[ \t]*[:：]?[ \t]*(?:\r?\n[ \t]*)?$/i

/** A header field on a line next to the address's ("From:", "Subject:", "Date:"): a pasted header block. */
export function inHeaderBlock(words: string, at: number): boolean {
  const start = words.lastIndexOf('\n', at) + 1
  const end = words.indexOf('\n', at)
  const around = words.slice(Math.max(0, start - 300), end < 0 ? words.length : end + 300).split('\n')
  return around.some((line) => HEADER_FIELD.test(line)) && !around.some((line) => FORM_LINE.test(line))
}
/** A ticket's or a form's field ("Error: 550 …", "Requester: …"): the fields around are a form's. */
const FORM_LINE =
  /^[ \t]*(?:error(?: message| code)?|requester|e-?mail|issue|description|status|reason|ticket)[ \t]*:/i
const HEADER_FIELD =
  /^[ \t>]*(?:from|subject|date|sent|reply-to|message-id|von|gesendet|betreff|datum|de|envoyé|objet|asunto|enviado|kimden|gönderildi|konu|tarih)[ \t]*:/i

/**
 * The writer naming their own address ("I'm Sam (sam@…)", "Priya here (priya@…)", "ich bin Jana
 * Weber von Contoso (jana@…)", "my address sam@…", "this is Sam, sam@…").
 */
export const SELF_BEFORE =
  /(?:\b(?:I'm|I am|[Tt]his is|[Mm]y name is|[Ii]ch bin|[Mm]ein Name ist|[Jj]e suis|[Ss]oy|[Mm]e llamo|[Bb]en)[ \t]+\p{Lu}[^@\n.;()<]{0,40}[(<,:–-]?[ \t]*|\b\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)?[ \t]+here[ \t]*[(<,:–-]?[ \t]*|\b[Mm]y (?:own )?(?:e-?mail )?address(?: is)?[ \t]*:?[ \t]*|\b[Mm]y e-?mail(?: address)? is[ \t]*:?[ \t]*)<?$/u
/** A field or a word that labels the recipient ("Recipient: bob@…", "subscriber bob@…", "recipient was bob@…"). */
export const RECIPIENT_LABEL_BEFORE =
  /(?:(?:^|\n)[ \t]*(?:recipient(?: address)?|sent to|empfänger|destinataire|destinatario|alıcı|宛先|受信者)[ \t]*(?:[:：][ \t]*|[:：]?[ \t]*\r?\n[ \t]*)<?|\b(?:recipient|subscriber|customer|client|kunde|müşteri)(?:[ \t]+(?:was|is))?[ \t]+<?)$/i
