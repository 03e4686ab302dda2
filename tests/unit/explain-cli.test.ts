// `npm run explain` as an agent runs it: a real process, real files, real standard input.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const fixture = (path: string) => join(root, 'tests/fixtures/bounces', path)
const explain = (args: string[], input?: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/explain/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  })

describe('npm run explain', () => {
  it('prints one JSON object per file, one per line, with the headline and every recipient', () => {
    const run = explain([
      '--json',
      fixture('exim/three-addresses-failed.eml'),
      fixture('decoys-a/parcel-delivery-status.eml'),
    ])
    expect(run.status).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0].headline).toEqual({
      recipient: 'bob@example.net',
      action: 'failed',
      reply: '550',
      enhanced: '5.1.1',
      reason: 'unknown-user',
      cause: null,
    })
    expect(lines[0].recipients.map((r: { recipient: string }) => r.recipient)).toEqual([
      'bob@example.net',
      'carol@example.com',
      'dave@unroutable.example.org',
    ])
    expect(lines[0].recipients[0]).toMatchObject({ command: 'RCPT TO', vendor: false })
    expect(lines[0].findings[0]).toMatchObject({ code: '550', kind: 'reply', command: 'RCPT TO' })
    // A file with no failure is reported as such, not as an error.
    expect(lines[1]).toMatchObject({ headline: null, recipients: [] })
  })

  it('explains in Turkish from standard input', () => {
    const run = explain(
      ['--lang', 'tr', '-'],
      'Remote host said: 552 5.2.2 <bob@example.net>: Mailbox full\n',
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(stdin)')
    expect(run.stdout).toContain('Posta kutusu dolu')
    expect(run.stdout).toContain('552 5.2.2')
  })

  it('lists the addresses the text names when it does not say which one failed, as the page does', () => {
    const paste =
      'I sent the quote to ali@example.com and copied mehmet@example.org. I got back:\n550 5.7.1 Message rejected\n'
    const text = explain(['-'], paste)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('Recipient not named')
    expect(text.stdout).toContain('Addresses in the text: ali@example.com, mehmet@example.org')
    const json = JSON.parse(explain(['--json', '-'], paste).stdout)
    expect(json.recipients[0]).toMatchObject({
      recipient: null,
      named: ['ali@example.com', 'mehmet@example.org'],
    })
  })

  it('exits 2 with a clear message on an unreadable file, after explaining the readable ones', () => {
    const run = explain([fixture('postfix/user-unknown-rcpt.eml'), 'no-such-file.eml'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('cannot read no-such-file.eml')
    expect(run.stdout).toContain('Unknown recipient')
  })

  it('exits 2 on a bad option or no input, with the usage', () => {
    for (const args of [['--lang', 'de', 'x.eml'], ['--colour'], []]) {
      const run = explain(args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toContain('Usage: npm run explain')
    }
  })
})
