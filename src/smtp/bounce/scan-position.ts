// Where a number stands on its line, for the scanner (scan.ts): at the line's start behind a
// transcript's marker, after a plain header's colon, after which word.

import { isSpaceCode } from './lines'
import { CODE_HEADERS } from './scan-context'

export const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
export const isBreak = (c: number) => c === 10 || c === 13
export const isInlineSpace = (c: number) => isSpaceCode(c) && !isBreak(c)

/** True when the ':' at `colon` ends a plain "Header-Name:" at line start that is not about codes. */
export function isOrdinaryHeaderValue(text: string, colon: number): boolean {
  let i = colon - 1
  while (i >= 0 && colon - i <= 40 && /[A-Za-z0-9-]/.test(text[i] as string)) i--
  if (i >= 0 && !isBreak(text.charCodeAt(i))) return false
  const name = text.slice(i + 1, colon).toLowerCase()
  return name.length > 0 && !CODE_HEADERS.has(name)
}

/** A log line's time stamp and its colon, from the line's start: "Thu 2024-03-14 11:05:44.118: ". */
const STAMPED = /(?:^|\n)[ \t]*(?:[A-Z][a-z]{2} )?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?:[ \t]*$/

/** The word (lower-cased letters) just before `start`, skipping inline spaces and a '§'. */
export function previousWord(text: string, start: number): { word: string } {
  let i = start - 1
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--
  if (text[i] === '§') return { word: 'section' }
  const wordEnd = i + 1
  while (i >= 0 && wordEnd - i <= 12 && isLetterCode(text.charCodeAt(i))) i--
  if (i >= 0 && isLetterCode(text.charCodeAt(i))) return { word: '' }
  return { word: text.slice(i + 1, wordEnd).toLowerCase() }
}

/**
 * Only indentation, quoting ("> ", "| ") or one transcript marker ("<<<", "<**", "<--", "<-", "S:",
 * "#") precedes `start` on its line; a marker may follow a log's time stamp (MDaemon's "Thu
 * 2024-03-14 11:05:44.118: <-- 550 …").
 */
export function atLineStart(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--
  // swaks marks a server's error reply "<**" ("<~*" inside TLS).
  if (
    i >= 2 &&
    (text.startsWith('<<<', i - 2) ||
      text.startsWith('<**', i - 2) ||
      text.startsWith('<~*', i - 2) ||
      text.startsWith('<--', i - 2))
  ) {
    i -= 3
    if (STAMPED.test(text.slice(Math.max(0, i - 40), i + 1))) return true
  } else if (i >= 1 && (text.startsWith('<-', i - 1) || text.startsWith('S:', i - 1))) i -= 2
  else if (i >= 0 && text[i] === '#') i -= 1
  while (i >= 0) {
    const c = text.charCodeAt(i)
    if (isBreak(c)) return true
    if (!(isInlineSpace(c) || c === 62 /* > */ || c === 124) /* | */) return false
    i--
  }
  return true
}
