// Splits pasted text into plain and marked pieces from the analyzer's offsets, so the page can
// render it as React text with <mark> around each code: never as HTML. A long paste is shown as
// excerpts around its codes (where the answer is, often at the very end of a forwarded bounce):
// laying out a megabyte of <pre> would block the page for a long time and help nobody.
export interface Segment {
  text: string
  marked: boolean
  /** An omitted stretch of text, shown as a separator. */
  gap?: boolean
}

interface Range {
  start: number
  end: number
}

/** Characters of context kept on each side of a code in an excerpt. */
const CONTEXT = 400

/**
 * The ranges of `text` to show: all of it when it fits in `limit`, else the start and a window
 * around each marked code, merged, at most `limit` characters in all.
 */
export function visibleRanges(length: number, marks: readonly Range[], limit: number): Range[] {
  if (length <= limit) return [{ start: 0, end: length }]
  const windows: Range[] = [{ start: 0, end: Math.min(length, 1000) }]
  let budget = limit - 1000
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, m.start - CONTEXT)
    const end = Math.min(length, m.end + CONTEXT)
    const last = windows[windows.length - 1] as Range
    const cost = start <= last.end ? Math.max(0, end - last.end) : end - start
    if (cost > budget) break
    budget -= cost
    if (start <= last.end) last.end = Math.max(last.end, end)
    else windows.push({ start, end })
  }
  return windows
}

export function segmentsFor(text: string, marks: readonly Range[], limit: number): Segment[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start)
  const windows = visibleRanges(text.length, sorted, limit)
  const gap: Segment = { text: '…', marked: false, gap: true }
  const out: Segment[] = []
  let k = 0
  for (const window of windows) {
    if (window.start > 0) out.push(gap)
    let at = window.start
    for (; k < sorted.length && (sorted[k] as Range).start < window.end; k++) {
      const { start, end } = sorted[k] as Range
      if (start < at) continue // overlapping
      if (start > at) out.push({ text: text.slice(at, start), marked: false })
      const stop = Math.min(end, window.end)
      out.push({ text: text.slice(start, stop), marked: true })
      at = stop
    }
    if (at < window.end) out.push({ text: text.slice(at, window.end), marked: false })
  }
  if ((windows.at(-1)?.end ?? 0) < text.length) out.push(gap)
  return out
}
