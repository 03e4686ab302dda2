// Line bookkeeping for the bounce analyzer. Offsets stay those of the original text (the UI
// highlights with them), so nothing here rewrites the input. Nothing indexes the whole text
// either: a 1 MB paste may be 100k lines or a single line, and only the lines that hold a code
// matter, so lines are found on demand with every scan bounded.

/** `\r\n`, lone `\r` and `\n` all end a line: mail pasted from any OS may mix them. */
const isBreak = (c: number) => c === 10 || c === 13

export interface LineInfo {
  /** Zero-based line number. */
  line: number
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character (before the line break). */
  end: number
}

/**
 * Returns a function giving the line of an offset. Offsets must be asked in non-decreasing order
 * (the scan finds codes in order), which makes all lookups together one pass over the text.
 */
export function lineCursor(text: string): (offset: number) => LineInfo {
  let line = 0
  let start = 0
  let end = nextBreak(text, 0)
  return (offset) => {
    while (offset > end && end < text.length) {
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
      end = nextBreak(text, start)
      line++
    }
    return { line, start, end }
  }
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isBreak(text.charCodeAt(i))) return i
  return text.length
}

/** Start of the line before the one starting at `lineStart`, or -1 (also when it is longer than `limit`). */
export function previousLineStart(text: string, lineStart: number, limit = 2000): number {
  if (lineStart === 0) return -1
  let i = lineStart - 1
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--
  const stop = Math.max(0, i - limit)
  for (let j = i - 1; j >= stop; j--) if (isBreak(text.charCodeAt(j))) return j + 1
  return stop === 0 ? 0 : -1
}

// A blank line: a line break, optional spaces, another line break.
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)/g

/**
 * Paragraph bounds. Bounce formats separate recipients and MIME parts with blank lines, so a
 * paragraph is the natural limit for "which command did this reply answer". Blank lines are found
 * in one pass; each lookup is then a binary search.
 */
export interface Paragraphs {
  /** Where the paragraph holding `offset` begins (just after the blank line above it, or 0). */
  startBefore(offset: number): number
  /** Where the paragraph holding `offset` ends (at the blank line below it, or the text end). */
  endAfter(offset: number): number
}

export function paragraphs(text: string): Paragraphs {
  const starts: number[] = []
  const ends: number[] = []
  BLANK_LINE.lastIndex = 0
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    starts.push(m.index)
    ends.push(m.index + m[0].length)
  }
  return {
    startBefore(offset) {
      // Last blank line ending at or before offset.
      const i = lastAtMost(ends, offset)
      return i < 0 ? 0 : (ends[i] as number)
    },
    endAfter(offset) {
      const i = lastAtMost(starts, offset - 1) + 1
      return i < starts.length ? (starts[i] as number) : text.length
    },
  }
}

/** Index of the last element <= value in a sorted array, or -1. */
function lastAtMost(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) <= value) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Whitespace, including the Unicode spaces and format marks (RTL/LTR marks, ZWSP, BOM) pasted text carries. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  )
}

const CONTEXT_MAX = 200

/**
 * The line around [start, end), trimmed, at most ~200 characters (a window around the code for
 * long lines, marked with an ellipsis). Control characters become spaces so the snippet is safe
 * to show as plain text; offsets are unaffected because they index the original text.
 */
export function contextFor(text: string, info: LineInfo, start: number, end: number): string {
  let from = info.start
  let to = info.end
  if (to - from > CONTEXT_MAX) {
    const room = CONTEXT_MAX - (end - start)
    from = Math.max(info.start, start - Math.floor(room / 2))
    to = Math.min(info.end, from + CONTEXT_MAX)
    from = Math.max(info.start, to - CONTEXT_MAX)
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  let s = text.slice(from, to).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
  s = s.trim()
  if (from > info.start) s = `…${s}`
  if (to < info.end) s = `${s}…`
  return s
}

/**
 * The whole line a shown snippet was cut from (contextFor keeps ~200 characters around the code):
 * the reason is read from all the server said — Gmail's German 421 names the blocked IP only at
 * the end of a 250-character line.
 */
export function wholeLine(text: string, snippet: string): string {
  const core = snippet.replace(/^…|…$/g, '')
  if (core === snippet) return snippet
  const at = text.indexOf(core)
  if (at < 0) return snippet
  const start = text.lastIndexOf('\n', at) + 1
  const end = text.indexOf('\n', at + core.length)
  return text.slice(start, end < 0 ? undefined : Math.min(end, start + 4000))
}
