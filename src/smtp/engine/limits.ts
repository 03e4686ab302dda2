// Size limits the engine enforces, with the section each one comes from.

/** RFC 5321 §4.5.3.1.4: a command line is at most 512 octets including the command word and CRLF. */
export const COMMAND_LINE_MAX = 512

/** RFC 5321 §4.5.3.1.6: a text (DATA) line is at most 1000 octets including CRLF, not counting a stuffed dot. */
export const TEXT_LINE_MAX = 1000

/**
 * RFC 4954 §4: the AUTH command line itself stays within RFC 5321's 512 octets (a client whose
 * initial response would not fit MUST send none and wait for the 334); only the lines of the
 * SASL exchange that follows may be longer, and 12288 octets is the length the RFC considers
 * sufficient there. Above it the exchange gets 500 5.5.6 (§6). The engine also lets an AUTH
 * command line run to this length, a tolerance for clients that send long OAuth tokens as an
 * initial response, not something the RFC allows.
 */
export const AUTH_LINE_MAX = 12288

/** RFC 5321 §4.5.3.1.8: a server MUST buffer at least 100 recipients per transaction. */
export const RECIPIENTS_MIN = 100

/** RFC 5321 §4.5.3.1.1-3: local-part 64, domain 255, whole path 256 octets. */
export const LOCAL_PART_MAX = 64
export const DOMAIN_MAX = 255
export const PATH_MAX = 256

/** CRLF is not part of the strings the engine sees, but it counts toward the limits above. */
export const CRLF_OCTETS = 2

/**
 * Length in UTF-8 octets. The limits are in octets (RFC 5321 §4.5.3.1), and a non-ASCII
 * line is longer on the wire than in UTF-16 code units. Lone surrogates count as the
 * 3-octet replacement character they would be encoded as.
 */
export function octetLength(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}
