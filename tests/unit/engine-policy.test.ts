// Each policy knob produces its failure branch with the code a client acts on.
import { describe, expect, it } from 'vitest'
import { encodeBase64 } from '../../src/smtp/engine/auth'
import { DEFAULT_POLICY, POLICY_PRESETS, type Policy, PRESET_IDS } from '../../src/smtp/engine/policy'
import type { Reply } from '../../src/smtp/engine/reply'
import { createSession, type SessionOptions } from '../../src/smtp/engine/session'

const EHLO = 'EHLO mx.example.net'
const MAIL = 'MAIL FROM:<dave@example.net>'
const LOGIN = [EHLO, 'STARTTLS', EHLO, `AUTH PLAIN ${encodeBase64('\0alice\0correct-horse')}`]

function start(policy: Partial<Policy>, lines: string[] = [], options: SessionOptions = {}) {
  const session = createSession({ policy, ...options })
  const greeting = session.open()
  for (const line of lines) session.receive(line)
  const send = (line: string): Reply => {
    const last = session.receive(line).at(-1)
    if (!last) throw new Error(`no reply to ${line}`)
    return last
  }
  return { session, send, greeting }
}

const codeOf = (r: Reply) => `${r.code} ${r.enhanced ?? ''}`.trim()

describe('connection policies', () => {
  it('refuseConnection greets with 554 5.7.1, answers 503 until QUIT (RFC 5321 §3.1)', () => {
    const { session, send, greeting } = start({ refuseConnection: true })
    expect(greeting.map(codeOf)).toEqual(['554 5.7.1'])
    expect(send(EHLO).code).toBe('503')
    expect(send(MAIL).code).toBe('503')
    expect(send('QUIT').code).toBe('221')
    expect(session.closed).toBe(true)
  })
  it('overloaded greets with 421 and closes at once', () => {
    const { session, greeting } = start({ overloaded: true })
    expect(greeting.map(codeOf)).toEqual(['421 4.3.2'])
    expect(session.closed).toBe(true)
  })
})

describe('recipient policies', () => {
  it('greylist: first attempt for a pair gets 450 4.7.1, a retry passes', () => {
    const { send } = start({ greylist: true }, [EHLO, MAIL])
    expect(codeOf(send('RCPT TO:<bob@example.org>'))).toBe('450 4.7.1')
    expect(codeOf(send('RCPT TO:<bob@example.org>'))).toBe('250 2.1.5')
    expect(codeOf(send('RCPT TO:<carol@example.org>'))).toBe('450 4.7.1')
  })
  it('greylist: a shared store lets a retry on a new connection pass', () => {
    const greylist = new Set<string>()
    const first = start({ greylist: true }, [EHLO, MAIL], { greylist })
    expect(first.send('RCPT TO:<bob@example.org>').code).toBe('450')
    const second = start({ greylist: true }, [EHLO, MAIL], { greylist })
    expect(second.send('RCPT TO:<bob@example.org>').code).toBe('250')
  })
  it('unknownUsers → 550 5.1.1, case-insensitively, and other recipients still pass', () => {
    const { send } = start({ unknownUsers: ['nobody@example.org'] }, [EHLO, MAIL])
    expect(codeOf(send('RCPT TO:<NoBody@Example.org>'))).toBe('550 5.1.1')
    expect(codeOf(send('RCPT TO:<bob@example.org>'))).toBe('250 2.1.5')
  })
  it('mailboxFull → 452 4.2.2, or 552 5.2.2 when permanent', () => {
    expect(
      codeOf(start({ mailboxFull: ['carol@example.org'] }, [EHLO, MAIL]).send('RCPT TO:<carol@example.org>')),
    ).toBe('452 4.2.2')
    const permanent = start({ mailboxFull: ['carol@example.org'], mailboxFullPermanent: true }, [EHLO, MAIL])
    expect(codeOf(permanent.send('RCPT TO:<carol@example.org>'))).toBe('552 5.2.2')
  })
  it('accepts any recipient by default, as local mail sinks do', () => {
    expect(start({}, [EHLO, MAIL]).send('RCPT TO:<someone@example.net>').code).toBe('250')
  })
  it('relay to a foreign domain without AUTH → 550 5.7.1; after AUTH it is allowed', () => {
    const stranger = start(POLICY_PRESETS['relay-denied'], [EHLO, MAIL])
    const denied = stranger.send('RCPT TO:<erin@elsewhere.example>')
    expect(codeOf(denied)).toBe('550 5.7.1')
    expect(denied.lines[0]).toContain('Relay access denied')
    const user = start(POLICY_PRESETS['relay-denied'], [...LOGIN, 'MAIL FROM:<alice@example.org>'])
    expect(user.send('RCPT TO:<erin@elsewhere.example>').code).toBe('250')
  })
  it('maxRecipients → 452 4.5.3 and keeps the accepted ones (RFC 5321 §4.5.3.1.10)', () => {
    const { send, session } = start({ maxRecipients: 2 }, [
      EHLO,
      MAIL,
      'RCPT TO:<a@example.org>',
      'RCPT TO:<b@example.org>',
    ])
    expect(codeOf(send('RCPT TO:<c@example.org>'))).toBe('452 4.5.3')
    expect(session.snapshot().recipients).toEqual(['a@example.org', 'b@example.org'])
    expect(send('DATA').code).toBe('354')
  })
  it('the default server buffers at least 100 recipients (RFC 5321 §4.5.3.1.8)', () => {
    const { send } = start({}, [EHLO, MAIL])
    const codes = Array.from({ length: 100 }, (_, i) => send(`RCPT TO:<u${i}@example.org>`).code)
    expect(new Set(codes)).toEqual(new Set(['250']))
  })
})

