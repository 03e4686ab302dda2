// Parsing of the MAIL/RCPT arguments: the path in angle brackets and the ESMTP
// parameters after it (RFC 5321 §4.1.1.2, §4.1.1.3, §4.1.2).

import { DOMAIN_MAX, LOCAL_PART_MAX, octetLength, PATH_MAX } from './limits'

export type PathProblem = 'syntax' | 'too-long' | 'non-ascii'

export interface ParsedPath {
  /** The mailbox without brackets; '' for the null reverse-path '<>'. */
  address: string
  /** The raw text after '>' (ESMTP parameters). */
  rest: string
}

/**
 * Splits 'FROM:<a@b> SIZE=1' (keyword 'FROM') into path and parameters. RFC 5321 §4.1.2
 * has no space after the colon; like Postfix's default we tolerate one, because
 * hand-typing clients (and learners) send it. Returns undefined when the shape is wrong.
 */
export function splitPathArgument(arg: string, keyword: 'FROM' | 'TO'): ParsedPath | undefined {
  const head = `${keyword}:`
  if (arg.slice(0, head.length).toUpperCase() !== head) return undefined
  const rest = arg.slice(head.length).replace(/^ +/, '')
  const match = /^<([^<>]*)>(.*)$/.exec(rest)
  if (!match) return undefined
  const tail = match[2] ?? ''
  if (tail !== '' && !tail.startsWith(' ')) return undefined
  return { address: match[1] ?? '', rest: tail.trim() }
}

/** RFC 5321 §4.1.2 atext / dot-string, loosely: printable ASCII without specials that break paths. */
const LOCAL_PART = /^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+|"(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")$/
/** RFC 5321 §4.1.2 Domain (LDH labels) or an address literal in brackets. */
const DOMAIN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[\x21-\x5a\x5e-\x7e]+\])$/

/**
 * Checks a mailbox 'local@domain' against RFC 5321 §4.1.2 and the size limits of
 * §4.5.3.1.1–3. A non-ASCII address needs SMTPUTF8 (RFC 6531), which this server does
 * not offer, so it is its own problem (553 5.6.7).
 */
export function checkMailbox(address: string): PathProblem | undefined {
  if (octetLength(address) > PATH_MAX - 2) return 'too-long'
  if (/[^\x20-\x7e]/.test(address)) return hasNonAscii(address) ? 'non-ascii' : 'syntax'
  const at = address.lastIndexOf('@')
  if (at <= 0 || at === address.length - 1) return 'syntax'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length > LOCAL_PART_MAX || domain.length > DOMAIN_MAX) return 'too-long'
  if (!LOCAL_PART.test(local) || !DOMAIN.test(domain)) return 'syntax'
  if (!local.startsWith('"') && (local.startsWith('.') || local.endsWith('.') || local.includes('..'))) {
    return 'syntax'
  }
  return undefined
}

/** RFC 5321 §4.1.1.3: '<Postmaster>' without a domain must be accepted, case-insensitively. */
export function isBarePostmaster(address: string): boolean {
  return address.toLowerCase() === 'postmaster'
}

export interface EsmtpParam {
  keyword: string
  value?: string
}

/** RFC 5321 §4.1.2 esmtp-param = esmtp-keyword ["=" esmtp-value]; keywords are case-insensitive. */
export function parseParams(rest: string): EsmtpParam[] | undefined {
  if (rest === '') return []
  const params: EsmtpParam[] = []
  for (const token of rest.split(/ +/)) {
    const eq = token.indexOf('=')
    const keyword = (eq < 0 ? token : token.slice(0, eq)).toUpperCase()
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(keyword)) return undefined
    params.push(eq < 0 ? { keyword } : { keyword, value: token.slice(eq + 1) })
  }
  return params
}

/** A client's EHLO/HELO argument: a domain or an address literal (RFC 5321 §4.1.1.1). */
export function isHeloArgument(arg: string): boolean {
  return arg.length > 0 && arg.length <= DOMAIN_MAX && /^[\x21-\x7e]+$/.test(arg)
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true
  return false
}
