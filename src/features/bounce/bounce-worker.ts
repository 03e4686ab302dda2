// Runs the analyzer off the main thread: a 1 MB paste is decoded and scanned here, so typing and
// scrolling stay smooth while it works.
import { analyzeBounceReport } from '../../smtp/bounce/report'

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data
  const report = analyzeBounceReport(text)
  // Text read as it was pasted is the page's own input: no need to copy a megabyte back. Text that
  // was decoded, or unquoted ("> " taken off a quoted bounce), is sent: the offsets are into it.
  self.postMessage({ id, report: report.text === text ? { ...report, text: '' } : report })
}
