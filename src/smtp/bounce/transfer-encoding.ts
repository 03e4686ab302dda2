// The transfer encodings a bounce's parts and header words come in: base64 and quoted-printable
// bodies (RFC 2045 §6.7–6.8), RFC 2047 encoded words, and a charset's bytes made text. Every
// function returns what it was given when the encoding is broken: a bounce is read as it came.

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

export function decodeBody(body: string, encoding: string, charset: string | undefined): string {
  try {
    if (encoding === 'base64') {
      const clean = body.replace(/[^A-Za-z0-9+/=]/g, '')
      if (clean.length < 4) return body
      return bytesToText(base64ToBytes(clean), charset)
    }
    if (encoding === 'quoted-printable') return bytesToText(quotedPrintableToBytes(body), charset)
    if (charset && !/^(?:us-ascii|utf-8|ascii)$/i.test(charset) && /[\u0080-\u00ff]/.test(body))
      return bytesToText(latin1Bytes(body), charset)
  } catch {
    // A broken encoding is shown as it came: the raw text still has whatever codes are readable.
  }
  return body
}

function base64ToBytes(clean: string): Uint8Array {
  const usable = clean.replace(/=+$/, '')
  const bytes = new Uint8Array(Math.floor((usable.length * 3) / 4))
  let n = 0
  let buffer = 0
  let bits = 0
  for (let i = 0; i < usable.length; i++) {
    const v = BASE64.indexOf(usable[i] as string)
    if (v < 0) continue
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[n++] = (buffer >> bits) & 0xff
    }
  }
  return bytes.subarray(0, n)
}
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function quotedPrintableToBytes(body: string): Uint8Array {
  const soft = body.replace(/=[ \t]*\r?\n/g, '')
  // Up to 3 bytes per character: text pasted as quoted-printable may already hold decoded letters.
  const bytes = new Uint8Array(soft.length * 3)
  const encoder = new TextEncoder()
  let n = 0
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i)
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes[n++] = Number.parseInt(soft.slice(i + 1, i + 3), 16)
      i += 2
    } else if (c < 0x80) bytes[n++] = c
    else for (const b of encoder.encode(soft[i])) bytes[n++] = b
  }
  return bytes.subarray(0, n)
}

function latin1Bytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff
  return bytes
}

function bytesToText(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase()
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/** RFC 2047 encoded words; adjacent words separated only by space join without it (§6.2). */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value
  return value
    .replace(/(\?=)[ \t]*(?:\r?\n[ \t]+)?(?==\?)/g, '$1')
    .replace(ENCODED_WORD, (word, charset: string, enc: string, data: string) => {
      try {
        const bytes =
          enc.toUpperCase() === 'B' ? base64ToBytes(data) : quotedPrintableToBytes(data.replace(/_/g, ' '))
        return bytesToText(bytes, charset.split('*')[0])
      } catch {
        return word
      }
    })
}

/**
 * Soft line breaks in text with no MIME headers: "550=" / "5.2.=" at a line end. A line that is
 * one base64 word ends in "=" padding, not a soft break: an AUTH exchange typed by hand
 * ("cGFzcw==" then "535 …") must not be decoded into "cGFzcwS5 …"; nor is a rule of "=" signs.
 */
export function hasLooseSoftBreaks(text: string): boolean {
  const soft = text.match(/^(?![A-Za-z0-9+/]+={1,2}\r?$|=+\r?$).*=\r?\n/gm)?.length ?? 0
  if (soft === 0) return false
  return soft >= 2 || /[\d.]=\r?\n[ \t]*[\d.]/.test(text)
}

export function decodeQuotedPrintableText(text: string): string {
  try {
    return new TextDecoder('utf-8').decode(quotedPrintableToBytes(text))
  } catch {
    return text.replace(/=\r?\n/g, '')
  }
}
