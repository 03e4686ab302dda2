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
  return { messages: messages.length, bytes, corpusMs, growth, hostile: benchHostileShapes() }
}

/**
 * 1 MB of one phrase repeated, for the phrases whose rules once cost a pass over the rest of the
 * line (or of the text) at every occurrence: each of these took from 3 to 90 seconds before (a
 * client's "C:" lines, 35 s).
 */
const HOSTILE_UNITS = [
  'helo ',
  'connect to x[',
  'account ',
  'domain ',
  'Final-Recipient: rfc822; a@b.example\n',
  'Action: failed\n',
  '{',
  'sender address rejected: ',
  'RCPT TO:<a@b.example>\n',
  'YWxpY2U=\n',
  'C: RCPT TO:<a@b.example>\n',
  'delivery 1: failure: a_b/',
]

function benchHostileShapes() {
  return HOSTILE_UNITS.map((unit) => {
    const text = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576)
    return { unit, ms: time(() => analyzeBounceReport(text), 1) }
  }).sort((a, b) => b.ms - a.ms)
}
