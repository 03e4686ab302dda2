// The DSN path of the bounce explainer (report.ts): the recipients a report's delivery-status
// fields (RFC 3464 §2.3) or an Amazon SES notification name, and each one's result, read from its
// own fields and paragraph first.

import { type DsnRecipient, readDsnRecipients } from './dsn'
import { bestEnhanced, codesIn, lastTransientReply } from './failure-codes'
import { actionFromClass, classCode, DSN_FIELD, isExpired } from './message-kind'
import type { MimePart } from './mime'
import { blockAbout, type Context, commandFor, localCommand } from './recipient-context'
import { finish, type RecipientResult } from './recipient-result'
import { readSesNotification } from './ses-json'

/** Status codes whose meaning is a cause of its own (RFC 3463 §3.2–3.5): addresses, mailboxes, size, routing. */
const SPECIFIC_STATUS = /^[45]\.(?:1\.[1-8]|2\.[1-4]|3\.4|4\.[47])$/

/** A reply quoted in the notice's words ("521 5.2.1 : AOL will not accept delivery"): it is read. */
const REPLY_LINE = /^\s*[45]\d\d[ -]/m

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])

export function dsnRecipients(text: string, parts: MimePart[]): DsnRecipient[] {
  const reports = parts.filter((p) => DSN_TYPES.has(p.type))
  if (reports.length > 0) {
    const read = reports.flatMap((p) => readDsnRecipients(text, p.start, p.end))
    // A second notice pasted below the first (a delay notice, then the final failure) ends up
    // after the first message's closing boundary: its fields are read too, and its final word
    // on a recipient replaces the earlier "delayed".
    const after = Math.max(...parts.map((p) => p.end))
    const later = DSN_FIELD.test(text.slice(after)) ? readDsnRecipients(text, after, text.length) : []
    return supersede([...read, ...later])
  }
  const ses = readSesNotification(text)
  if (ses.length > 0) return ses
  // A report pasted without its MIME wrapping.
  return DSN_FIELD.test(text) ? readDsnRecipients(text) : []
}

/** Drops a recipient's "delayed" where a later entry gives it a final action. */
function supersede(recipients: DsnRecipient[]): DsnRecipient[] {
  return recipients.filter(
    (r, i) =>
      r.action !== 'delayed' ||
      !recipients.some((later, j) => j > i && later.recipient === r.recipient && later.action !== 'delayed'),
  )
}

/**
 * What a report about several recipients says of them all: its readable text before the first of
 * them is named (the heading, "could not be delivered to one or more recipients"). Another
 * recipient's error or "retry timeout exceeded" is not this one's.
 */
export function preamble(ctx: Context, recipients: readonly DsnRecipient[]): string {
  const named = recipients
    .map((r) => (r.recipient ? ctx.humanLower.indexOf(r.recipient) : -1))
    .filter((i) => i >= 0)
  const first = named.length > 0 ? Math.min(...named) : 0
  return ctx.humanText.slice(Math.max(0, first - 3000), first)
}

/** One DSN recipient's result; `shared` is what the report says of every recipient (all of it, for one). */
export function fromDsn(r: DsnRecipient, ctx: Context, shared: string): RecipientResult {
  const only = shared === ctx.cues
  // The recipient's own paragraph of the readable part; a report about one recipient is all about it.
  const block = (r.recipient ? blockAbout(ctx, r.recipient) : undefined) ?? (only ? ctx.humanText : '')
  const diag = r.diagnostic ?? ''
  const fromDiag = codesIn(diag)
  const blockCodes = codesIn(block)
  const fromBlock = only && !blockCodes.reply && block !== ctx.humanText ? codesIn(ctx.humanText) : blockCodes
  // A Status takes no reply of another class from the readable lines around it, which are another
  // recipient's (Sendmail's "Action: expanded / Status: 2.0.0" beside "<eva@…>... Deferred: 421
  // 4.3.2 …", a delay's 4.4.1 beside another's "550 5.1.1"): RFC 3463 §2, the two agree in class.
  const statusClass = r.status?.charAt(0)
  const otherClass =
    !fromDiag.reply && statusClass && fromBlock.reply && fromBlock.reply.charAt(0) !== statusClass
  let reply = fromDiag.reply ?? (otherClass ? null : fromBlock.reply)
  const enhanced = bestEnhanced(
    r.status,
    fromDiag.enhanced.length > 0 ? fromDiag.enhanced : fromBlock.enhanced,
  )
  const action = r.action ?? actionFromClass(classCode(enhanced, reply, ctx.text), `${block}\n${shared}`)
  const words = [diag, block].filter(Boolean).join('\n')
  // A permanent reply and status of its own ("550 5.1.1 … does not exist") failed the recipient at
  // once: whatever expiry the rest of the report speaks of is another recipient's. (Not a queue's
  // own "554 4.4.7 Message expired" or Microsoft's "550 5.4.316 Message expired", which say so.)
  const permanent =
    fromDiag.reply?.startsWith('5') &&
    enhanced?.startsWith('5') &&
    isExpired('failed', enhanced, diag) === 'no'
  const expired = r.expired
    ? 'yes'
    : permanent
      ? 'no'
      : isExpired(action, r.status ?? classCode(enhanced, reply, ctx.text), `${words}\n${shared}`)
  // An expired message quotes the wrapper first and the last real error inside it: that one says why.
  if (expired !== 'no') reply = lastTransientReply(diag) ?? lastTransientReply(block) ?? reply
  const causeCodes = fromDiag.reply || fromDiag.enhanced.length > 0 ? fromDiag : fromBlock
  return finish({
    recipient: r.recipient ?? null,
    action,
    status: r.status ?? null,
    reply,
    enhanced,
    // A Status alone, with no Diagnostic-Code and no reply quoted, names the cause in a specific
    // code: the notice's other words ("protected by an anti-spam gateway") do not outrank X.1.1.
    words: diag || (SPECIFIC_STATUS.test(r.status ?? '') && !REPLY_LINE.test(block) ? '' : block),
    context: `${block}\n${shared}`,
    expired,
    causeCodes: { ...causeCodes, reply },
    command: localCommand(block, reply) ?? commandFor(ctx, reply, enhanced, r.recipient),
    diagnostic: r.diagnostic ?? null,
    remoteMta: r.remoteMta ?? null,
    from: 'dsn',
    expanded: expandedElsewhere(r),
  })
}

/**
 * Original-Recipient info@… above Final-Recipient ivan.petrov@…: an alias or forwarding led there.
 * Not the same mailbox under another name (bob@contoso.com routed as bob@contoso.mail.onmicrosoft.com,
 * bob+news@… delivered as bob@…): its local part is the same.
 */
function expandedElsewhere(r: DsnRecipient): boolean {
  const local = (address: string | undefined) => address?.split('@')[0]?.replace(/\+.*$/, '')
  return r.original !== undefined && r.recipient !== undefined && local(r.original) !== local(r.recipient)
}