describe('size policy (RFC 1870)', () => {
  it('advertises SIZE and refuses a larger SIZE= at MAIL with 552 5.3.4', () => {
    const { session, send } = start({ maxSize: 1000 })
    expect(session.receive(EHLO)[0]?.lines).toContain('250-SIZE 1000')
    expect(send('MAIL FROM:<a@example.net> SIZE=1000').code).toBe('250')
    send('RSET')
    expect(codeOf(send('MAIL FROM:<a@example.net> SIZE=1001'))).toBe('552 5.3.4')
  })
  it('refuses a message over the limit at the end of DATA, counting CRLF', () => {
    const deliver = (lines: string[]) => {
      const { session, send } = start({ maxSize: 100 }, [EHLO, MAIL, 'RCPT TO:<bob@example.org>', 'DATA'])
      for (const line of lines) session.receive(line)
      return codeOf(send('.'))
    }
    expect(deliver(['x'.repeat(98)])).toBe('250 2.0.0') // 98 + CRLF = 100
    expect(deliver(['x'.repeat(99)])).toBe('552 5.3.4')
    // The dot a client doubles for transparency (RFC 5321 §4.5.2) is not part of the message.
    expect(deliver([`..${'x'.repeat(97)}`])).toBe('250 2.0.0')
  })
})

describe('authentication and TLS policies', () => {
  it('requireAuth: MAIL before AUTH → 530 5.7.0; after AUTH it passes', () => {
    const { send } = start({ requireAuth: true }, [EHLO, 'STARTTLS', EHLO])
    expect(codeOf(send('MAIL FROM:<alice@example.org>'))).toBe('530 5.7.0')
    expect(send(`AUTH PLAIN ${encodeBase64('\0alice\0correct-horse')}`).code).toBe('235')
    expect(send('MAIL FROM:<alice@example.org>').code).toBe('250')
  })
  it('requireTls: MAIL and AUTH before STARTTLS → 530 5.7.0 "Must issue a STARTTLS command first"', () => {
    const { send } = start({ requireTls: true }, [EHLO])
    const mail = send(MAIL)
    expect(mail.lines).toEqual(['530 5.7.0 Must issue a STARTTLS command first'])
    expect(codeOf(send('AUTH PLAIN'))).toBe('530 5.7.0')
    send('STARTTLS')
    send(EHLO)
    expect(send(MAIL).code).toBe('250')
  })
  it('requireTls: every command but NOOP, EHLO, STARTTLS and QUIT gets 530 before STARTTLS (RFC 3207 §4, fact review 51)', () => {
    const refused = [
      'HELO mx.example.net',
      'RSET',
      'VRFY bob',
      'HELP',
      'AUTH PLAIN',
      MAIL,
      'RCPT TO:<bob@example.org>',
      'DATA',
      'EXPN staff',
      'ETRN example.net',
    ]
    // Before EHLO no enhanced code is in effect (RFC 2034 §4); after it, 5.7.0.
    const before = start({ requireTls: true })
    for (const line of refused)
      expect(before.send(line).lines, line).toEqual(['530 Must issue a STARTTLS command first'])
    expect(before.session.allowedCommands()).toEqual(['EHLO', 'NOOP', 'QUIT'])
    const { session, send } = start({ requireTls: true }, [EHLO])
    for (const line of refused) expect(codeOf(send(line)), line).toBe('530 5.7.0')
    expect(session.allowedCommands()).toEqual(['EHLO', 'STARTTLS', 'NOOP', 'QUIT'])
    expect(send('NOOP').code).toBe('250')
    expect(send(EHLO).code).toBe('250')
    // A verb the server does not know is still a syntax error.
    expect(send('BOGUS').code).toBe('500')
    expect(send('STARTTLS').code).toBe('220')
    send(EHLO)
    expect(send('VRFY bob').code).toBe('252')
    expect(send('HELP').code).toBe('214')
    expect(session.allowedCommands()).toContain('MAIL')
    expect(start({ requireTls: true }).send('QUIT').code).toBe('221')
  })
  it('credentials: a wrong password → 535 5.7.8', () => {
    const { send } = start({}, [EHLO, 'STARTTLS', EHLO])
    expect(codeOf(send(`AUTH PLAIN ${encodeBase64('\0alice\0nope')}`))).toBe('535 5.7.8')
  })
  it('maxMessages: the MAIL after the limit gets 421 4.7.0 and the connection closes', () => {
    const { session, send } = start({ maxMessages: 1 }, [
      EHLO,
      MAIL,
      'RCPT TO:<bob@example.org>',
      'DATA',
      'hi',
    ])
    expect(send('.').code).toBe('250')
    expect(codeOf(send(MAIL))).toBe('421 4.7.0')
    expect(session.closed).toBe(true)
  })
})

describe('presets', () => {
  it('every preset only names real policy fields', () => {
    for (const id of PRESET_IDS) {
      for (const key of Object.keys(POLICY_PRESETS[id])) expect(Object.keys(DEFAULT_POLICY)).toContain(key)
    }
  })
})
