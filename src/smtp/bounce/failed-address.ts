// The failed recipient of a text no DSN field names: a reply that names the address it refuses, a
// recipient field (RCPT TO, to=, a webhook's "recipient"), a sentence's destination or a label when
// no other address is as likely; else the addresses the text names, listed rather than guessed. The
// sender's own addresses, greetings, contacts, forward-paths and accepted recipients are left out.

import {
  ACCEPTED_LINE,
  ACCEPTED_NEXT,
  CONTACT_BEFORE,
  CONTACT_LABEL,
  ccAbove,
  DESTINATION_AFTER,
  DESTINATION_BEFORE,
  FORM_PERSON_FIELD,
  FORWARD_BEFORE,
  FORWARD_PATH_BEFORE,
  greeted,
  MESSAGE_ID_BEFORE,
  ownLabel,
  RECIPIENT_AFTER,
  RECIPIENT_BEFORE,
  SENDER_AFTER,
  SENDER_BEFORE,
  SIGNED_INLINE,
  TAB_ROW_AFTER_ADDRESS,
  TO_LABEL,
  TO_ME,
  UNTIL_NOW,
  WORKS_AFTER,
} from './address-words'
import { BLOCK_DESK_ADDRESS } from './desk-addresses'
import { findAddress } from './dsn'
import {
  EMAIL_FIELD,
  headerOwnAddresses,
  inHeaderBlock,
  RECIPIENT_LABEL_BEFORE,
  SELF_BEFORE,
} from './form-fields'
import { MAX_NAMED } from './limits'
import { eventRows, recordRows } from './record-lines'
import { refusedRecipients } from './refused-recipients'
import {
  belowSignOff,
  identityLine,
  recipientLabelled,
  SIGNATURE_LINE,
  senderLabelled,
  sentToAbove,
  signatureOf,
} from './signature'

/** "her old address (", "eski adresi": the address after it is one the recipient no longer uses. */
const OLD_BEFORE =
  /\b(?:old|former|previous) (?:e-?mail )?address[ \t]*[(:]?[ \t]*<?$|(?<!\p{L})eski (?:e-?posta )?adres\p{L}*[ \t]*[(:]?[ \t]*<?$/iu
const OLD_AFTER =
  /^>?\)?[ \t]*(?:is|was) (?:no longer|not) (?:used|in use|valid|active)\b|^>?\)?[ \t]*(?:artık )?kullanılmıyor/i

/**
 * The failed recipient a codeless report names: an address a recipient field marks ("RCPT TO:<…>",
 * Exim's "rejected RCPT <…>", "to=<…>", Kerio's "to <…>", a webhook's "recipient": "…"), else the
 * first address that is not the sender's (the bounce's own From or To, a log's sender field, the
 * address a refusal of the sender names, an Outlook error's sending account). Or, when the text names
 * several addresses and nothing in it tells which one failed (a contact form's "Email: sam@…" above
 * "Our customer bob@… does not get our mails"), none, and the addresses it names: a guess would as
 * often name the writer, or an address that works.
 */
export function readRecipient(
  text: string,
  headers: Map<string, string>,
): { recipient: string | undefined; named: string[] } {
  const picked = pickAddress(text, headers)
  if (!picked || (picked.rivals.length === 0 && !picked.listed))
    return { recipient: picked?.address, named: [] }
  // In the order the text names them.
  const lower = text.slice(0, 20_000).toLowerCase()
  const named = [picked.address, ...picked.rivals].sort((a, b) => lower.indexOf(a) - lower.indexOf(b))
  return { recipient: undefined, named: named.slice(0, MAX_NAMED) }
}

/**
 * The address the text marks as the failed recipient, if it does: a record's recipient column, a
 * reply that names it, a RCPT TO, a "to=" field, a "Recipient:" label, a sentence's destination. Such
 * an address outranks a lone address line below the last reply, which may be the writer's signature
 * in any form ("Jana" / "jana@…", "山田" / "yamada@…"). An address merely near a reply is not marked:
 * in a ticket it is as often the writer's ("Email: sam@…" / "Issue: 550 …").
 */
export function markedRecipient(text: string, headers: Map<string, string>): string | undefined {
  const picked = pickAddress(text, headers)
  return picked?.marked ? picked.address : undefined
}

