// JavaMail sends one message to all its recipients and, by default (mail.smtp.sendpartial false),
// to none of them when the server refuses any: its SendFailedException then lists the refused
// addresses as invalid and the accepted ones as "valid unsent" (getValidUnsentAddresses). Those
// never got the message, though nothing is wrong with them: a reader who sees only the refused
// address would think the others had it.
import { ADDRESS_IN_TEXT } from './address-words'
import type { RecipientResult } from './recipient-result'

/** "validUnsent=[a@…, b@…]", "Valid Unsent Addresses: a@…", "valid unsent: a@…, b@…". */
const VALID_UNSENT = /\bvalid[ _]?unsent(?:[ _]?addresses)?\b[ \t]*[:=][ \t]*\[?([^\]\n]{0,2000})/gi

/**
 * Its lists one address a line under a heading: the debug output's "DEBUG SMTP: Valid Unsent
 * Addresses" / "DEBUG SMTP:   a@…", and a log's "Valid Unsent Addresses:", "Valid Sent Addresses:"
 * (mail.smtp.sendpartial true: those got it), "Invalid Addresses:", each entry indented below.
 */
const LIST_HEADING = /^[ \t]*(?:DEBUG SMTP:[ \t]*)?(Valid Unsent|Valid Sent|Invalid) Addresses:?[ \t]*$/i
const LIST_ENTRY = /^[ \t]*(?:DEBUG SMTP:)?[ \t]+<?([^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,})>?[ \t]*$/

export type JavaMailList = 'unsent' | 'sent' | 'invalid'

/** The addresses JavaMail lists under its headings, each with its list. */
export function javaMailLists(text: string): Map<string, JavaMailList> {
  const listed = new Map<string, JavaMailList>()
  if (!/Addresses/i.test(text.slice(0, 200_000))) return listed
  let current: JavaMailList | undefined
  for (const line of text.slice(0, 200_000).split('\n', 5000)) {
    const heading = LIST_HEADING.exec(line)?.[1]?.toLowerCase()
    if (heading) {
      current = heading === 'valid unsent' ? 'unsent' : heading === 'valid sent' ? 'sent' : 'invalid'
      continue
    }
    const address = current && LIST_ENTRY.exec(line)?.[1]
    if (current && address) listed.set(address.toLowerCase(), current)
    else current = undefined
  }
  return listed
}

/** The addresses a JavaMail exception, or its debug output, lists as valid but unsent. */
export function validUnsentAddresses(text: string): string[] {
  const found: string[] = []
  for (const m of text.slice(0, 200_000).matchAll(VALID_UNSENT))
    for (const address of (m[1] as string).match(ADDRESS_IN_TEXT) ?? []) found.push(address.toLowerCase())
  for (const [address, list] of javaMailLists(text)) if (list === 'unsent') found.push(address)
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
