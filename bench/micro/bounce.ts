// The bounce analyzer's throughput on the fixture corpus and how its time grows with the input,
// timed in Chromium on the production build (run by bench/run.mjs through bench/micro/main.ts).
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { averageOver, time } from './timing'

const corpus = import.meta.glob<string>('../../tests/fixtures/bounces/*/*.eml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

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