/** The address picked, whether the text marks it, and the addresses as likely as it (none when sure). */
interface Picked {
  address: string
  marked: boolean
  rivals: string[]
  /** Listed even with no rival: the writer's own address, which may or may not be the one that failed. */
  listed?: boolean
}

function pickAddress(text: string, headers: Map<string, string>): Picked | undefined {
  // A record row (PowerMTA's, a message trace's) or a webhook event names its recipient's column.
  const recorded =
    recordRows(text.slice(0, 20_000))[0]?.recipient ?? eventRows(text.slice(0, 20_000))[0]?.recipient
  if (recorded) return { address: recorded, marked: true, rivals: [] }
  const own = new Set(headerOwnAddresses(headers))
  const words = text.slice(0, 20_000).replace(/Task '[^']*'/g, '')
  // The reply that names its recipient ("550 5.1.1 <carol@…>: Recipient address rejected") outranks
  // a list of recipients before it ("recipients: bob@…, carol@…").
  const refused = refusedRecipients(words)[0]
  // A reply that refuses the To of a pasted header block ("To: bob@…" above "550 5.1.1 <bob@…>:
  // Recipient address rejected") names its recipient: only a forwarded bounce's To is the sender.
  if (refused && (!own.has(refused) || refused === findAddress(headers.get('to') ?? '')))
    return { address: refused, marked: true, rivals: [] }
  const found: string[] = []
  const { at: signature, signedOff } = signatureOf(words)
  let firstMarked: string | undefined
  let firstDestination: string | undefined
  let firstLabelled: string | undefined
  const headerListed: string[] = []
  const fielded: string[] = []
  const self: string[] = []
  const signed: string[] = []
  // Addresses a sentence gives someone to write to ("contact our supplier at orders@…", "reach out
  // to help@…"): often a desk, but as often the very address the writer could not reach.
  const contacts: string[] = []
  // A person's line of their own ("Alice Smith <alice@…>" heading a ticket's comment, "山田" above
  // "yamada@…"): whose it is, the words around do not say.
  const identities: string[] = []
  // Every address a sentence sends to: of two ("Emails to karen@… arrive, but what we send to
  // accounts@… bounces"), neither is sure.
  const destinations: string[] = []
  const old = new Set<string>()
  // A top-level domain is letters (or an IDN's xn--): "/usr/local/Cellar/python@3.9/…" is a path.
  for (const m of words.matchAll(
    /[^\s<>()[\]{}"',;:“”‘’：，；（）]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)(?![\w-])/g,
  )) {
    const before = words.slice(Math.max(0, m.index - 24), m.index)
    const lineBefore = words.slice(words.lastIndexOf('\n', m.index) + 1, m.index)
    // ZoneMTA, Haraka and Exim (F=) write their fields unbracketed: "from=alice@… to=bob@…".
    const field = /^(\w+)=/.exec(m[0])?.[1]?.toLowerCase()
    const address = (field ? m[0].slice(field.length + 1) : m[0]).toLowerCase()
    // The writer's own address ("I'm Sam (sam@…)", "my address sam@…"): the recipient only when the
    // text names no other ("my address sam@… and people who write to me get 552 5.2.2").
    if (SELF_BEFORE.test(words.slice(Math.max(0, m.index - 40), m.index))) {
      self.push(address)
      continue
    }
    // (before a greeting's addressee: "Hello, I'm Priya (priya@…)" names the writer)
    if (
      field === 'from' ||
      field === 'f' ||
      SENDER_BEFORE.test(before) ||
      SENDER_AFTER.test(words.slice(m.index + m[0].length, m.index + m[0].length + 30))
    ) {
      own.add(address)
      continue
    }
    // An address the text says mail reaches ("mails to carol@… arrive", "I can send to carol@…
    // without problems") did not fail.
    // Unless it went through only until now, and no other address follows to carry the contrast
    // ("anna@… used to arrive, but since Monday they bounce"; not "carol@… arrive, but bob@… bounce").
    const rest = words.slice(m.index + m[0].length, m.index + m[0].length + 160).split('\n')[0] ?? ''
    if (WORKS_AFTER.test(rest) && !(UNTIL_NOW.test(rest) && !rest.includes('@'))) continue
    // An address the writer calls old ("her old address (paula.s@…)", "… is not used any more") is
    // no rival of the one a sentence sends to today.
    if (OLD_BEFORE.test(before) || OLD_AFTER.test(rest)) old.add(address)
    // The writer's signature: an address alone on its line below a sign-off ("Thanks," / "Leo"),
    // or in the few short lines that end the paste below its last reply.
    // A name the line above sends to ("when I write to" / "Bob Miller" / "bob@…"), a label on a line
    // of its own ("Recipient" / "Bob Miller" / "bob@…"): no signature's.
    const sentTo = sentToAbove(words, m.index)
    const labelledAbove = !sentTo && recipientLabelled(words, m.index)
    if (
      !sentTo &&
      !labelledAbove &&
      // (after a signature's other entries: "ana@… | Customer care: support@…")
      SIGNATURE_LINE.test(lineBefore.slice(lineBefore.lastIndexOf('|') + 1)) &&
      (m.index >= signature || belowSignOff(words, m.index))
    ) {
      // Below a sign-off it is the writer's; below a name alone, the recipient when nothing else is.
      if (m.index >= signature && !signedOff && !belowSignOff(words, m.index)) signed.push(address)
      continue
    }
    // The writer signing off beside their address ("cheers, derek@…"): theirs, listed at most.
    if (SIGNED_INLINE.test(words.slice(Math.max(0, m.index - 80), m.index))) {
      signed.push(address)
      continue
    }
    // A copied trace's sender, labelled on a line of its own above ("Sender" / "Alice Smith" / "alice@…").
    if (senderLabelled(words, m.index)) {
      own.add(address)
      continue
    }
    // A copied message trace's row ("…\tFAIL\tSMTP\tbob@…\t550 …\tInvoice\talice@…"): the row's
    // first address is its recipient, a later one its sender (review 39: the admin centres' shape).
    if (TAB_ROW_AFTER_ADDRESS.test(lineBefore)) continue
    // A result's list of the recipients the server took ("Accepted: bob@…, carol@…").
    if (ACCEPTED_LINE.test(lineBefore)) continue
    // A link's query ("why.html?sender=alice@…") is no address of the report's.
    if (
      own.has(address) ||
      /^(?:postmaster|mailer-daemon)@/.test(address) ||
      /[/?&]/.test(address.split('@')[0] ?? '')
    )
      continue
    const end = m.index + m[0].length
    // "<bob@…>: Recipient address rejected" names the recipient wherever it stands (PowerMTA's
    // accounting line lists the sender first, in a field no word marks).
    if (RECIPIENT_AFTER.test(words.slice(end, end + 160))) return { address, marked: true, rivals: [] }
    // 551's forward-path (RFC 5321 §3.4): "User not local; please try <new@…>" names where the
    // recipient went, AT&T's "forward this error to abuse_rbl@…" and T-Online's "to contact
    // tosa@rx.t-online.de" whom to ask: neither failed.
    if (MESSAGE_ID_BEFORE.test(before) || FORWARD_PATH_BEFORE.test(before)) continue
    if (FORWARD_BEFORE.test(before)) {
      contacts.push(address)
      continue
    }
    const labelled = RECIPIENT_LABEL_BEFORE.test(before) || labelledAbove
    const marked = !labelled && RECIPIENT_BEFORE.test(before)
    const destination =
      !marked &&
      (sentTo ||
        DESTINATION_BEFORE.test(words.slice(Math.max(0, m.index - 40), m.index)) ||
        DESTINATION_AFTER.test(words.slice(end, end + 12)))
    // A server's desk ("email delist@…", "abuse@…") or the addressee a greeting names is no recipient.
    if (
      !marked &&
      (BLOCK_DESK_ADDRESS.test(address) || greeted(words, m.index, end) || ownLabel(words, m.index))
    )
      continue
    if (
      !marked &&
      (CONTACT_BEFORE.test(words.slice(Math.max(0, m.index - 60), m.index)) || CONTACT_LABEL.test(lineBefore))
    ) {
      contacts.push(address)
      continue
    }
    // In a session, a RCPT TO the server accepted ("250 2.1.5 Ok" on the next line) did not fail: the
    // refusal answers another RCPT TO (RFC 5321 §4.1: each reply answers the command before it).
    if (marked && ACCEPTED_NEXT.test(words.slice(end, end + 120))) continue
    if (field === 'to' || marked) {
      firstMarked ??= address
      continue
    }
    if (!labelled && !destination && identityLine(words, m.index, end)) {
      identities.push(address)
      continue
    }
    if (destination) {
      firstDestination ??= address
      destinations.push(address)
    }
    // A form's "Recipient:" or "To:" (a ticket's "Error: 550 …" / "To: bob@…") names the recipient;
    // a pasted header block's To lists the message's recipients, not the failed one.
    else if (
      labelled ||
      (/^[ \t]*to[ \t]*:[^,;]*$/i.test(lineBefore) &&
        !/^[^\n]*?[,;]/.test(words.slice(end, end + 200)) &&
        !inHeaderBlock(words, m.index))
    )
      firstLabelled ??= address
    else if (TO_LABEL.test(lineBefore) || ccAbove(words, m.index)) headerListed.push(address)
    else if (EMAIL_FIELD.test(before)) fielded.push(address)
    else found.push(address)
  }
  // A reply naming its address ("bob@…: 550 …", above) outranks a recipient field (RCPT TO, to=),
  // which outranks a sentence's destination ("when emailing bob@…") or a label, which outrank the
  // first address left over; a pasted header's To or Cc lists the message's recipients, not the
  // failed one.
  const notOwn = (address: string) => !own.has(address)
  const rivalsOf = (address: string, others: (string | undefined)[]) => [
    ...new Set(
      others.filter((a): a is string => a !== undefined && a !== address && notOwn(a) && !old.has(a)),
    ),
  ]
  if (firstMarked) return { address: firstMarked, marked: true, rivals: [] }
  // Past this point only words name an address, and a person's words are read, not parsed: an
  // address no rule places ("found") is as likely the failed one as the address a sentence or a
  // label names, and of several found, any one. Such a text gets its addresses listed, never a
  // guess: reviews kept finding new ways in which a ticket, a chat or a signature misleads one.
  // A label ("Recipient: alice@…") is weaker than a sentence: a notice's own fields may label whom
  // it went to ("Recipient: alice@…" above "Your message to bob@… bounced"). When both name an
  // address, of two different ones neither is sure.
  const marked = firstDestination ?? firstLabelled
  if (marked)
    return {
      address: marked,
      marked: true,
      rivals: rivalsOf(marked, [firstDestination, firstLabelled, ...destinations, ...found, ...contacts]),
    }
  // A form's "Email:" field is as often the writer's (a contact form) as the recipient's (an email
  // service's event): beside another address, neither is sure. So is the first of a pasted header's
  // To or Cc list, of any other in it.
  const tiers = [found, fielded, headerListed]
  for (const [i, tier] of tiers.entries()) {
    const address = tier.find((a) => notOwn(a) && !old.has(a)) ?? tier.find(notOwn)
    if (address)
      return {
        address,
        marked: false,
        rivals: rivalsOf(address, [...tier, ...(i === 0 ? fielded : []), ...identities, ...contacts]),
        // A contact form's own "Email:" field is the writer's, whatever failed: listed, even alone.
        listed: tier === fielded && FORM_PERSON_FIELD.test(words),
      }
  }
  // The writer's own address, in a signature or an introduction, is the recipient only when the
  // text says mail to the writer fails, which no rule can tell from mail the writer sends failing:
  // listed, even alone.
  const address = signed.find(notOwn) ?? self.find(notOwn) ?? identities.find(notOwn) ?? contacts.find(notOwn)
  if (!address) return undefined
  const rivals = rivalsOf(address, [...signed, ...self, ...identities, ...contacts])
  // Unless the writer says mail to them fails ("Nobody can email me", "people who write to me get
  // 552", "cuando me escriben"), and names no other address.
  if (rivals.length === 0 && self.includes(address) && TO_ME.test(words))
    return { address, marked: false, rivals }
  return { address, marked: false, rivals, listed: true }
}
