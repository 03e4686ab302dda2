// Reply values and their wire form. Pure: the engine returns these, the UI and the
// TCP sandbox render them. Text is protocol data (English), never UI prose.

import type { ReplyReason } from './reasons'

/**
 * One SMTP reply as it travels on the wire.
 * `lines` are the exact lines without CRLF: every line but the last has '-' after the
 * code, the last has ' ' (RFC 5321 §4.2.1). `enhanced` is the RFC 3463 code carried in
 * the text, present only when it was actually sent.
 */
export interface Reply {
  code: string
  enhanced?: string
  lines: string[]
  /** Why the engine sent it; the narration key (`reply.<reason>`). Absent on hand-built replies. */
  reason?: ReplyReason
}

/**
 * Builds a reply. With `enhanced`, the code starts the text (RFC 2034 §4) of every line,
 * as Postfix and Exim write multi-line replies. An empty text gives 'NNN ' (the trailing
 * space is how RFC 4954 §4 writes an empty 334 challenge).
 */
export function formatReply(code: string, texts: string[], enhanced?: string): Reply {
  const body = texts.length > 0 ? texts : ['']
  const last = body.length - 1
  const lines = body.map((text, i) => {
    const prefix = enhanced ? `${enhanced} ` : ''
    return `${code}${i < last ? '-' : ' '}${prefix}${text}`
  })
  return enhanced ? { code, enhanced, lines } : { code, lines }
}

/**
 * Makes client-supplied text safe to echo in a reply: one line, printable ASCII,
 * bounded length. Without this a NUL, a bare CR or a 500-octet address could break the
 * reply framing the client relies on (RFC 5321 §2.3.8, §4.5.3.1.5).
 */
export function echo(text: string, max = 80): string {
  let out = ''
  for (const ch of text) {
    if (out.length >= max) return `${out}...`
    const c = ch.codePointAt(0) ?? 0
    out += c >= 0x20 && c < 0x7f ? ch : '?'
  }
  return out
}
