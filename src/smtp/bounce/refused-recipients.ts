// The recipients a server's own refusal names ("550 5.1.1 <bob@…>: Recipient address rejected"):
// the surest reading of which address failed, whatever else a pasted text says.

import { findAddress } from './dsn'

/**
 * A reply that names the recipient it refuses: Postfix's "<carol@…>: Recipient address rejected",
 * Sendmail's "<carol@…>... User unknown", Microsoft's "Recipient carol@… not found", and any reply
 * whose text opens with the address it answers ("552 5.2.2 <carol@…>: mailbox full", "550
 * <carol@…>... Mailbox disabled", "550 5.1.1 <carol@…> User unknown"): RFC 5321 §4.2, a reply to RCPT TO is about that recipient. Domino's
 * "User jsmith (jsmith@…) not listed in Domino Directory", in its subject alone as often as not, and
 * in German ("Benutzer … ist im Domino-Verzeichnis nicht aufgeführt") and French ("L'utilisateur …
 * ne figure pas dans l'annuaire Domino"); and Microsoft 365's own sentence above its reply, in English
 * and Turkish ("Your message to bob@… couldn't be delivered", "İletiniz bob@… adresine teslim edilemedi").
 */
const REFUSED_RECIPIENT =
  /<([^\s<>@]+@[^\s<>]+)>(?::? Recipient address rejected|\.\.\. User unknown)|\bRecipient ([^\s<>@]+@[^\s<>]+) not found\b|\b(?:User|Benutzer|L'utilisateur|El usuario)[ \t][^()\n]{1,80}\(([^\s()<>@]+@[^\s()<>]+)\)[ \t](?:not listed|ist im Domino|ne figure pas|no (?:aparece|figura))|(?:^|[\s;:'"(])[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?<([^\s<>@]+@[^\s<>]+)>(?::|\.\.\.)?[ \t]|(?:İletiniz|Your message to)[ \t]+<?([^\s<>@]+@[^\s<>]+?)>?[ \t]+(?:adresine teslim edilemedi|couldn't be delivered|could not be delivered)/gi

/**
 * The addresses such replies name, in order, each once, unless the reply or the text refuses it as the sender ("553 5.1.8
 * <alice@…>... Domain of sender address … does not exist", a sender verification probe: "<me@…>:
 * Sender address rejected: unverified address: … said: 550 5.1.1 <me@…>: Recipient address
 * rejected", a "MAIL FROM:<alice@…>" the reply answers).
 */
export function refusedRecipients(text: string): string[] {
  const found: string[] = []
  const lower = text.toLowerCase()
  for (const m of text.matchAll(REFUSED_RECIPIENT)) {
    const refused = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])?.toLowerCase()
    // A whole address: "<bob@...>" (one redacted) is none.
    if (!refused || findAddress(refused) !== refused) continue
    const end = (m.index ?? 0) + m[0].length
    const rest = text.slice(end, end + 200).split('\n')[0] ?? ''
    if (/\bsender\b|\bgönderen/i.test(rest)) continue
    // A log line's own field names the recipient (Postfix's "NOQUEUE: reject: … to=<bob@…>").
    if (m[4] && /\bto=</.test(rest)) continue
    if (lower.includes(`${refused}>: sender address rejected`)) continue
    if (new RegExp(String.raw`mail from: ?<${refused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>`).test(lower))
      continue
    if (!found.includes(refused)) found.push(refused)
  }
  return found
}
