// Runs the analyzer off the main thread: a 1 MB paste is decoded and scanned here, so typing and
// scrolling stay smooth while it works.
import { analyzeBounceReport } from '../../smtp/bounce/report'

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data
  const report = analyzeBounceReport(text)
  // Undecoded text is the page's own input: no need to copy a megabyte back.
  self.postMessage({ id, report: report.decoded ? report : { ...report, text: '' } })
}
