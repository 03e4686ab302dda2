// STARTTLS (RFC 3207) and AUTH PLAIN/LOGIN (RFC 4954) flows.
import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from '../../src/smtp/engine/auth'
import type { Reply } from '../../src/smtp/engine/reply'
import { createSession, type SessionOptions } from '../../src/smtp/engine/session'

const EHLO = 'EHLO laptop.example.org'
const GOOD_PLAIN = encodeBase64('\0alice\0correct-horse')

function start(lines: string[] = [], options: SessionOptions = {}) {
  const session = createSession(options)
  session.open()
  for (const line of lines) session.receive(line)
  const send = (line: string): Reply => {
    const last = session.receive(line).at(-1)
    if (!last) throw new Error(`no reply to ${line}`)
    return last
  }
  return { session, send }
}

const keywords = (r: Reply) => r.lines.slice(1).map((l) => l.slice(4))

describe('base64', () => {
  it('round-trips UTF-8 text and rejects what is not base64', () => {
    for (const text of ['', 'a', 'ab', 'abc', '\0alice\0pässwörd', '日本'])
      expect(decodeBase64(encodeBase64(text))).toBe(text)
    expect(encodeBase64('Username:')).toBe('VXNlcm5hbWU6')
    expect(decodeBase64('not base64!')).toBeUndefined()
    expect(decodeBase64('abc')).toBeUndefined()
    expect(decodeBase64('=')).toBe('')
  })
})

describe('HELP', () => {
  const commands = (r: Reply) => r.lines[0]?.split(' ').slice(2) ?? []
  it('lists STARTTLS and AUTH only where the session offers them (RFC 5321 §4.2.4, fact review 51)', () => {
    // Plain connection: STARTTLS is offered, AUTH only after it.
    const plain = start([EHLO])
    expect(commands(plain.send('HELP'))).toEqual(['EHLO', 'HELO', 'STARTTLS', 'MAIL', 'RCPT', 'DATA'])
    plain.send('STARTTLS')
    plain.send(EHLO)
    expect(commands(plain.send('HELP'))).toEqual(['EHLO', 'HELO', 'AUTH', 'MAIL', 'RCPT', 'DATA'])
    plain.send(`AUTH PLAIN ${GOOD_PLAIN}`)
    expect(commands(plain.send('HELP'))).toEqual(['EHLO', 'HELO', 'MAIL', 'RCPT', 'DATA'])
    // No STARTTLS at all (the sandbox's --no-tls): AUTH in the clear, no STARTTLS.
    const noTls = start([EHLO], { policy: { offerStartTls: false, authNeedsTls: false } })
    expect(commands(noTls.send('HELP'))).toEqual(['EHLO', 'HELO', 'AUTH', 'MAIL', 'RCPT', 'DATA'])
  })
})

describe('STARTTLS', () => {
  it('answers 220, activates TLS and resets the session to before EHLO (RFC 3207 §4.2)', () => {
    const { session, send } = start([EHLO])
    expect(send('STARTTLS').lines).toEqual(['220 2.0.0 Ready to start TLS'])
    expect(session.tls).toBe(true)
    expect(session.state).toBe('greeted')
    expect(send('MAIL FROM:<alice@example.org>').code).toBe('503')
    const ehlo = send(EHLO)
    expect(keywords(ehlo)).not.toContain('STARTTLS')
    expect(keywords(ehlo)).toContain('AUTH PLAIN LOGIN')
  })
  it('a second STARTTLS is refused', () => {
    const { send } = start([EHLO, 'STARTTLS', EHLO])
    expect(send('STARTTLS').code).toBe('503')
  })
  it('without offerStartTls it is not advertised and is not implemented: 502 5.5.1, not the transient 454', () => {
    const { send } = start([], { policy: { offerStartTls: false } })
    expect(keywords(send(EHLO))).not.toContain('STARTTLS')
    expect(send('STARTTLS')).toMatchObject({ code: '502', enhanced: '5.5.1', reason: 'tlsNotOffered' })
  })
  it('forgets a login made before it', () => {
    const { session, send } = start([], { policy: { authNeedsTls: false } })
    send(EHLO)
    expect(send(`AUTH PLAIN ${GOOD_PLAIN}`).code).toBe('235')
    send('STARTTLS')
    expect(session.authenticated).toBe(false)
  })
})

