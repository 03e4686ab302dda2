// Finds candidate SMTP codes in free text and decides, token by token, whether each is really a code.
//
// The text is cut into maximal numeric tokens (`\d+(\.\d+)*`), so "192.0.2.55", "5.1.1.1" and
// "8.1.393.1" are single tokens with the wrong number of parts and can never yield a code.
// A token then has to pass these rules (each guards against a real false positive seen in bounces):
//
// Enhanced code (RFC 3463 §2: class "." subject "." detail, 1–3 digits each, no leading zero):
//   - class is 2, 4 or 5, and the code is in the IANA registry for that class (`findEnhancedCode`),
//     so "5.9.9", "3.5.1" (Postfix 3.5.1) and "1.2.3" never count;
//   - before it: start of text, whitespace, or one of # ( [ < " ' ; * `  — or "-" right after a
//     three-digit reply code ("550-5.1.1"), or "dsn=" (Postfix logs). So "v2.4.5", "8161:2.4.5",
//     "x.5.1.1" and "/5.1.1" do not count;
//   - after it: end, whitespace, one of ) ] > ; , " ' * `, or . : ! ? followed by a space/end,
//     so "5.1.1-beta", "5.1.1a" and "5.1.1/" do not count;
//   - not preceded by a word naming a version or a document part ("version 2.4.5", "section 4.5.3").
//
// Reply code (RFC 5321 §4.2: three digits):
//   - it is a known reply code (`findReplyCode`), so "999" and "600" never count;
//   - before it: start, whitespace, or one of # ' " ; ( [ < > * `  (so IPs, ports ":25",
//     "id=550", "user550", "/550/" are out); after it: end, whitespace, "-", or closing punctuation;
//   - "-" after it must start text or an enhanced code ("550-5.1.1", "550-Your"), never another
//     number ("421-5550" is a phone number);
//   - followed by a space and another number, that number must be an enhanced code or the same
//     reply code repeated ("550 550 5.1.1", seen in Gmail's bounces); "555 421 5550" is a phone number.
//     Yahoo alone writes a one- or two-digit number after the code ("552 1 Requested mail action
//     aborted, mailbox not found", "554 30 Sorry, your message size exceeds …"; sisimai's Yahoo
//     rules quote both): that counts only for a code opening its line, the number followed by words;
//     so does an IPv4 address after a code opening its line ("550 203.0.113.7 is not allowed …");
//   - not followed by a unit ("550 KB", "250 ms", "421 seconds");
//   - and it needs one piece of evidence that it is a reply: it opens its line (after indentation,
//     "> " quoting, "<<< " or "S: " transcript markers, or "#"), or follows "; " / "#" / a quote /
//     ": " (but not as the value of an ordinary header such as "Content-Length: 550"), or follows a
//     word such as "said", "returned", "error", "code", or follows "(" after an exception's name
//     ("Net::SMTPFatalError (553 …") or opens smtplib's "(550, b'…')", or repeats the code just
//     before it, or is directly followed by an enhanced code.
//
// Anything inside a URL (http://…, https://…, www.…) is ignored: "…/DOC-1369#550" is a link anchor.

import { findEnhancedCode, subjectAndDetail } from '../codes/enhanced-codes'
import { findReplyCode } from '../codes/reply-codes'
import { isSpaceCode } from './lines'
import {
  ENHANCED_AFTER,
  ENHANCED_BEFORE,
  EXPECTED_BEFORE,
  NOT_A_STATUS_WORDS,
  NUMBERED_NOUNS,
  REPLY_AFTER,
  REPLY_BEFORE,
  REPLY_CUE_WORDS,
  SENTENCE_END,
  UNIT,
} from './scan-context'
import { atLineStart, isInlineSpace, isOrdinaryHeaderValue, previousWord } from './scan-position'
import { findVendorCode } from './vendor'

export interface Occurrence {
  kind: 'reply' | 'enhanced'
  /** Normalised code: '550', '5.1.1'. */
  code: string
  start: number
  end: number
  /** A reply code followed by "-": a non-final line of a multi-line reply (RFC 5321 §4.2.1). */
  continued: boolean
  /** Only indentation, quoting or a transcript marker precedes it on its line. */
  atLineStart: boolean
}

