// The bounce analyzer's throughput on the fixture corpus and how its time grows with the input,
// timed in Chromium on the production build (run by bench/run.mjs through bench/micro/main.ts).
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const corpus = import.meta.glob<string>('../../tests/fixtures/bounces/*/*.eml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

function time(fn: () => unknown, runs: number): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return median(samples)
}

/** Mean time of `fn` over at least `budgetMs` of runs: a few-millisecond figure needs many runs to be steady. */
function averageOver(fn: () => unknown, budgetMs: number): number {
  fn()
  let runs = 0
  const t0 = performance.now()
  while (performance.now() - t0 < budgetMs || runs < 5) {
    fn()
    runs++
  }
  return (performance.now() - t0) / runs
}

export function benchBounceReport() {
  const messages = Object.values(corpus)
  const bytes = messages.reduce((n, m) => n + m.length, 0)
  const corpusMs = time(() => {
    for (const m of messages) analyzeBounceReport(m)
  }, 5)
  // The whole corpus, repeated or cut to size; each size doubles the last.
  const one = messages.join('\n')
  const sizes = [256 * 1024, 512 * 1024, 1024 * 1024]
  const growth = sizes.map((size) => {
    const text = one.repeat(Math.ceil(size / one.length)).slice(0, size)
    return { size, ms: averageOver(() => analyzeBounceReport(text), 400) }
  })
  return { messages: messages.length, bytes, corpusMs, growth }
}
