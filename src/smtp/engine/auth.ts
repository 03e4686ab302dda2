// SASL for the AUTH command (RFC 4954): PLAIN (RFC 4616) and LOGIN (the widely deployed
// draft-murchison-sasl-login). Pure: base64 is decoded by hand so no Node or DOM API is needed.

import type { Credential } from './policy'

/** RFC 4954 §4 challenges for LOGIN: base64 of 'Username:' and 'Password:'. */
export const LOGIN_USERNAME_PROMPT = 'VXNlcm5hbWU6'
export const LOGIN_PASSWORD_PROMPT = 'UGFzc3dvcmQ6'

export const MECHANISMS = ['PLAIN', 'LOGIN'] as const

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Decodes a base64 client response into text (UTF-8). Returns undefined when it is not
 * base64, which RFC 4954 §4 answers with 501. '=' alone is the empty response (§4).
 */
export function decodeBase64(input: string): string | undefined {
  if (input === '=') return ''
  if (input.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(input)) return undefined
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const ch of input) {
    if (ch === '=') break
    buffer = (buffer << 6) | ALPHABET.indexOf(ch)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return utf8Decode(bytes)
}

/** Base64 of a text (UTF-8); scenarios and tests use it to build AUTH lines. */
export function encodeBase64(text: string): string {
  const bytes = utf8Encode(text)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET[(n >> 18) & 63]
    out += ALPHABET[(n >> 12) & 63]
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '='
  }
  return out
}

/**
 * RFC 4616 §2: message = [authzid] NUL authcid NUL passwd. Returns the user on success.
 * An authzid other than the user itself would mean "act as someone else", which this
 * server never allows.
 */
export function checkPlain(message: string, credentials: Credential[]): string | undefined {
  const parts = message.split('\0')
  if (parts.length !== 3) return undefined
  const [authzid = '', user = '', password = ''] = parts
  if (authzid !== '' && authzid !== user) return undefined
  return checkLogin(user, password, credentials)
}

export function checkLogin(user: string, password: string, credentials: Credential[]): string | undefined {
  const found = credentials.find((c) => c.user === user && c.password === password)
  return found && user !== '' ? found.user : undefined
}

function utf8Encode(text: string): number[] {
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return out
}

/** Lenient UTF-8: a malformed sequence becomes U+FFFD, so odd bytes fail the credential check instead of throwing. */
function utf8Decode(bytes: number[]): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1
    if (need < 0) {
      out += '\uFFFD'
      i++
      continue
    }
    let c = need === 0 ? b : b & (0x3f >> need)
    let ok = i + need < bytes.length
    for (let k = 1; ok && k <= need; k++) {
      const cont = bytes[i + k] ?? 0
      if ((cont & 0xc0) !== 0x80) ok = false
      else c = (c << 6) | (cont & 63)
    }
    out += ok && c <= 0x10ffff ? String.fromCodePoint(c) : '\uFFFD'
    i += ok ? need + 1 : 1
  }
  return out
}
