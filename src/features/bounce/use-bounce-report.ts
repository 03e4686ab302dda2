import { useEffect, useRef, useState } from 'react'
import type { BounceReport } from '../../smtp/bounce/report'

export interface ReportState {
  /** The report of `forText`, or undefined before the first answer. */
  report: BounceReport | undefined
  /** The text the report is about; differs from the input while a newer one is being read. */
  forText: string
}

interface Answer {
  id: number
  report: BounceReport
}

/**
 * The analysis of `text`, computed in a worker where the browser has one (a 1 MB paste never
 * blocks the page) and in place otherwise (tests under jsdom). Either way the analyzer is not part
 * of the page's first download. Answers to an older text are dropped: only the latest input's
 * report is shown.
 */
export function useBounceReport(text: string): ReportState {
  const [state, setState] = useState<ReportState>({ report: undefined, forText: '' })
  const worker = useRef<Worker | null | undefined>(undefined)
  const latest = useRef({ id: 0, text: '' })

  useEffect(
    () => () => {
      worker.current?.terminate()
      worker.current = undefined
    },
    [],
  )

  useEffect(() => {
    const id = latest.current.id + 1
    latest.current = { id, text }
    if (text === '') {
      setState({ report: undefined, forText: '' })
      return
    }
    const w = startWorker(worker, ({ id: answered, report }) => {
      if (answered !== latest.current.id) return
      const input = latest.current.text
      setState({ report: report.text === '' ? { ...report, text: input } : report, forText: input })
    })
    if (w) {
      w.postMessage({ id, text })
      return
    }
    // No worker: the analyzer itself is downloaded (once) and run here, after this render.
    let live = true
    import('../../smtp/bounce/report').then(({ analyzeBounceReport }) => {
      if (live && id === latest.current.id) setState({ report: analyzeBounceReport(text), forText: text })
    })
    return () => {
      live = false
    }
  }, [text])

  return state
}

function startWorker(ref: { current: Worker | null | undefined }, onAnswer: (a: Answer) => void) {
  if (ref.current === undefined) {
    ref.current = null
    if (typeof Worker === 'function') {
      try {
        ref.current = new Worker(new URL('./bounce-worker.ts', import.meta.url), { type: 'module' })
      } catch {
        // A browser that refuses module workers gets the same analysis on the main thread.
      }
    }
  }
  const w = ref.current
  if (w) w.onmessage = (event: MessageEvent<Answer>) => onAnswer(event.data)
  return w
}
