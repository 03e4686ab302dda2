// The basic reply code catalogue (RFC 5321 §4.2 and its extensions) and the shared vocabulary the UI
// translates (classes, stages, actors, retry advice, provenance). Facts only; text is in locales.
import { PERMANENT_REPLY_CODES } from './reply-codes-permanent'
import { POSITIVE_REPLY_CODES } from './reply-codes-positive'
import { TRANSIENT_REPLY_CODES } from './reply-codes-transient'
import type { ReplyClass, ReplyCode } from './types'

/** Second digit of a reply code (RFC 5321 §4.2.1): 0 syntax, 1 information, 2 connections, 5 mail system. */
export type SecondDigit = 0 | 1 | 2 | 3 | 4 | 5

// RFC 5321 §4.2 Reply-code ABNF: %x32-35 %x30-35 %x30-39.
const REPLY_CODE_SHAPE = /^[2-5][0-5][0-9]$/

/** Every known basic reply code, in numeric order. */
export const REPLY_CODES: readonly ReplyCode[] = Object.freeze(
  [...POSITIVE_REPLY_CODES, ...TRANSIENT_REPLY_CODES, ...PERMANENT_REPLY_CODES].sort(
    (a, b) => Number(a.code) - Number(b.code),
  ),
)

const BY_CODE: ReadonlyMap<string, ReplyCode> = new Map(REPLY_CODES.map((entry) => [entry.code, entry]))

/** True when `s` is exactly a reply code the RFC 5321 grammar allows (it need not be in the catalogue). */
export function isReplyCodeShape(s: string): boolean {
  return REPLY_CODE_SHAPE.test(s)
}

/** The catalogue entry for a code such as ' 550 ' (surrounding space is ignored), or undefined. */
export function findReplyCode(code: string): ReplyCode | undefined {
  return BY_CODE.get(code.trim())
}

/**
 * The class (first digit) of any three-digit code with a first digit of 2–5, known or not: RFC 5321
 * §4.2 tells clients to act on the first digit of codes they do not know. Throws a RangeError for
 * anything else.
 */
export function replyClassOf(code: string): ReplyClass {
  return Number(threeDigits(code)[0]) as ReplyClass
}

/**
 * The category (second digit) of a code, or undefined when that digit is outside the 0–5 that
 * RFC 5321 §4.2.1 gives meanings to (some non-standard codes, such as 571, have one). Throws a
 * RangeError like replyClassOf.
 */
export function secondDigitOf(code: string): SecondDigit | undefined {
  const digit = Number(threeDigits(code)[1])
  return digit <= 5 ? (digit as SecondDigit) : undefined
}

function threeDigits(code: string): string {
  const trimmed = code.trim()
  if (!/^[2-5]\d\d$/.test(trimmed)) throw new RangeError(`Not an SMTP reply code: ${JSON.stringify(code)}`)
  return trimmed
}

// Records keyed by the union types make the compiler reject a list that misses a member, so the UI
// and the locale tests can iterate every value without repeating the unions by hand.
export { ACTORS, PROVENANCES, RETRY_ADVICE, STAGES } from './vocabulary'
export const REPLY_CLASSES: readonly ReplyClass[] = Object.freeze([2, 3, 4, 5] as const)
export const SECOND_DIGITS: readonly SecondDigit[] = Object.freeze([0, 1, 2, 3, 4, 5] as const)
