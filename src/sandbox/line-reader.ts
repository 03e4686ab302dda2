// Splits a TCP byte stream into lines for the engine, with a hard cap on what is buffered.

/** Longer than every engine limit (12288 octets for AUTH lines), so the engine sees an over-long line and answers it. */
export const MAX_BUFFERED_LINE = 16 * 1024

/** Octets discarded in a single line before the client counts as flooding and is cut off. */
export const FLOOD_LIMIT = 1024 * 1024

/** `crlf` is false for a line that ended in a bare LF, which RFC 5321 §2.3.8 says is no line end. */
export type LineEvent = { kind: 'line'; line: string; crlf: boolean } | { kind: 'flood' }

/**
 * Lines end in CRLF (RFC 5321 §2.3.8). A line that ends in a bare LF is passed on marked as such,
 * so the sandbox can refuse it as a command and never let it end DATA (the pattern behind SMTP
 * smuggling). A bare CR stays inside the line. A line longer than MAX_BUFFERED_LINE
 * is kept only up to the cap and the rest is dropped until the next LF, so memory stays
 * bounded whatever the client sends; the truncated line still reaches the engine, which
 * answers 500 (or refuses the message, inside DATA).
 */
export function createLineReader() {
  let pending: Buffer[] = []
  let pendingBytes = 0
  let discarded = 0
  /** The line's last byte, kept or discarded: a CR there means the line ended in CRLF. */
  let lastByte = -1

  function take(): { line: string; crlf: boolean } {
    const bytes = Buffer.concat(pending)
    pending = []
    pendingBytes = 0
    discarded = 0
    const crlf = lastByte === 0x0d
    lastByte = -1
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length
    return { line: bytes.subarray(0, end).toString('utf8'), crlf }
  }

  function keep(chunk: Buffer) {
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1] as number
    const room = MAX_BUFFERED_LINE + 1 - pendingBytes
    if (room > 0) {
      const part = chunk.subarray(0, room)
      pending.push(part)
      pendingBytes += part.length
    }
    discarded += Math.max(0, chunk.length - Math.max(room, 0))
  }

  return {
    /** Bytes held for a line not yet ended (for the data-rate check). */
    get pending() {
      return pendingBytes + discarded
    },
    push(chunk: Buffer): LineEvent[] {
      const events: LineEvent[] = []
      let rest = chunk
      while (rest.length > 0) {
        const lf = rest.indexOf(0x0a)
        if (lf < 0) {
          keep(rest)
          if (discarded > FLOOD_LIMIT) events.push({ kind: 'flood' })
          break
        }
        keep(rest.subarray(0, lf))
        events.push({ kind: 'line', ...take() })
        rest = rest.subarray(lf + 1)
      }
      return events
    },
  }
}
