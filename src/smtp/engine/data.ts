// The DATA phase: message content lines after 354 until the lone '.' (RFC 5321 §4.1.1.4).

import { type Ctx, clearTransaction, type LineEnding, say } from './context'
import { CRLF_OCTETS, octetLength, TEXT_LINE_MAX } from './limits'
import type { Reply } from './reply'

/** FNV-1a, 32 bit: a cheap deterministic digest so equal input gives an equal queue id. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

export function startData(ctx: Ctx) {
  ctx.state = 'data'
  ctx.data = { octets: 0, lineTooLong: false, hash: fnv1a(ctx.hostname), lastEnding: 'crlf' }
}

/**
 * One content line. Nothing is answered until the end: RFC 5321 §4.1.1.4 has a single
 * reply for the whole message, so problems found on the way (size, long lines) are
 * remembered and reported after the '.'.
 */
export function receiveDataLine(ctx: Ctx, line: string, ending: LineEnding = 'crlf'): Reply[] {
  const data = ctx.data
  if (!data) return []
  // Only <CRLF>.<CRLF> ends the data. <LF>.<LF>, <LF>.<CRLF> and <CRLF>.<LF> are content: a server
  // that ends on them lets a second message be smuggled past the one the sender's server checked.
  const ends = line === '.' && ending === 'crlf' && data.lastEnding === 'crlf'
  data.lastEnding = ending
  if (ends) return finishData(ctx)
  // RFC 5321 §4.5.2: a leading dot was doubled by the client; remove one.
  const content = line.startsWith('.') ? line.slice(1) : line
  const octets = octetLength(content) + CRLF_OCTETS
  // RFC 5321 §4.5.3.1.6: 1000 octets with CRLF, not counting the stuffed dot.
  if (octets > TEXT_LINE_MAX) data.lineTooLong = true
  // RFC 1870 §5: the size counts the content with CRLF line ends, without dot-stuffing.
  data.octets += octets
  data.hash = fnv1a(content, data.hash)
  return []
}

function finishData(ctx: Ctx): Reply[] {
  const data = ctx.data
  const tx = ctx.tx
  clearTransaction(ctx)
  if (!data || !tx) return []
  if (data.lineTooLong) {
    // RFC 5321 §4.5.3.1.9 suggests "500 Line too long"; after DATA the reply belongs to
    // the §4.3.2 data-end set, where 554 "transaction failed" is the general refusal.
    return [
      say(ctx, 'messageLineTooLong', '554', '5.6.0', 'Message refused: a line is longer than 998 octets'),
    ]
  }
  const max = ctx.policy.maxSize
  if (max > 0 && data.octets > max) {
    // RFC 1870 §6.3: a message larger than the fixed maximum gets 552 at the end of data.
    return [say(ctx, 'messageTooLarge', '552', '5.3.4', 'Message size exceeds fixed maximum message size')]
  }
  ctx.messages++
  ctx.serial++
  const id = queueId(ctx, tx.from, tx.recipients, data.hash)
  return [say(ctx, 'messageQueued', '250', '2.0.0', `Ok: queued as ${id}`)]
}

function queueId(ctx: Ctx, from: string, recipients: string[], contentHash: number): string {
  const h1 = fnv1a(`${from}|${recipients.join(',')}|${ctx.serial}`, contentHash)
  const h2 = fnv1a(String(h1), ctx.serial)
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12).toUpperCase()
}
