// The session state machine: commands in each state, ordering (503), syntax (501/500/502/555),
// line limits, and enhanced status codes only while EHLO is in effect.
import { describe, expect, it } from 'vitest'
import type { Reply } from '../../src/smtp/engine/reply'
import { formatReply } from '../../src/smtp/engine/reply'
import { createSession, ERROR_LIMIT, type SessionOptions } from '../../src/smtp/engine/session'

/** An opened session with a few lines already sent; returns the session and a `send` that yields the last reply. */
function start(lines: string[] = [], options: SessionOptions = {}) {
  const session = createSession({ hostname: 'mail.example.org', ...options })
  session.open()
  for (const line of lines) session.receive(line)
  const send = (line: string): Reply => {
    const replies = session.receive(line)
    const last = replies[replies.length - 1]
    if (!last) throw new Error(`no reply to ${line}`)
    return last
  }
  return { session, send }
}

const EHLO = 'EHLO client.example.net'
const TRANSACTION = [EHLO, 'MAIL FROM:<a@example.net>', 'RCPT TO:<bob@example.org>']

describe('formatReply', () => {
  it('puts "-" after the code on all lines but the last (RFC 5321 §4.2.1)', () => {
    expect(formatReply('250', ['one', 'two', 'three']).lines).toEqual(['250-one', '250-two', '250 three'])
  })
  it('writes the enhanced code at the start of each line', () => {
    expect(formatReply('214', ['a', 'b'], '2.0.0')).toEqual({
      code: '214',
      enhanced: '2.0.0',
      lines: ['214-2.0.0 a', '214 2.0.0 b'],
    })
  })
  it('writes an empty text as "NNN " (RFC 4954 empty challenge)', () => {
    expect(formatReply('334', ['']).lines).toEqual(['334 '])
  })
})

describe('greeting and closing', () => {
  it('greets with 220 and the hostname, then waits for EHLO/HELO', () => {
    const session = createSession({ hostname: 'mx.test' })
    expect(session.state).toBe('idle')
    expect(session.open()[0]?.lines).toEqual(['220 mx.test ESMTP SMTP Code Lab'])
    expect(session.state).toBe('greeted')
    expect(session.open()).toEqual([])
  })
  it('ignores input before open and after close', () => {
    const session = createSession()
    expect(session.receive('EHLO x')).toEqual([])
    session.open()
    session.receive('QUIT')
    expect(session.closed).toBe(true)
    expect(session.receive('NOOP')).toEqual([])
  })
  it('QUIT answers 221 and closes from any command state', () => {
    for (const lines of [[], [EHLO], TRANSACTION]) {
      const { session, send } = start(lines)
      expect(send('QUIT').code).toBe('221')
      expect(session.state).toBe('closed')
    }
  })
  it('shutdown sends 421 once and closes', () => {
    const { session } = start([EHLO])
    const replies = session.shutdown()
    expect(replies.map((r) => r.lines[0])).toEqual([
      '421 4.3.2 mail.example.org Service not available, closing transmission channel',
    ])
    expect(session.closed).toBe(true)
    expect(session.shutdown()).toEqual([])
  })
  it('shutdown for an idle client uses 4.4.2', () => {
    const { session } = start([EHLO])
    expect(session.shutdown('timeout')[0]?.enhanced).toBe('4.4.2')
  })
})

