// A mailing list's notice that it holds a post for its moderator (Mailman 2 and 3, Sympa, Google
// Groups): no bounce. The list took the message and keeps it until the moderator approves or
// rejects it, often because the sender is no member of a members-only list.

import { findAddress } from './dsn'

/** The notice's words, in the languages of Mailman's templates read here (English, French, German, Spanish, Italian, Portuguese, Dutch, Turkish). */
const HELD_FOR_MODERATOR =
  /\bawaits? moderator approval\b|\bis being held until the list moderator can review it\b|\bheld for moderation\b|\bpending moderator approval\b|\bawaiting moderator approval\b|\ben attente d'approbation par le modérateur\b|\best en attente d'approbation\b|\bwartet auf (?:die )?(?:Freigabe|Zustimmung) (?:durch )?(?:den|des) (?:Listen)?[Mm]oderators?\b|\bestá esperando la aprobación del moderador\b|\bmoderatör(?:ün)? onayını bekliyor\b|\battende l'approvazione del moderatore\b|\bin attesa che il moderatore della lista lo approvi\b|\bin attesa (?:dell'approvazione|di approvazione) (?:del|da parte del) moderatore\b|\baguardando (?:a )?aprovação do moderador\b|\bwacht op goedkeuring (?:van|door) de moderator\b/i

/**
 * The list a moderation notice holds the post for, when the text is one: its X-BeenThere or
 * List-Post address, else its From with Mailman's "-owner", "-bounces" or "-request" taken off;
 * null when it names none; undefined when the text is no such notice.
 */
export function moderatedList(headers: Map<string, string>, human: string): string | null | undefined {
  const words = `${headers.get('subject') ?? ''}\n${human.slice(0, 20_000)}`
  if (!HELD_FOR_MODERATOR.test(words)) return undefined
  const listed = findAddress(headers.get('x-beenthere') ?? headers.get('list-post') ?? '')
  if (listed) return listed
  const from = findAddress(headers.get('from') ?? '')
  return from ? from.replace(/-(?:owner|bounces|request|admin)@/, '@') : null
}