describe('AUTH', () => {
  const afterTls = [EHLO, 'STARTTLS', EHLO]

  it('is not offered before TLS by default, and refused with 503 5.5.1 like any AUTH not advertised', () => {
    const { send } = start()
    expect(keywords(send(EHLO))).not.toContain('AUTH PLAIN LOGIN')
    expect(send(`AUTH PLAIN ${GOOD_PLAIN}`)).toMatchObject({
      code: '503',
      enhanced: '5.5.1',
      reason: 'authNotOffered',
    })
  })
  it('is refused with 503 5.5.1, without a 334 challenge, when the server has no accounts', () => {
    const { session, send } = start([EHLO, 'STARTTLS'], { policy: { credentials: [] } })
    expect(keywords(send(EHLO))).not.toContain('AUTH PLAIN LOGIN')
    expect(send('AUTH PLAIN')).toMatchObject({ code: '503', enhanced: '5.5.1' })
    // The next line is a command again, not a SASL response.
    expect(send('QUIT').code).toBe('221')
    expect(session.authenticated).toBe(false)
  })
  it('PLAIN with an initial response → 235 2.7.0', () => {
    const { session, send } = start(afterTls)
    expect(send(`AUTH PLAIN ${GOOD_PLAIN}`).lines).toEqual(['235 2.7.0 Authentication successful'])
    expect(session.authenticated).toBe(true)
    expect(session.allowedCommands()).not.toContain('AUTH')
  })
  it('PLAIN without initial response sends an empty 334 challenge', () => {
    const { session, send } = start(afterTls)
    expect(send('AUTH PLAIN').lines).toEqual(['334 '])
    expect(session.state).toBe('auth')
    expect(send(GOOD_PLAIN).code).toBe('235')
    expect(session.state).toBe('ready')
  })
  it('LOGIN asks for user name and password in base64', () => {
    const { send } = start(afterTls)
    expect(send('AUTH LOGIN').lines).toEqual(['334 VXNlcm5hbWU6'])
    expect(send(encodeBase64('alice')).lines).toEqual(['334 UGFzc3dvcmQ6'])
    expect(send(encodeBase64('correct-horse')).code).toBe('235')
  })
  it('LOGIN with the user name as initial response goes straight to the password', () => {
    const { send } = start(afterTls)
    expect(send(`auth login ${encodeBase64('alice')}`).lines).toEqual(['334 UGFzc3dvcmQ6'])
    expect(send(encodeBase64('wrong')).code).toBe('535')
  })
  it('"*" cancels the exchange with 501', () => {
    const { session, send } = start(afterTls)
    send('AUTH LOGIN')
    expect(send('*')).toMatchObject({ code: '501' })
    expect(session.state).toBe('ready')
    expect(session.authenticated).toBe(false)
  })
  it('a response that is not base64 → 501 5.5.2', () => {
    const { send } = start(afterTls)
    send('AUTH PLAIN')
    expect(send('%%%')).toMatchObject({ code: '501', enhanced: '5.5.2' })
  })
  it('an over-long SASL response → 500 5.5.6', () => {
    const { send } = start(afterTls)
    send('AUTH PLAIN')
    expect(send('A'.repeat(20000))).toMatchObject({ code: '500', enhanced: '5.5.6' })
  })
  it('an unknown mechanism → 504 5.5.4', () => {
    const { send } = start(afterTls)
    expect(send('AUTH CRAM-MD5')).toMatchObject({ code: '504', enhanced: '5.5.4' })
  })
  it('a second AUTH after success, or AUTH inside a transaction, → 503', () => {
    const ok = start([...afterTls, `AUTH PLAIN ${GOOD_PLAIN}`])
    expect(ok.send(`AUTH PLAIN ${GOOD_PLAIN}`).code).toBe('503')
    const tx = start([...afterTls, 'MAIL FROM:<a@example.org>'])
    expect(tx.send(`AUTH PLAIN ${GOOD_PLAIN}`).code).toBe('503')
  })
  it('an authzid different from the user is refused', () => {
    const { send } = start(afterTls)
    expect(send(`AUTH PLAIN ${encodeBase64('bob\0alice\0correct-horse')}`).code).toBe('535')
  })
})
