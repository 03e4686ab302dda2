// Forwarding the writer tells in words: "Our domain example.org forwards info@… to the owner's
// personal mailbox owner@…", "Your message to info@… was forwarded to owner@…", "info@… adresini
// owner@… adresine yönlendiriyoruz". A failure of the address it forwards to was met beyond the
// forwarding server, as the DSN fields' Original-Recipient ≠ Final-Recipient say elsewhere: the
// forwarding's owner acts (SRS, ARC, or delivering locally for SPF and DMARC), not the sender.

import { FORWARDABLE, type RecipientResult } from './recipient-result'

const escaped = (address: string) => address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text forwards mail on to `address`, in the writer's words. */
function forwardsTo(text: string, address: string): boolean {
  const a = `<?${escaped(address)}>?(?![\\w-]|\\.[\\w-])`
  return new RegExp(
    String.raw`\bforward(?:s|ed|ing)?\b[^\n]{0,100}?\bto\b[^\n]{0,60}?(?<![\w.-])${a}|(?<![\w.-])${a}(?:'\p{L}+)?[^\n]{0,60}?(?<!\p{L})yönlendir|(?<!\p{L})yönlendir\p{L}*[^\n]{0,60}?(?<![\w.-])${a}|\ban[ \t]+${a}[^\n]{0,30}?\bweiter(?:geleitet|leiten)`,
    'iu',
  ).test(text)
}

/** The readings, each failure at an address the text says mail is forwarded to marked as met beyond the forwarding. */
export function withForwardingTold(results: RecipientResult[], text: string): RecipientResult[] {
  const head = text.slice(0, 20_000)
  if (!/forward|yönlendir|weiter/i.test(head)) return results
  return results.map((r) =>
    r.recipient &&
    !r.forwarded &&
    (r.action === 'failed' || r.action === 'delayed') &&
    FORWARDABLE.has(r.reason) &&
    forwardsTo(head, r.recipient.toLowerCase())
      ? { ...r, forwarded: true }
      : r,
  )
}