describe('EHLO and HELO', () => {
  it('EHLO lists the extensions in a multi-line 250 without enhanced codes (RFC 2034 §4)', () => {
    const { send } = start()
    const reply = send(EHLO)
    expect(reply.code).toBe('250')
    expect(reply.enhanced).toBeUndefined()
    expect(reply.lines[0]).toBe('250-mail.example.org Hello client.example.net')
    const keywords = reply.lines.slice(1).map((l) => l.slice(4))
    expect(keywords).toEqual(
      expect.arrayContaining(['PIPELINING', 'SIZE 10485760', '8BITMIME', 'ENHANCEDSTATUSCODES', 'STARTTLS']),
    )
    expect(reply.lines.at(-1)).toMatch(/^250 /)
  })
  it('HELO answers a single 250 and turns enhanced codes off', () => {
    const { send } = start()
    expect(send('HELO client.example.net').lines).toEqual(['250 mail.example.org Hello client.example.net'])
    expect(send('MAIL FROM:<a@example.net>').lines).toEqual(['250 Sender <a@example.net> ok'])
  })
  it('is case-insensitive', () => {
    const { send } = start()
    expect(send('eHlO client').code).toBe('250')
    expect(send('mail from:<a@example.net>').code).toBe('250')
    expect(send('rcpt to:<bob@example.org>').code).toBe('250')
  })
  it('EHLO without a name is a 501', () => {
    const { send } = start()
    expect(send('EHLO').code).toBe('501')
  })
  it('EHLO in the middle of a transaction resets it (RFC 5321 §4.1.4)', () => {
    const { session, send } = start(TRANSACTION)
    send(EHLO)
    expect(session.state).toBe('ready')
    expect(send('DATA').code).toBe('503')
  })
})

describe('enhanced status codes', () => {
  it('appear on 2xx/4xx/5xx replies after EHLO', () => {
    const { send } = start([EHLO])
    expect(send('NOOP').lines).toEqual(['250 2.0.0 Ok'])
    expect(send('FOO').lines).toEqual(['500 5.5.2 Syntax error, command unrecognized'])
  })
  it('never appear before EHLO', () => {
    const { send } = start()
    expect(send('NOOP')).toMatchObject({ lines: ['250 Ok'] })
    expect(send('NOOP').enhanced).toBeUndefined()
    expect(send('MAIL FROM:<a@b.example>').lines).toEqual(['503 Send HELO/EHLO first'])
  })
  it('never appear on 354', () => {
    const { send } = start(TRANSACTION)
    expect(send('DATA')).toEqual({
      code: '354',
      lines: ['354 End data with <CR><LF>.<CR><LF>'],
      reason: 'dataStart',
    })
  })
})

describe('command order (503)', () => {
  it.each([
    ['MAIL before EHLO', [], 'MAIL FROM:<a@example.net>'],
    ['RCPT before MAIL', [EHLO], 'RCPT TO:<bob@example.org>'],
    ['DATA before MAIL', [EHLO], 'DATA'],
    ['DATA before any accepted RCPT', [EHLO, 'MAIL FROM:<a@example.net>'], 'DATA'],
    ['a second MAIL', [EHLO, 'MAIL FROM:<a@example.net>'], 'MAIL FROM:<a@example.net>'],
    ['AUTH after HELO', ['HELO x'], 'AUTH PLAIN'],
    ['STARTTLS before EHLO', [], 'STARTTLS'],
    ['STARTTLS during a transaction', TRANSACTION, 'STARTTLS'],
  ])('%s → 503', (_name, lines, line) => {
    const { send } = start(lines)
    expect(send(line).code).toBe('503')
  })
  it('RSET clears the transaction but keeps the greeting', () => {
    const { session, send } = start(TRANSACTION)
    expect(send('RSET').code).toBe('250')
    expect(session.state).toBe('ready')
    expect(send('RCPT TO:<bob@example.org>').code).toBe('503')
    expect(send('MAIL FROM:<a@example.net>').code).toBe('250')
  })
})

