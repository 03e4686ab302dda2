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
  'Recipients: a@b.example, c@d.example\n',
  '2026-11-30 10:00:00 1tAbCd-000123-4X ** a@b.example: 550 x\n',
  'Λ\u202f: ',
  // Lines ended by a lone CR or U+2028: "^" matched after each and "[^\n]*" ran on to the end (228 s).
  'hello world\r',
  'Sent by a@b.example\u2028550 5.7.1 <x@c.example>... User unknown\u2028',
  // RCPT TO lines each accepted, then DATA: the message's own refusal is paired after the group.
  'RCPT TO:<a@b.example>\n250 2.1.5 Ok\n',
  // One connection, thousands of messages: each transaction's DATA outcome is read on its own.
  'C: MAIL FROM:<a@b.example>\nS: 250 ok\nC: RCPT TO:<c@d.example>\nS: 250 ok\nC: DATA\nS: 354 go\nC: .\nS: 554 5.7.1 no\n',
  // Sign-offs above address lines: each address line looks back for one.
  'Thanks,\nAlice\na@b.example\n',
  // A signature's title, company and phone lines between its sign-off and its address.
  'Kind regards,\nSam Lee\nSenior Engineer\nContoso Ltd.\n+1 206 555 0100\na@b.example\n',
  // A typed list of names and addresses, and a line of addresses only.
  'Bob Miller <a@b.example>\n',
  // A comma sign-off of no known word: each is checked for where the message opens.
  'Bien,\nAlice\na@b.example\n',
  // Typed lists ahead of a reply, or after one, on one long line: each reply once looked to the end
  // of the line for a refusal's words (26 s).
  'to Bob Miller (a@b.example); ',
  '550 x: a@b.example, c@d.example and ',
  'a@b.example, ',
  // Forward markers over a mail system's header: each once looked for a code in all the text below (5 s).
  '-----Original Message-----\nFrom: mailer-daemon@x.example\n',
  // A paste quoted whole, one level of quoting taken off.
  '> quoted line here\n',
]

/** One reply with 1 MB of blanks inside it: a rule that joins wrapped lines once scanned them from each blank (120 s). */
const BLANKS_IN_A_REPLY = { unit: '550 + 1 MB of spaces', text: `550 ${' '.repeat(1_048_570)}x` }

/** A hundred listed recipients above 1 MB of transcript: each read the report's cues once (9 s). */
const LISTED_ABOVE_A_TRANSCRIPT = {
  unit: '100 addresses + 1 MB transcript',
  text: `----- The following addresses had permanent fatal errors -----\n${Array.from({ length: 150 }, (_, i) => `<u${i}@example.net>`).join('\n')}\n\n----- Transcript of session follows -----\n${'451 <u1@example.net>: Name server timeout\n'.repeat(25_000)}`,
}

/** An address, 1 MB of blanks, then more text: the address-line rule split the blanks every way (never finished). */
const BLANKS_AFTER_AN_ADDRESS = {
  unit: 'an address + 1 MB of spaces',
  text: `bob@example.net${' '.repeat(1_048_560)}x`,
}

/** A list of 30,000 recipients above 3,000 replies that each name one: each was read against the whole paste (1.5 s). */
const LIST_ABOVE_REPLIES = {
  unit: 'Recipients: 30,000 addresses + 3,000 replies',
  text: `Recipients: ${Array.from({ length: 30_000 }, (_, i) => `u${i}@example.net`).join(', ')}\n${Array.from({ length: 3000 }, (_, i) => `550 5.1.1 (u${i}@example.net)`).join('\n')}`,
}

/** A list of 40,000 recipients the text says nothing of: each was read against the whole paste (5.7 s). */
const A_LIST_ALONE = {
  unit: 'Recipients: 40,000 addresses alone',
  text: `Recipients: ${Array.from({ length: 40_000 }, (_, i) => `u${i}@example.net`).join(', ')}`,
}

function benchHostileShapes() {
  const shapes = [
    ...HOSTILE_UNITS.map((unit) => ({
      unit,
      text: unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576),
    })),
    BLANKS_IN_A_REPLY,
    LISTED_ABOVE_A_TRANSCRIPT,
    LIST_ABOVE_REPLIES,
    BLANKS_AFTER_AN_ADDRESS,
    A_LIST_ALONE,
  ]
  return shapes
    .map(({ unit, text }) => ({ unit, ms: time(() => analyzeBounceReport(text), 1) }))
    .sort((a, b) => b.ms - a.ms)
}
