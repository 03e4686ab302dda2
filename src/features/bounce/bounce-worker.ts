// Runs the analyzer off the main thread: a 1 MB paste is decoded and scanned here, so typing and
// scrolling stay smooth while it works.
import { analyzeBounceReport } from '../../smtp/bounce/report'

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data
  self.postMessage({ id, report: analyzeBounceReport(text) })
}
