// The sandbox as developers use it: swaks, Python's smtplib and nodemailer, with and without
// STARTTLS, deliver to the default server — which, like a local mail sink, accepts anyone.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox'
import { localhostCertificate } from '../../src/sandbox/tls-certificate'

let sandbox: Sandbox
const logs: string[] = []

beforeAll(async () => {
  const tls = localhostCertificate(mkdtempSync(join(tmpdir(), 'sandbox-tls-')))
  sandbox = await startSandbox({ port: 0, tls, log: (line) => logs.push(line) })
})
afterAll(async () => {
  await sandbox.close()
})

/** Runs a command to completion; resolves with its exit code and output. */
function run(cmd: string, args: string[], input?: string) {
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.on('error', (error) =>
      reject(
        new Error(
          `${cmd} could not run (${error.message}); install it: apt-get install -y ${cmd === 'python3' ? 'python3' : cmd}`,
        ),
      ),
    )
    child.on('close', (code) => resolve({ code, out }))
    child.stdin.end(input ?? '')
  })
}

const SMTPLIB = `
import smtplib, ssl, sys
port, tls = int(sys.argv[1]), sys.argv[2] == 'tls'
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.example.net', timeout=10) as s:
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        s.starttls(context=context)
        s.login('alice', 'correct-horse')
    refused = s.sendmail('dev@example.net', ['someone@example.net', 'bob@example.org'],
        'Subject: from smtplib\\r\\n\\r\\n.leading dot\\r\\nbody\\r\\n')
    print('refused', refused)
`

describe('real clients against npm run sandbox', () => {
  it('swaks delivers to someone@example.net (the default server accepts every recipient)', async () => {
    const { code, out } = await run('swaks', [
      '--to',
      'someone@example.net',
      '--server',
      `127.0.0.1:${sandbox.port}`,
    ])
    expect(out).toContain('<-  250 2.1.5 Recipient <someone@example.net> ok')
    expect(out).toMatch(/<- {2}250 2\.0\.0 Ok: queued as [0-9A-F]{12}/)
    expect(code).toBe(0)
  })

  it('swaks --tls upgrades the connection with STARTTLS and sends EHLO again', async () => {
    const { code, out } = await run('swaks', [
      '--to',
      'someone@example.net',
      '--server',
      `127.0.0.1:${sandbox.port}`,
      '--tls',
    ])
    expect(out).toContain('<-  220 2.0.0 Ready to start TLS')
    expect(out).toMatch(/=== TLS started with cipher/)
    // After TLS: a fresh EHLO (RFC 3207 §4.2), AUTH now offered, STARTTLS no longer.
    expect(out).toContain('<~  250-AUTH PLAIN LOGIN')
    expect(out).not.toContain('<~  250-STARTTLS')
    expect(out).toMatch(/<~ {2}250 2\.0\.0 Ok: queued as/)
    // Before TLS, AUTH was not offered (RFC 4954 §4: no plain-text passwords in the clear).
    expect(out).not.toContain('<-  250-AUTH')
    expect(code).toBe(0)
  })

  it('Python smtplib delivers, with and without starttls() and login', async () => {
    for (const mode of ['plain', 'tls']) {
      const { code, out } = await run('python3', ['-c', SMTPLIB, String(sandbox.port), mode])
      expect(out.trim(), mode).toBe('refused {}')
      expect(code).toBe(0)
    }
  })

  it('nodemailer delivers over STARTTLS', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sandbox.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
      auth: { user: 'alice', pass: 'correct-horse' },
      name: 'client.example.net',
    })
    const info = await transport.sendMail({
      from: 'dev@example.net',
      to: 'you@example.net',
      subject: 'over TLS',
      text: 'hello',
    })
    transport.close()
    expect(info.accepted).toEqual(['you@example.net'])
    expect(logs.some((l) => / -- TLS TLSv1\.[23] /.test(l))).toBe(true)
  })
})
