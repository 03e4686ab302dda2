// Decodes a pasted or opened bounce so codes are read from what the mail system wrote, not from
// its transport encoding: base64 and quoted-printable bodies (RFC 2045 §6.7–6.8), RFC 2047
// encoded words in headers, multipart bodies (RFC 2046 §5.1) and the parts a bounce is made of
// (multipart/report RFC 6522, message/delivery-status RFC 3464, text/rfc822-headers,
// message/rfc822). A quoted-printable soft line break can split a code ("550=" + newline + " 5.1.1"),
// so scanning the raw text is not enough.
//
// The result keeps the message's shape: every header and boundary line stays where it was and
// only encoded bodies and encoded words are replaced by their decoded text. A pasted log line
// with no MIME structure comes back unchanged. Parts are found by a linear walk; nesting is
// bounded, so hostile input cannot make it recurse without end.
//
// Compared with a parser library (postal-mime, mailparser): they return bodies and attachments
// but not the layout the analyzer and the highlighted view need (where each delivery-status part
// and each header sits in the text), and the async Blob-based API would put a 1 MB paste through
// extra copies. This is the subset a bounce uses, with tests in tests/unit/bounce-mime.test.ts.

import {
  ANY_LABEL_LINE,
  addresseeOf,
  canonicalField,
  FORWARD_ADDRESS_LINE,
  FORWARD_LABEL_LINE,
  forwardsBounce,
} from './forward-labels'
import {
  decodeBody,
  decodeEncodedWords,
  decodeQuotedPrintableText,
  hasLooseSoftBreaks,
} from './transfer-encoding'

export interface MimePart {
  /** Lower-case media type: 'message/delivery-status', 'text/plain'… */
  type: string
  /** Offsets of the part's decoded body in `DecodedMessage.text`. */
  start: number
  end: number
}

export interface DecodedMessage {
  /** The message with encoded bodies and words decoded; equal to the input when nothing was encoded. */
  text: string
  /** True when something was decoded (the page says so above the highlighted text). */
  decoded: boolean
  /** Leaf parts, in order. Empty when the text has no MIME structure. */
  parts: MimePart[]
  /** Top-level headers, unfolded and decoded, names in lower case (first occurrence wins). */
  headers: Map<string, string>
  /** Where the top-level body starts in `text` (0 when the text has no header block). */
  bodyStart: number
}

const MAX_DEPTH = 8
// Field names as mail systems write them; RFC 5322 allows more, but "<bob@example.net>:" opens a Postfix paragraph.
// "Net::SMTPFatalError - 550 …" is a Ruby class name, not a header field named "Net"; a log line's
// time ("15:02:44.118 (…)|EXCEPTION_THROWN|…") is no field named "15".
const HEADER_LINE = /^(?![\d.]+[ \t]*:)[A-Za-z0-9][A-Za-z0-9_.-]*[ \t]*:(?!:)/

/** Decodes `raw`; never throws. */
export function decodeMessage(raw: string): DecodedMessage {
  const out: string[] = []
  const parts: MimePart[] = []
  const state: DecodeState = { length: 0, decoded: false, bodyStart: -1 }
  const emit = (s: string) => {
    out.push(s)
    state.length += s.length
  }
  const top = readEntity(raw, 0, raw.length, 'text/plain', 0, emit, parts, state)
  let text = out.join('')
  let decoded = state.decoded
  if (parts.length <= 1 && !top.hasMimeHeaders && hasLooseSoftBreaks(text)) {
    // A body pasted without its headers: quoted-printable soft line breaks are the only sign.
    text = decodeQuotedPrintableText(text)
    decoded = true
    parts.length = 0
  }
  return { text, decoded, parts, headers: top.headers, bodyStart: Math.max(0, state.bodyStart) }
}

interface DecodeState {
  length: number
  decoded: boolean
  /** Set once, when the first (top-level) header block has been written. */
  bodyStart: number
}

interface EntityResult {
  headers: Map<string, string>
  hasMimeHeaders: boolean
}

