// What the operator's terminal shows of a client line: one line, no control characters. A
// client could otherwise move the cursor, recolour or rewrite the log with ESC, C1 controls
// (U+0080–U+009F, where U+009B is a CSI of its own) or reorder it with bidi controls.

/** C0, DEL, C1, zero-width and bidi/format characters. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g

export function printable(line: string, max = 200): string {
  const shown = line.length > max ? `${line.slice(0, max)}… (${line.length} chars)` : line
  return shown.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0)
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`
  })
}
