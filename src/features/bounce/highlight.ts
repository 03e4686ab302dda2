// Splits pasted text into plain and marked pieces from the analyzer's offsets, so the page can
// render it as React text with <mark> around each code: never as HTML.
export interface Segment {
  text: string
  marked: boolean
}

export function segmentsFor(
  text: string,
  ranges: readonly { start: number; end: number }[],
  limit: number,
): Segment[] {
  const visible = text.length > limit ? text.slice(0, limit) : text
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const out: Segment[] = []
  let at = 0
  for (const { start, end } of sorted) {
    if (start < at || start >= visible.length) continue // overlapping or beyond what is shown
    if (start > at) out.push({ text: visible.slice(at, start), marked: false })
    const stop = Math.min(end, visible.length)
    out.push({ text: visible.slice(start, stop), marked: true })
    at = stop
  }
  if (at < visible.length) out.push({ text: visible.slice(at), marked: false })
  return out
}
