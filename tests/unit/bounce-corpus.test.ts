// One loop over the fixture corpus (tests/fixtures/bounces/<system>/*.eml with expected.json):
// whole bounce messages in the formats of many mail systems, each with what a careful postmaster
// reads from it, per recipient. See tests/fixtures/bounces/README.md for where each format comes from.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOUNCE_REASONS } from '../../src/smtp/bounce/reasons'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

interface Expected {
  recipient: string | null
  action: string | null
  status: string | null
  reply: string | null
  reason: string
  cause?: string | null
  command?: string | null
}

const ROOT = join(import.meta.dirname, '../fixtures/bounces')
const systems = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    folder: d.name,
    ...(JSON.parse(readFileSync(join(ROOT, d.name, 'expected.json'), 'utf8')) as {
      system: string
      source: string
      messages: Record<string, { note: string; recipients: Expected[] }>
    }),
  }))
const cases = systems.flatMap((s) =>
  Object.entries(s.messages).map(([file, m]) => ({
    system: s.system,
    path: join(ROOT, s.folder, file),
    id: `${s.folder}/${file}`,
    ...m,
  })),
)

describe('the bounce corpus', () => {
  it('holds at least 80 messages from at least 20 mail systems, each format sourced', () => {
    const bounces = cases.filter((c) => c.system !== 'decoy')
    expect(bounces.length).toBeGreaterThanOrEqual(80)
    expect(new Set(bounces.map((c) => c.system)).size).toBeGreaterThanOrEqual(20)
    for (const s of systems) expect(s.source.length, s.folder).toBeGreaterThan(20)
    for (const c of cases) for (const r of c.recipients) expect(BOUNCE_REASONS, c.id).toContain(r.reason)
  })

  for (const c of cases) {
    it(`${c.id}: ${c.note}`, () => {
      const report = analyzeBounceReport(readFileSync(c.path, 'utf8'))
      const actual = report.recipients.map((r, i) => {
        const want = c.recipients[i]
        return {
          recipient: r.recipient,
          action: r.action,
          status: r.enhanced,
          reply: r.reply,
          reason: r.reason,
          ...(want && 'cause' in want ? { cause: r.cause } : {}),
          ...(want?.command ? { command: r.command } : {}),
        }
      })
      const expected = c.recipients.map((r) => {
        const { command, cause, ...rest } = r
        return { ...rest, ...('cause' in r ? { cause } : {}), ...(command ? { command } : {}) }
      })
      expect(actual).toEqual(expected)
    })
  }
})

describe('analyzeBounceReport on any input', () => {
  it('never throws, and every result names a known reason', () => {
    const pieces = fc.constantFrom(
      'Content-Type: multipart/report; boundary="b"\n',
      '--b\n',
      'Content-Transfer-Encoding: base64\n',
      'Content-Transfer-Encoding: quoted-printable\n',
      'Content-Type: message/delivery-status\n',
      'Final-Recipient: rfc822; a@example.net\n',
      'Action: failed\n',
      'Status: 5.0.0\n',
      'Diagnostic-Code: smtp; 550 5.1.1 no\n',
      '=?utf-8?B?w7xi?=',
      '550=\n 5.1.1',
      '\n\n',
      '<a@example.net>:\n',
      '#< #5.7.509 smtp;550>',
      'ERROR_CODE :5.2.1',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const report = analyzeBounceReport(parts.join(''))
        for (const r of report.recipients) expect(BOUNCE_REASONS).toContain(r.reason)
      }),
      { numRuns: 300 },
    )
  })
})