describe('syntax and unknown commands', () => {
  it.each([
    ['MAIL FROM:a@example.net', '501'],
    ['MAIL FROM:<not an address>', '501'],
    ['MAIL TO:<a@example.net>', '501'],
    ['MAIL FROM:<a@example.net> SIZE=big', '501'],
    ['MAIL FROM:<a@example.net> BODY=BINARYMIME', '501'],
    ['MAIL FROM:<a@example.net> FOO=1', '555'],
    ['MAIL FROM:<jörg@example.net>', '550'],
    ['VRFY', '501'],
    ['RSET now', '501'],
    // RFC 5321 §4.3.2: QUIT, like RSET and DATA, takes no argument; the session stays open.
    ['QUIT now', '501'],
    ['STARTTLS now', '501'],
    ['EXPN staff', '502'],
    ['TURN', '502'],
    ['XYZZY', '500'],
    ['', '500'],
  ])('%s → %s', (line, code) => {
    const { send } = start([EHLO])
    expect(send(line).code).toBe(code)
  })
  it('refuses a non-ASCII address with 5.6.7: 550 at MAIL, 553 at RCPT (RFC 6531 §3.5)', () => {
    const { send } = start([EHLO])
    expect(send('MAIL FROM:<jörg@example.net>')).toMatchObject({ code: '550', enhanced: '5.6.7' })
    send('MAIL FROM:<a@example.net>')
    expect(send('RCPT TO:<jörg@example.org>')).toMatchObject({ code: '553', enhanced: '5.6.7' })
  })
  it('answers a malformed EHLO or HELO without an enhanced code, even after EHLO (RFC 2034 §4)', () => {
    const { send } = start([EHLO])
    expect(send('EHLO').lines).toEqual(['501 Syntax: EHLO hostname'])
    expect(send('HELO').lines).toEqual(['501 Syntax: HELO hostname'])
  })
  it('accepts the null reverse-path, a space after the colon, SIZE and BODY', () => {
    const { send } = start([EHLO])
    expect(send('MAIL FROM:<>').code).toBe('250')
    send('RSET')
    expect(send('MAIL FROM: <a@example.net> SIZE=1000 BODY=8BITMIME').code).toBe('250')
  })
  it('rejects RCPT parameters (no RCPT extension is offered) and bad recipient syntax', () => {
    const { send } = start([EHLO, 'MAIL FROM:<a@example.net>'])
    expect(send('RCPT TO:<bob@example.org> NOTIFY=NEVER').code).toBe('555')
    expect(send('RCPT TO:<>').code).toBe('501')
    expect(send('RCPT TO:<Postmaster>').code).toBe('250')
  })
  it('rejects MAIL parameters after HELO, where no extension is in effect', () => {
    const { send } = start(['HELO x'])
    expect(send('MAIL FROM:<a@example.net> SIZE=10').code).toBe('555')
  })
  it('VRFY answers 252, HELP a multi-line 214, NOOP 250', () => {
    const { send } = start([EHLO])
    expect(send('VRFY bob').code).toBe('252')
    const help = send('HELP')
    expect(help.code).toBe('214')
    expect(help.lines.length).toBeGreaterThan(1)
    expect(send('NOOP anything').code).toBe('250')
  })
})

