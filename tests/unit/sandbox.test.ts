// The TCP sandbox with real clients: nodemailer delivers a message, and raw sockets send
// garbage, floods and half commands without taking the server down.
import nodemailer from 'nodemailer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FLOOD_LIMIT } from '../../src/sandbox/line-reader'
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox'
import { rawClient } from '../helpers/raw-smtp-client'

let sandbox: Sandbox
let logs: string[]
let onLog: (() => void)[] = []

beforeEach(async () => {
  logs = []
  onLog = []
  const log = (line: string) => {
    logs.push(line)
    for (const wake of onLog.splice(0)) wake()
  }
  sandbox = await startSandbox({ port: 0, host: '127.0.0.1', log })
})

/** Resolves once the sandbox has logged this exact line. */
function logged(line: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (logs.includes(line) ? resolve() : onLog.push(check))
    check()
  })
}
afterEach(async () => {
  await sandbox.close()
})

/** The transcript of one session, without its '[#n] ' tag. */
function transcript(id: number): string[] {
  const tag = `[#${id}] `
  return logs.filter((l) => l.startsWith(tag)).map((l) => l.slice(tag.length))
}

describe('sandbox with nodemailer', () => {
  it('delivers a message and logs the whole conversation', async () => {
    // A non-pooled nodemailer transport hangs up after the message without QUIT. The pooled
    // one says QUIT when its connection has been idle for `idleTimeout` ms (an option its
    // type definitions do not list, hence the variable).
    const options = {
      host: '127.0.0.1',
      port: sandbox.port,
      secure: false,
      ignoreTLS: true,
      name: 'client.example.net',
      pool: true as const,
      maxConnections: 1,
      idleTimeout: 5,
    }
    const transport = nodemailer.createTransport(options)
    const info = await transport.sendMail({
      from: 'dave@example.net',
      to: 'bob@example.org',
      subject: 'Hello from nodemailer',
      text: 'Line one\n.line starting with a dot\n',
    })
    expect(info.accepted).toEqual(['bob@example.org'])
    expect(info.response).toMatch(/^250 2\.0\.0 Ok: queued as [0-9A-F]{12}$/)

    // Wait for the idle QUIT and the server closing the session.
    await logged('[#1] -- closed')
    transport.close()
    const t = transcript(1)
    const index = (pattern: RegExp) => t.findIndex((l) => pattern.test(l))
    const order = [
      /^S: 220 /,
      /^C: EHLO client\.example\.net$/,
      /^S: 250 /,
      /^C: MAIL FROM:<dave@example\.net>/,
      /^S: 250 2\.1\.0 /,
      /^C: RCPT TO:<bob@example\.org>/,
      /^S: 250 2\.1\.5 /,
      /^C: DATA$/,
      /^S: 354 /,
      /^C: \.$/,
      /^S: 250 2\.0\.0 Ok: queued as /,
      /^C: QUIT$/,
      /^S: 221 /,
    ].map(index)
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // STARTTLS is not offered by the sandbox (see sandbox.ts).
    expect(t).not.toContain('S: 250-STARTTLS')
    // The client dot-stuffed the body line; the log shows the wire form.
    expect(t).toContain('C: ..line starting with a dot')
  })
})

describe('sandbox with a raw socket', () => {
  it('answers garbage, refuses an over-long line and keeps the session usable', async () => {
    const c = rawClient(sandbox.port)
    await c.waitFor(/^220 /m)
    c.socket.write('\0\xff garbage\r\nEHLO raw\r\nNOOP\r\n')
    await c.waitFor(/250 2\.0\.0 Ok\r\n/)
    c.socket.write(`NOOP ${'x'.repeat(100_000)}\r\nNOOP\r\n`)
    const text = await c.waitFor(/500 5\.5\.2 Line too long\r\n250 2\.0\.0 Ok\r\n/)
    // Before EHLO no enhanced code; after it, 5.5.2 (RFC 2034 §4).
    expect(text).toMatch(/^500 Syntax error, command unrecognized\r\n/m)
    c.socket.write('QUIT\r\n')
    await c.closed
    expect(c.received()).toMatch(/221 2\.0\.0 .*\r\n$/)
  })

  it('cuts off a client that floods without a line end, with 421', async () => {
    const c = rawClient(sandbox.port)
    await c.waitFor(/^220 /m)
    const chunk = 'y'.repeat(64 * 1024)
    for (let sent = 0; sent <= FLOOD_LIMIT + chunk.length * 2 && !c.socket.destroyed; sent += chunk.length) {
      c.socket.write(chunk)
    }
    await c.closed
    expect(c.received()).toMatch(/421 sandbox\.smtp-code-lab\.test Too much input without a line end\r\n$/)
  })

  it('survives a client that disconnects mid-command and serves the next one', async () => {
    const first = rawClient(sandbox.port)
    await first.waitFor(/^220 /m)
    first.socket.write('MAIL FROM:<half')
    first.socket.destroy()
    await first.closed

    const second = rawClient(sandbox.port)
    await second.waitFor(/^220 /m)
    second.socket.write('EHLO again\r\nQUIT\r\n')
    await second.closed
    expect(second.received()).toMatch(/250 8BITMIME\r\n221 /)
  })

  it('answers STARTTLS with 502, since without a certificate it does not implement TLS', async () => {
    const c = rawClient(sandbox.port)
    await c.waitFor(/^220 /m)
    c.socket.write('EHLO raw\r\nSTARTTLS\r\nQUIT\r\n')
    await c.closed
    expect(c.received()).toContain('502 5.5.1 STARTTLS command not implemented\r\n')
  })

  it('closes idle clients with 421 4.4.2', async () => {
    const quick = await startSandbox({ port: 0, idleTimeoutMs: 50 })
    const c = rawClient(quick.port)
    await c.waitFor(/^220 /m)
    c.socket.write('EHLO idle\r\n')
    await c.closed
    await quick.close()
    expect(c.received()).toMatch(/250 8BITMIME\r\n421 4\.4\.2 /)
  })

  it('sends 421 to open sessions when it shuts down', async () => {
    const c = rawClient(sandbox.port)
    await c.waitFor(/^220 /m)
    c.socket.write('EHLO raw\r\n')
    await c.waitFor(/250 8BITMIME\r\n/)
    await sandbox.close()
    await c.closed
    expect(c.received()).toMatch(/421 4\.3\.2 .*\r\n$/)
    sandbox = await startSandbox({ port: 0 })
  })
})
