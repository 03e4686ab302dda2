// A bounce of a bounce, opened as it came: the mail system tells its postmaster that a failure
// notice it sent could not be delivered (Sendmail's "Postmaster notify: see transcript for
// details"), or the mailbox's own auto-reply came back (a vacation reply to a newsletter's no-reply
// address). The address that failed is the sender of a message the server could not deliver or
// answered automatically, and a sender address that takes no mail is most often a forged one (spam)
// or a no-reply one: nobody corrects or resends anything.
import type { MimePart } from './mime'

/**
 * The returned message is itself automatic: a failure notice (its null sender, its From, its
 * subject) or an auto-reply (RFC 3834 §5: "Auto-Submitted: auto-replied").
 */
const NOTICE_HEADER =
  /^(?:Return-Path:[ \t]*<>|From:[^\n]*(?:MAILER-DAEMON|Mail Delivery (?:Subsystem|System))|Auto-Submitted:[ \t]*auto-(?:generated \(failure\)|replied)|Subject:[ \t]*(?:Returned mail: |Undelivered Mail Returned to Sender|Mail delivery failed|Delivery Status Notification \(Failure\)|Undeliverable: ))/im

const QMAIL_DOUBLE_BOUNCE = /\bbut the bounce bounced\b|^--- Below this line is the original bounce\b/m

/** Where a plain-text notice returns the message: Sendmail's and Exim's copy below their text. */
const RETURNED_COPY =
  /^[ \t]*-{3,}[ \t]*(?:Original message follows|This is a copy of the message|Message header follows)[^\n]*\n/gim

/** The returned message of `text` (a message/rfc822 or text/rfc822-headers part, or the copy below a plain notice) is automatic. */
export function returnsANotice(text: string, parts: MimePart[]): boolean {
  // qmail says so itself: "I tried to deliver a bounce message to this address, but the bounce bounced!"
  if (QMAIL_DOUBLE_BOUNCE.test(text.slice(0, 20_000))) return true
  const returned = parts.some(
    (p) =>
      (p.type === 'message/rfc822' || p.type === 'text/rfc822-headers') &&
      NOTICE_HEADER.test(headerBlock(text.slice(p.start, Math.min(p.end, p.start + 20_000)))),
  )
  if (returned || parts.length > 1) return returned
  const copy = [...text.slice(0, 200_000).matchAll(RETURNED_COPY)][0]
  return (
    copy !== undefined &&
    NOTICE_HEADER.test(headerBlock(text.slice(copy.index + copy[0].length).slice(0, 20_000)))
  )
}

/** A part's own header block: up to its first blank line, past the part's own MIME headers. */
function headerBlock(part: string): string {
  const body = part.replace(/^\s+/, '')
  const end = body.search(/\n[ \t]*\n/)
  return end < 0 ? body : body.slice(0, end)
}
