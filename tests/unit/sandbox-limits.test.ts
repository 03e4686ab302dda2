// One client must not be able to hurt the sandbox or the mail it carries: bare line feeds,
// smuggled data ends, plain text slipped in after STARTTLS, slow or unread clients, too many
// connections, an unbounded greylist, control characters in the operator's log.
import { mkdtempSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect as tlsConnect } from 'node:tls'
import { describe, expect, it } from 'vitest'
import { boundedGreylist } from '../../src/sandbox/greylist-store'
import { printable } from '../../src/sandbox/printable'
import { type SandboxOptions, startSandbox } from '../../src/sandbox/sandbox'
import { localhostCertificate } from '../../src/sandbox/tls-certificate'
import { rawClient } from '../helpers/raw-smtp-client'

async function withSandbox(
  options: Partial<SandboxOptions>,
  body: (port: number, logs: string[]) => Promise<void>,
) {
  const logs: string[] = []
  const sandbox = await startSandbox({ port: 0, log: (l) => logs.push(l), ...options })
  try {
    await body(sandbox.port, logs)
  } finally {
    await sandbox.close()
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('line ends (RFC 5321 §2.3.8)', () => {
  it('refuses a command that ends in a bare LF, and goes on with CRLF ones', async () => {
    await withSandbox({}, async (port) => {
      const c = rawClient(port)
      await c.waitFor(/^220 /m)
      c.socket.write('EHLO bare\nEHLO crlf\r\n')
      await c.waitFor(/250 8BITMIME\r\n/)
      expect(c.received()).toMatch(/\r\n500 Bare LF is not a line end: end each line with CRLF\r\n250-/)
      c.socket.destroy()
    })
  })

  it('ends DATA only at <CRLF>.<CRLF>: <LF>.<LF>, <LF>.<CRLF> and <CRLF>.<LF> are content', async () => {
    await withSandbox({}, async (port, logs) => {
      const c = rawClient(port)
      await c.waitFor(/^220 /m)
      c.socket.write('EHLO x\r\nMAIL FROM:<a@example.net>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n')
      await c.waitFor(/354 /)
      // Each of these would end the message on a lax server, and the rest would be read as commands.
      c.socket.write('Subject: one\r\n\r\nbody\n.\nMAIL FROM:<smuggled@example.net>\r\n')
      c.socket.write('x\n.\r\nRCPT TO:<smuggled@example.net>\r\n')
      c.socket.write('y\r\n.\nDATA\r\n')
      await sleep(100)
      expect(c.received()).not.toMatch(/250 2\.0\.0 Ok: queued/)
      c.socket.write('.\r\nQUIT\r\n')
      await c.closed
      // One message, and none of the smuggled lines was taken as a command.
      expect(c.received().match(/queued as/g)).toHaveLength(1)
      expect(c.received()).not.toMatch(/smuggled/)
      expect(logs.filter((l) => l.includes('(bare LF)')).length).toBeGreaterThanOrEqual(3)
    })
  })
})

describe('STARTTLS', () => {
  it('drops plain text sent after STARTTLS instead of reading it as if it came encrypted', async () => {
    const tls = localhostCertificate(mkdtempSync(join(tmpdir(), 'sandbox-tls-')))
    await withSandbox({ tls }, async (port) => {
      const c = rawClient(port)
      await c.waitFor(/^220 /m)
      c.socket.write('EHLO x\r\nSTARTTLS\r\nMAIL FROM:<injected@example.net>\r\n')
      await c.waitFor(/220 2\.0\.0 Ready to start TLS\r\n/)
      c.socket.removeAllListeners('data')
      const secure = tlsConnect({ socket: c.socket, rejectUnauthorized: false })
      let text = ''
      secure.on('data', (d) => {
        text += d
      })
      await new Promise((r) => secure.once('secureConnect', r))
      secure.write('EHLO x\r\nRCPT TO:<b@example.net>\r\nQUIT\r\n')
      await new Promise((r) => secure.once('close', r))
      // The injected MAIL FROM was dropped, so RCPT has no transaction to join.
      expect(text).toMatch(/503 5\.5\.1 .*\r\n221 /)
    })
  })
})

describe('limits', () => {
  it('cuts off a slowloris client that sends a byte at a time, with 421', async () => {
    await withSandbox({ lineTimeoutMs: 300 }, async (port) => {
      const c = rawClient(port)
      await c.waitFor(/^220 /m)
      const started = Date.now()
      for (const ch of 'EHLO slow.example.net'.repeat(10)) {
        if (c.socket.destroyed) break
        c.socket.write(ch)
        await sleep(30)
      }
      await c.closed
      // Before EHLO the 421 carries no enhanced code (RFC 2034 §4).
      expect(c.received()).toMatch(/421 .*Timeout exceeded, closing connection\r\n$/)
      expect(Date.now() - started).toBeLessThan(2000)
    })
  })

  it('ends a session that outlives its time limit', async () => {
    await withSandbox({ sessionTimeoutMs: 200 }, async (port) => {
      const c = rawClient(port)
      await c.waitFor(/^220 /m)
      c.socket.write('EHLO x\r\n')
      await c.closed
      expect(c.received()).toMatch(/421 4\.4\.2 /)
    })
  })

  it('answers a connection over the limit with 421 4.3.2 and keeps serving the others', async () => {
    await withSandbox({ maxConnections: 3 }, async (port) => {
      const open = [rawClient(port), rawClient(port), rawClient(port)]
      await Promise.all(open.map((c) => c.waitFor(/^220 /m)))
      const extra = rawClient(port)
      await extra.closed
      expect(extra.received()).toMatch(/^421 4\.3\.2 .*Too many connections/)
      open[0]?.socket.write('NOOP\r\n')
      await open[0]?.waitFor(/250 Ok\r\n/)
      for (const c of open) c.socket.destroy()
    })
  })

  it('stops reading from a client that pipelines without reading the replies, then catches up', async () => {
    let answered = 0
    const sandbox = await startSandbox({
      port: 0,
      log: (line) => {
        if (line.endsWith('S: 250 8BITMIME')) answered++
      },
    })
    const client = connect(sandbox.port, '127.0.0.1')
    client.on('data', () => {})
    await sleep(100)
    client.pause()
    // Each EHLO is answered with seven lines: far more reply than the kernel's socket buffers hold.
    const count = 200_000
    client.write('EHLO x\r\n'.repeat(count))
    // Wait until the server has filled the socket buffers and stopped (the count holds still).
    let previous = -1
    for (let i = 0; i < 50 && answered !== previous; i++) {
      previous = answered
      await sleep(200)
    }
    const first = answered
    expect(first).toBeLessThan(count)
    await sleep(500)
    // Stopped, not slow: nothing more is answered while the client reads nothing.
    expect(answered).toBe(first)
    client.resume()
    while (answered < count) await sleep(20)
    client.destroy()
    await sandbox.close()
  }, 20_000)
})

describe('the greylist store', () => {
  it('keeps at most its limit, oldest first out, and forgets entries after their time', () => {
    let now = 0
    const store = boundedGreylist({ max: 3, ttlMs: 1000, now: () => now })
    for (const key of ['a', 'b', 'c', 'd']) store.add(key)
    expect(store.size).toBe(3)
    expect(store.has('a')).toBe(false)
    expect(store.has('d')).toBe(true)
    now = 1001
    expect(store.has('d')).toBe(false)
  })

  it('stays bounded under 500,000 invented recipients', () => {
    const store = boundedGreylist({ max: 10_000 })
    for (let i = 0; i < 500_000; i++) store.add(`a@example.net\u0000r${i}@example.org`)
    expect(store.size).toBe(10_000)
  })
})

describe('the operator log', () => {
  it('escapes C0 and C1 controls and bidi or zero-width characters', () => {
    expect(printable('a\u001b[2Jb\u009b31mc\u202ed\u2066e\u200bf')).toBe(
      'a\\x1b[2Jb\\x9b31mc\\u202ed\\u2066e\\u200bf',
    )
  })
})