describe('line limits (RFC 5321 §4.5.3.1)', () => {
  it('accepts a 510-octet command line and rejects 511 (512 with CRLF)', () => {
    const { send } = start([EHLO])
    expect(send(`NOOP ${'x'.repeat(505)}`).code).toBe('250')
    expect(send(`NOOP ${'x'.repeat(506)}`)).toMatchObject({ code: '500', lines: ['500 5.5.2 Line too long'] })
  })
  it('counts octets, not characters', () => {
    const { send } = start([EHLO])
    // 5 + 1 + 2×252 = 510 octets (258 characters) fits; 5 + 2×253 = 511 octets does not.
    expect(send(`NOOP x${'é'.repeat(252)}`).code).toBe('250')
    expect(send(`NOOP ${'é'.repeat(253)}`).code).toBe('500')
  })
  it('refuses a message with a text line over 1000 octets, at the end of DATA', () => {
    const { session, send } = start([...TRANSACTION, 'DATA'])
    expect(session.receive('y'.repeat(998))).toEqual([])
    expect(session.receive('z'.repeat(999))).toEqual([])
    expect(send('.').code).toBe('554')
  })
  it('does not count the stuffed dot toward the text line limit', () => {
    const { send, session } = start([...TRANSACTION, 'DATA'])
    session.receive(`.${'.'.repeat(998)}`)
    expect(send('.').code).toBe('250')
  })
  it('closes with 421 after too many bad commands', () => {
    const { session } = start([EHLO])
    const codes = Array.from({ length: ERROR_LIMIT }, () => session.receive('BOGUS')[0]?.code)
    expect(codes.at(-2)).toBe('500')
    expect(codes.at(-1)).toBe('421')
    expect(session.closed).toBe(true)
  })
  it('counts refused recipients too, so a client cannot try thousands of invented addresses', () => {
    const session = createSession({ policy: { greylist: true } })
    session.open()
    session.receive('EHLO x')
    session.receive('MAIL FROM:<a@example.net>')
    const codes = Array.from(
      { length: ERROR_LIMIT },
      (_, i) => session.receive(`RCPT TO:<r${i}@example.org>`)[0]?.code,
    )
    expect(codes.slice(0, -1).every((code) => code === '450')).toBe(true)
    expect(codes.at(-1)).toBe('421')
    expect(session.closed).toBe(true)
  })
  it('refuses a command that ended in a bare LF (RFC 5321 §2.3.8)', () => {
    const { session } = start([EHLO])
    const [reply] = session.receive('NOOP', 'lf')
    expect(reply?.code).toBe('500')
    expect(reply?.reason).toBe('bareLineFeed')
  })
})

describe('DATA', () => {
  it('removes dot-stuffing, ends on a lone dot and returns to ready with a queue id', () => {
    const { session, send } = start([...TRANSACTION])
    expect(send('DATA').code).toBe('354')
    expect(session.state).toBe('data')
    expect(session.receive('Subject: hi')).toEqual([])
    expect(session.receive('..')).toEqual([])
    expect(session.receive('')).toEqual([])
    const done = send('.')
    expect(done.lines[0]).toMatch(/^250 2\.0\.0 Ok: queued as [0-9A-F]{12}$/)
    expect(session.state).toBe('ready')
    expect(session.snapshot().messages).toBe(1)
  })
  it('gives equal sessions equal queue ids and different messages different ones', () => {
    const run = (body: string) => {
      const { session, send } = start([...TRANSACTION, 'DATA'])
      session.receive(body)
      return send('.').lines[0]
    }
    expect(run('hello')).toBe(run('hello'))
    expect(run('hello')).not.toBe(run('goodbye'))
  })
  it('treats command words inside DATA as content', () => {
    const { session, send } = start([...TRANSACTION, 'DATA'])
    expect(session.receive('QUIT')).toEqual([])
    expect(send('.').code).toBe('250')
    expect(session.closed).toBe(false)
  })
})

describe('allowedCommands', () => {
  it('follows the state', () => {
    const { session, send } = start()
    expect(session.allowedCommands()).toEqual(expect.arrayContaining(['EHLO', 'HELO', 'QUIT']))
    expect(session.allowedCommands()).not.toContain('MAIL')
    send(EHLO)
    expect(session.allowedCommands()).toEqual(expect.arrayContaining(['MAIL', 'STARTTLS']))
    expect(session.allowedCommands()).not.toContain('AUTH')
    send('MAIL FROM:<a@example.net>')
    expect(session.allowedCommands()).toContain('RCPT')
    expect(session.allowedCommands()).not.toContain('DATA')
    send('RCPT TO:<bob@example.org>')
    expect(session.allowedCommands()).toContain('DATA')
    send('DATA')
    expect(session.allowedCommands()).toEqual([])
  })
  it('offers only QUIT after a refused greeting', () => {
    const session = createSession({ policy: { refuseConnection: true } })
    session.open()
    expect(session.state).toBe('refused')
    expect(session.allowedCommands()).toEqual(['QUIT'])
  })
})