const TOKEN = /\d+(?:\.\d+)*/g
const URL = /\b(?:https?|ftp):\/\/[^\s<>"'`]+|\bwww\.[^\s<>"'`]+/gi
const ENHANCED_SHAPE = /^[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d|[A-Za-z])/
/** A number that is not the start of a word such as "8BITMIME". */
const NUMBER_AHEAD = /^\d+(?:\.\d+)*(?![\d.]*[A-Za-z])/
/** A dotted IPv4 address and what ends it: a space, punctuation a sentence puts after it, or the end. */
const IPV4_AHEAD = /^(?:\d{1,3}\.){3}\d{1,3}(?:[\s,;:)\]]|\.?$|\.\s)/
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  (c > 0x7f && !isSpaceCode(c))
const isDigitCode = (c: number) => c >= 48 && c <= 57

const STREET_AFTER =
  /^ (?:(?:[NSEW]\.?|\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{Ll}'-]+) ){0,3}(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Parkway|Pkwy|Highway|Hwy|Court|Ct\.?|Terrace|Plaza|Suite|Floor)\b/u

/** Scans `text` and returns every accepted code occurrence, in order, at most `max`. */
export function scanCodes(text: string, max: number): { occurrences: Occurrence[]; capped: boolean } {
  const urls = findUrls(text)
  let urlIdx = 0
  const occurrences: Occurrence[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index
    const token = m[0]
    const end = start + token.length
    while (urlIdx < urls.length && (urls[urlIdx]?.[1] ?? 0) <= start) urlIdx++
    const url = urls[urlIdx]
    if (url && url[0] <= start) continue
    // Cheap shape filters first: most numbers in a bounce are dates, IPs and ids.
    const occ =
      token.length === 3
        ? acceptReply(text, token, start, end)
        : token.length >= 5 && token.length <= 9 && token.charCodeAt(1) === 46 /* . */
          ? acceptEnhanced(text, token, start, end)
          : undefined
    if (!occ) continue
    if (occurrences.length >= max) return { occurrences, capped: true }
    occurrences.push(occ)
  }
  return { occurrences, capped: false }
}

// Registry lookups are memoised: a long paste repeats the same few codes thousands of times.
const knownEnhanced = new Map<string, boolean>()
const knownReply = new Map<string, boolean>()

function isKnownEnhanced(code: string): boolean {
  return memo(knownEnhanced, code, () => findEnhancedCode(code) !== undefined)
}

function isKnownReply(code: string): boolean {
  return memo(knownReply, code, () => findReplyCode(code) !== undefined)
}

function memo(cache: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const value = compute()
  cache.set(key, value)
  return value
}

function findUrls(text: string): [number, number][] {
  const out: [number, number][] = []
  URL.lastIndex = 0
  for (let m = URL.exec(text); m; m = URL.exec(text)) out.push([m.index, m.index + m[0].length])
  return out
}

function acceptEnhanced(text: string, token: string, start: number, end: number): Occurrence | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [cls, subject, detail] = parts as [string, string, string]
  if (cls.length !== 1 || !isSubOrDetail(subject) || !isSubOrDetail(detail)) return undefined
  if (!enhancedBoundaryBefore(text, start)) return undefined
  if (!boundaryAfter(text, end, ENHANCED_AFTER)) return undefined
  if (!isKnownEnhanced(token) && !vendorCodeInPlace(text, token, start)) return undefined
  if (NOT_A_STATUS_WORDS.has(previousWord(text, start).word)) return undefined
  return {
    kind: 'enhanced',
    code: token,
    start,
    end,
    continued: false,
    atLineStart: atLineStart(text, start),
  }
}

/** RFC 3463 §2: "0" or 1–3 digits without a leading zero, so the code text is already normalised. */
const isSubOrDetail = (s: string) => s.length <= 3 && (s.length === 1 || s[0] !== '0')

function enhancedBoundaryBefore(text: string, start: number): boolean {
  if (start === 0) return true
  const c = text.charCodeAt(start - 1)
  if (isSpaceCode(c)) return text[start - 2] !== '§'
  const ch = text[start - 1] as string
  if (ENHANCED_BEFORE.has(ch)) return true
  if (ch === '-') return isBareReplyToken(text, start - 4)
  if (ch === '=') return text.slice(Math.max(0, start - 4), start - 1).toLowerCase() === 'dsn'
  if (ch === ':') return isZohoErrorCode(text, start)
  return false
}

/**
 * A reply code no RFC defines (Sun's "522 5.2.0 mailbox full", "525 5.7.13 account disabled")
 * counts only when an enhanced code of the same class follows it directly: then it is surely a reply.
 * The page explains it by its class, as RFC 5321 §4.2 tells a client to.
 */
function unlistedReplyInPlace(text: string, token: string, end: number): boolean {
  // "400 4.4.7 Message delayed" is Exchange's placeholder, not a reply it received.
  if (!/^[245][0-5]\d$/.test(token) || token.endsWith('00')) return false
  const sep = text[end]
  if (sep !== ' ' && sep !== '-') return false
  const next = ENHANCED_SHAPE.exec(text.slice(end + 1, end + 13))
  return next !== null && text[end + 1] === token[0]
}

/** Zoho Mail writes "ERROR_CODE :550" and "ERROR_CODE :5.2.1". */
const isZohoErrorCode = (text: string, start: number) =>
  /ERROR_CODE[ \t]*:$/.test(text.slice(Math.max(0, start - 14), start))

/**
 * A code of valid shape that the IANA registry does not list (Microsoft's 5.7.509, 5.7.606–649,
 * 4.7.650…) counts only where a reply code, a DSN Status field, an Exchange "#" or Zoho's
 * ERROR_CODE puts it: failure classes only, subjects 0–7 (RFC 3463 §2). A lone "2.3.16" in prose
 * is a version number.
 */
function vendorCodeInPlace(text: string, token: string, start: number): boolean {
  const cls = token[0]
  const subject = subjectAndDetail(token)?.subject ?? Number.NaN
  if ((cls !== '4' && cls !== '5') || subject > 7) return false
  const before = text.slice(Math.max(0, start - 24), start)
  // After its reply, as servers write it ("535 5.7.139"), as MailKit quotes it ("535: 5.7.139") or
  // as Python prints smtplib's error ("(535, b'5.7.139 …')").
  if (/(?:^|[^\w.])[245]\d\d(?:[ \t-]|: |, b?['"])$|#$|Status[ \t]*:[ \t]*$|ERROR_CODE[ \t]*:$/i.test(before))
    return true
  // A vendor's documented code opening its line, or after a colon, is one too: Microsoft's NDR
  // pasted from its reason line ("5.7.703 Your message can't be delivered because …"), a program's
  // log quoting it ("main.CRITICAL: 5.7.57 SMTP; Client was not authenticated …").
  return /(?:^|\n)[ \t]*$|: $/.test(before) && findVendorCode(token)?.entry !== undefined
}

/** A three-digit token at `at` with no word character glued to its front. */
function isBareReplyToken(text: string, at: number): boolean {
  if (at < 0) return false
  for (let i = at; i < at + 3; i++) if (!isDigitCode(text.charCodeAt(i))) return false
  return at === 0 || !isWordCode(text.charCodeAt(at - 1))
}

function boundaryAfter(text: string, end: number, allowed: Set<string>): boolean {
  if (end >= text.length) return true
  const c = text.charCodeAt(end)
  if (isSpaceCode(c)) return true
  const ch = text[end] as string
  if (allowed.has(ch)) return true
  if (SENTENCE_END.has(ch)) {
    if (end + 1 >= text.length) return true
    const next = text.charCodeAt(end + 1)
    return isSpaceCode(next) || allowed.has(text[end + 1] as string)
  }
  return false
}

function acceptReply(text: string, token: string, start: number, end: number): Occurrence | undefined {
  if (!isKnownReply(token) && !unlistedReplyInPlace(text, token, end)) return undefined
  const zoho = start > 0 && text[start - 1] === ':' && isZohoErrorCode(text, start)
  // PHPMailer 5's ErrorInfo: "MAIL FROM command failed,550,,The address is not valid."
  const phpMailer5 =
    text[start - 1] === ',' && /command failed,$/i.test(text.slice(Math.max(0, start - 16), start))
  if (start > 0 && !zoho && !phpMailer5) {
    const c = text.charCodeAt(start - 1)
    if (!isSpaceCode(c) && !REPLY_BEFORE.has(text[start - 1] as string)) return undefined
  }
  if (EXPECTED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return undefined
  const continued = text[end] === '-'
  if (continued) {
    // "550-5.1.1" or "550-Text"; a digit after the dash must open an enhanced code.
    const next = text.charCodeAt(end + 1)
    if (isDigitCode(next) && !ENHANCED_SHAPE.test(text.slice(end + 1, end + 13))) return undefined
  } else if (!boundaryAfter(text, end, REPLY_AFTER)) return undefined
  // A street in a signature ("450 Lexington Avenue", "421 N Rodeo Dr", "450 7th Avenue") is no reply.
  if (STREET_AFTER.test(text.slice(end, end + 40))) return undefined

  let enhancedFollows = false
  if (continued) enhancedFollows = ENHANCED_SHAPE.test(text.slice(end + 1, end + 13))
  else {
    let i = end
    while (i < text.length && i - end < 8 && isInlineSpace(text.charCodeAt(i))) i++
    if (i > end && i < text.length) {
      const ahead = text.slice(i, i + 12)
      const number = NUMBER_AHEAD.exec(ahead)
      if (number) {
        // Another bare number follows: only an enhanced code or the same code repeated fit a reply.
        enhancedFollows = ENHANCED_SHAPE.test(ahead)
        const yahoo =
          /^\d{1,2} [A-Za-z]{2}/.test(ahead) &&
          !UNIT.test(ahead.slice(number[0].length + 1)) &&
          atLineStart(text, start)
        // "550 203.0.113.7 is not allowed to send mail from …": a server naming the refused IP.
        const ip = IPV4_AHEAD.test(text.slice(i, i + 16)) && atLineStart(text, start)
        if (!enhancedFollows && number[0] !== token && !yahoo && !ip) return undefined
      } else if (UNIT.test(ahead)) return undefined
    }
  }

  const lineStart = atLineStart(text, start)
  // "550-'Unknown user …'": a reply quoted by Amazon SES and Courier.
  const quotedReply = continued && (text[end + 1] === "'" || text[end + 1] === '"')
  if (!(enhancedFollows || lineStart || zoho || phpMailer5 || quotedReply || hasReplyCue(text, token, start)))
    return undefined
  return { kind: 'reply', code: token, start, end, continued, atLineStart: lineStart }
}

function hasReplyCue(text: string, token: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--
  const spaces = start - 1 - i
  if (i < 0) return false
  const ch = text[i] as string
  if (ch === ';') return true
  if (ch === '#') return spaces === 0 && !NUMBERED_NOUNS.has(previousWord(text, i).word)
  if ((ch === "'" || ch === '"' || ch === '`') && spaces === 0) return true
  // A program's exception quoting the reply: Ruby's "Net::SMTPFatalError (553 Mail from …",
  // Python smtplib's "(550, b'5.1.1 …')".
  if (ch === '(' && /(?:error|exception|refused) ?$/i.test(text.slice(Math.max(0, i - 40), i))) return true
  if (ch === '(' && spaces === 0 && /^, b?['"]/.test(text.slice(start + 3, start + 7))) return true
  // A mail server's log quoting the remote reply: OpenSMTPD's "… => 451 Temporary failure",
  // ZoneMTA's "DEFERRED[network] … (554 Blocked - see …".
  if (ch === '>' && text[i - 1] === '=' && spaces > 0) return true
  // "Server responded with 550 …" (node_mailer), "replied with 554 …".
  if (spaces > 0 && /\b(?:responded|replied|answered) with$/i.test(text.slice(Math.max(0, i - 20), i + 1)))
    return true
  if (ch === '(' && /\b(?:DEFERRED|REJECTED|BOUNCED)\[\w+\][^\n]*$/.test(text.slice(Math.max(0, i - 400), i)))
    return true
  if (ch === ':' && spaces > 0) return !isOrdinaryHeaderValue(text, i)
  if (spaces === 1 && text.slice(i - 2, i + 1) === token && (i < 3 || !isWordCode(text.charCodeAt(i - 3))))
    return true
  return spaces > 0 && REPLY_CUE_WORDS.has(previousWord(text, start).word)
}