function readEntity(
  raw: string,
  from: number,
  to: number,
  defaultType: string,
  depth: number,
  emit: (s: string) => void,
  parts: MimePart[],
  state: DecodeState,
): EntityResult {
  const headerEnd = headerBlockEnd(raw, from, to)
  const headers = new Map<string, string>()
  let bodyStart = from
  if (headerEnd !== undefined) {
    const block = raw.slice(from, headerEnd.blockEnd)
    const pairs = parseHeaders(block)
    for (const [name, value] of pairs) if (!headers.has(name)) headers.set(name, value)
    // Labels not known: the forwarded bounce's addressee is the address that is not the daemon's.
    const addressee = depth === 0 && !headers.has('to') ? addresseeOf(pairs) : undefined
    if (addressee) headers.set('to', addressee)
    const rewritten = decodeEncodedWords(block)
    if (rewritten !== block) state.decoded = true
    emit(rewritten)
    emit(raw.slice(headerEnd.blockEnd, headerEnd.bodyStart))
    bodyStart = headerEnd.bodyStart
    if (depth === 0) state.bodyStart = state.length
  }
  const hasMimeHeaders = headers.has('content-type') || headers.has('content-transfer-encoding')
  const contentType = headers.get('content-type') ?? defaultType
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase() || defaultType
  const boundary = parameter(contentType, 'boundary')

  if (type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    readMultipart(raw, bodyStart, to, boundary, type, depth, emit, parts, state)
    return { headers, hasMimeHeaders }
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase()
  const body = raw.slice(bodyStart, to)
  const charset = parameter(contentType, 'charset')
  const text = decodeBody(body, encoding, charset)
  if (text !== body) state.decoded = true

  if ((type === 'message/rfc822' || type === 'text/rfc822-headers') && depth < MAX_DEPTH) {
    // The returned message: read its own headers and parts so encoded words and bodies decode too.
    const start = state.length
    const inner: string[] = []
    let innerLength = 0
    readEntity(
      text,
      0,
      text.length,
      'text/plain',
      depth + 1,
      (s) => {
        inner.push(s)
        innerLength += s.length
      },
      [],
      state,
    )
    emit(inner.join(''))
    parts.push({ type, start, end: start + innerLength })
    return { headers, hasMimeHeaders }
  }
  const start = state.length
  emit(text)
  if (hasMimeHeaders || depth > 0) parts.push({ type, start, end: start + text.length })
  return { headers, hasMimeHeaders }
}

function readMultipart(
  raw: string,
  from: number,
  to: number,
  boundary: string,
  type: string,
  depth: number,
  emit: (s: string) => void,
  parts: MimePart[],
  state: DecodeState,
) {
  const delimiter = `--${boundary}`
  // Each delimiter line starts a part; text before the first is the preamble, after the close the epilogue.
  const marks: { at: number; lineEnd: number; close: boolean }[] = []
  for (let i = raw.indexOf(delimiter, from); i !== -1 && i < to; i = raw.indexOf(delimiter, i + 1)) {
    if (i > from && raw[i - 1] !== '\n' && raw[i - 1] !== '\r') continue
    const after = i + delimiter.length
    const close = raw.startsWith('--', after)
    const lineEnd = lineEndAfter(raw, after, to)
    marks.push({ at: i, lineEnd, close })
    if (close) break
  }
  if (marks.length === 0) {
    const start = state.length
    const text = raw.slice(from, to)
    emit(text)
    parts.push({ type: 'text/plain', start, end: start + text.length })
    return
  }
  emit(raw.slice(from, (marks[0] as { at: number }).at))
  const childType = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain'
  marks.forEach((mark, k) => {
    emit(raw.slice(mark.at, mark.lineEnd))
    if (mark.close) return
    const next = marks[k + 1]
    const partEnd = next ? trimBreakBefore(raw, next.at) : to
    readEntity(raw, mark.lineEnd, partEnd, childType, depth + 1, emit, parts, state)
    emit(raw.slice(partEnd, next ? next.at : to))
  })
  const last = marks[marks.length - 1] as { lineEnd: number; close: boolean }
  if (last.close) emit(raw.slice(last.lineEnd, to))
}

/** The offset past the line break that ends the line containing `from`. */
function lineEndAfter(raw: string, from: number, to: number): number {
  let i = from
  while (i < to && raw[i] !== '\n' && raw[i] !== '\r') i++
  if (raw[i] === '\r') i++
  if (raw[i] === '\n') i++
  return Math.min(i, to)
}

/** RFC 2046 §5.1.1: the line break before a delimiter belongs to the delimiter. */
function trimBreakBefore(raw: string, at: number): number {
  let i = at
  if (raw[i - 1] === '\n') i--
  if (raw[i - 1] === '\r') i--
  return i
}

/**
 * Where the header block that starts at `from` ends, if it is one: lines of `Name: value` or
 * folded continuations, up to an empty line. Prose is not a header block: the first line must be
 * a header and every other line a header or a continuation.
 */
function headerBlockEnd(raw: string, from: number, to: number) {
  // A bounce forwarded with its header block in any language: "Από: Mail Delivery Subsystem <…>".
  const forwarded = from === 0 && forwardsBounce(raw.slice(0, Math.min(to, 4000)))
  let i = from
  let lines = 0
  let headerLines = 0
  let known = false
  let reportFields = 0
  let padded = 0
  while (i < to) {
    const end = raw.indexOf('\n', i)
    const lineEnd = end === -1 || end > to ? to : end
    const line = raw.slice(i, lineEnd).replace(/\r$/, '')
    const next = lineEnd < to ? lineEnd + 1 : to
    if (line === '') {
      if (lines === 0 && from !== 0) return { blockEnd: i, bodyStart: next } // a part with no headers
      return isHeaderBlock(headerLines, known, reportFields) ? { blockEnd: i, bodyStart: next } : undefined
    }
    // Not a message's header: PowerShell's Format-List, which pads its names ("Recipients      : {…}"),
    // and a transcript's "C: RCPT TO:<…>" and "S: 250 …" lines.
    if ((/^[A-Za-z][\w-]*[ \t]{2,}:/.test(line) && ++padded > 1) || /^[CS]:[ \t]/.test(line)) return undefined
    if (HEADER_LINE.test(line) || FORWARD_LABEL_LINE.test(line) || (forwarded && ANY_LABEL_LINE.test(line))) {
      headerLines++
      known ||= KNOWN_FIELD.test(line) || FORWARD_ADDRESS_LINE.test(line) || forwarded
      if (REPORT_FIELD.test(line)) reportFields++
    } else if (!/^[ \t]/.test(line) || lines === 0) return undefined
    lines++
    i = next
  }
  return isHeaderBlock(headerLines, known, reportFields) ? { blockEnd: to, bodyStart: to } : undefined
}

/**
 * A message's header block: a field of its own (From, Subject…), or several fields that are not all
 * a delivery report's (RFC 3464 §2.3: "Remote-MTA: …", "Diagnostic-Code: smtp; 550 …" pasted above
 * a sentence are the report, read as text).
 */
function isHeaderBlock(headerLines: number, known: boolean, reportFields: number): boolean {
  return known || (headerLines > 1 && reportFields < headerLines)
}

const REPORT_FIELD =
  /^(?:reporting-mta|received-from-mta|arrival-date|final-recipient|original-recipient|action|status|diagnostic-code|remote-mta|last-attempt-date|will-retry-until|x-postfix-[\w-]+|x-actual-recipient|x-display-name)[ \t]*:/i

/**
 * A message's own field. One line of another name above an empty line is no header block: Go's
 * "panic: 550 5.1.1 …", a program's "Reason: 550 …" and a DSN's lone "Diagnostic-Code: smtp; 550 …"
 * are the error itself, read as text.
 */
const KNOWN_FIELD =
  /^(?:from|to|cc|subject|date|received|return-path|message-id|mime-version|content-[\w-]+|x-[\w-]+|reply-to|sender|delivered-to|dkim-signature|arc-[\w-]+|authentication-results|auto-submitted|in-reply-to|references|thread-\w+|importance|precedence|list-[\w-]+|feedback-type|user-agent)[ \t]*:/i

/** Unfolded `[name, value]` pairs of a header block, values with encoded words decoded. */
export function parseHeaders(block: string): [string, string][] {
  const out: [string, string][] = []
  for (const line of block.split(/\r?\n/)) {
    const last = out[out.length - 1]
    if (/^[ \t]/.test(line) && last) {
      last[1] += ` ${line.trim()}`
      continue
    }
    const colon = line.search(/[:：]/)
    if (colon <= 0) continue
    out.push([canonicalField(line.slice(0, colon)), line.slice(colon + 1).trim()])
  }
  for (const pair of out) pair[1] = decodeEncodedWords(pair[1])
  return out
}

/** A parameter of a structured header value: `boundary="abc"` → 'abc'. */
function parameter(value: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')
  const m = re.exec(value)
  return m ? (m[1] ?? m[2]) : undefined
}
