// Properties over arbitrary input: the engine never throws, every reply is well-formed
// on the wire (RFC 5321 §4.2.1), and the state is always a known one.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeBase64 } from '../../src/smtp/engine/auth'
import { SESSION_STATES } from '../../src/smtp/engine/context'
import { POLICY_PRESETS, PRESET_IDS } from '../../src/smtp/engine/policy'
import type { Reply } from '../../src/smtp/engine/reply'
import { createSession } from '../../src/smtp/engine/session'

const VERBS = [
  'EHLO x',
  'HELO x',
  'STARTTLS',
  'AUTH PLAIN',
  'AUTH LOGIN',
  'MAIL FROM:<a@example.net>',
  'RCPT TO:<b@example.org>',
  'DATA',
  '.',
  'RSET',
  'NOOP',
  'VRFY b',
  'HELP',
  'QUIT',
  '*',
]

/** Lines a hostile or confused client might send: protocol-shaped, random, huge, with NUL, non-ASCII, bare CR/LF. */
const line = fc.oneof(
  fc.constantFrom(...VERBS),
  fc.constant(`AUTH PLAIN ${encodeBase64('\0alice\0correct-horse')}`),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\0',
    '\r',
    '\n',
    '\r\n',
    'MAIL FROM:<a\0b@c>',
    'RCPT TO:<ü@ö.de>',
    'EHLO \r x',
    '..',
    'ÇĞİÖŞÜ çğıöşü',
  ),
  fc
    .tuple(fc.constantFrom('NOOP ', 'MAIL FROM:<', 'x', ''), fc.integer({ min: 400, max: 20000 }))
    .map(([p, n]) => p + 'x'.repeat(n)),
  fc.tuple(fc.constantFrom(...VERBS), fc.string({ maxLength: 20 })).map(([v, s]) => v + s),
)

function checkReplies(replies: Reply[]) {
  for (const reply of replies) {
    expect(reply.lines.length).toBeGreaterThan(0)
    reply.lines.forEach((l, i) => {
      expect(l).toMatch(/^[2-5][0-9]{2}[ -]/)
      expect(l.slice(0, 3)).toBe(reply.code)
      expect(l[3]).toBe(i < reply.lines.length - 1 ? '-' : ' ')
      // A reply line may not carry CR or LF: it would break the client's framing.
      expect(l).not.toMatch(/[\r\n\0]/)
    })
  }
}

describe('engine properties', () => {
  it('arbitrary line sequences never throw and always yield well-formed replies and valid states', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.array(line, { maxLength: 40 }), (preset, lines) => {
        const session = createSession({ policy: POLICY_PRESETS[preset] })
        checkReplies(session.open())
        for (const l of lines) {
          checkReplies(session.receive(l))
          expect(SESSION_STATES).toContain(session.state)
          expect(session.closed).toBe(session.state === 'closed')
        }
        checkReplies(session.shutdown())
        expect(session.closed).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('once closed, a session stays silent', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const session = createSession()
        session.open()
        session.receive('QUIT')
        for (const l of lines) expect(session.receive(l)).toEqual([])
      }),
    )
  })
})
