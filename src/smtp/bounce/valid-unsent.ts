// JavaMail sends one message to all its recipients and, by default (mail.smtp.sendpartial false),
// to none of them when the server refuses any: its SendFailedException then lists the refused
// addresses as invalid and the accepted ones as "valid unsent" (getValidUnsentAddresses). Those
// never got the message, though nothing is wrong with them: a reader who sees only the refused
// address would think the others had it.
import { ADDRESS_IN_TEXT } from './address-words'
import type { RecipientResult } from './recipient-result'

/** "validUnsent=[a@…, b@…]", "Valid Unsent Addresses: a@…", "valid unsent: a@…, b@…". */
const VALID_UNSENT = /\bvalid[ _]?unsent(?:[ _]?addresses)?\b[ \t]*[:=][ \t]*\[?([^\]\n]{0,2000})/gi

/** Its debug output (mail.debug): "DEBUG SMTP: Valid Unsent Addresses", then one "DEBUG SMTP:   a@…" line each. */
const VALID_UNSENT_DEBUG =
  /^DEBUG SMTP: Valid Unsent Addresses[ \t]*\r?\n((?:DEBUG SMTP:[ \t]+[^\s@]+@[^\s@]+[ \t]*(?:\r?\n|$)){1,100})/gm

/** The addresses a JavaMail exception, or its debug output, lists as valid but unsent. */
export function validUnsentAddresses(text: string): string[] {
  const found: string[] = []
  const head = text.slice(0, 200_000)
  for (const m of [...head.matchAll(VALID_UNSENT), ...head.matchAll(VALID_UNSENT_DEBUG)])
    for (const address of (m[1] as string).match(ADDRESS_IN_TEXT) ?? []) found.push(address.toLowerCase())
  return [...new Set(found)]
}

/** One not-sent row per valid-unsent address the results do not already read. */
export function withValidUnsent(results: RecipientResult[], text: string): RecipientResult[] {
  const [first] = results
  if (first?.action !== 'not-sent') return results
  const read = new Set(results.map((r) => r.recipient?.toLowerCase()))
  const unsent = validUnsentAddresses(text).filter((a) => !read.has(a))
  return [
    ...results,
    ...unsent.map(
      (recipient): RecipientResult => ({
        ...first,
        recipient,
        reason: 'unsent-with-others',
        cause: null,
        reply: null,
        enhanced: null,
        vendor: false,
        vendorUse: null,
        command: null,
        diagnostic: null,
        named: [],
      }),
    ),
  ]
}
