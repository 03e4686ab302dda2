// The bounce each scenario ends in: written by dsn-writer.ts from the run, and read back by the
// bounce explainer as the same failure — the two halves of the app agree with each other.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { POLICY_PRESETS } from '../../src/smtp/engine/policy'
import { dsnForRun } from '../../src/smtp/scenarios/dsn-writer'
import { runScenario, type Scenario, scenarioRuns } from '../../src/smtp/scenarios/scenarios'

const runs = Object.values(scenarioRuns())

describe('the bounce a scenario ends in', () => {
  it('is written only where a recipient is refused for good, between mail servers', () => {
    const bouncing = runs.filter((r) => r.bounces).map((r) => r.id)
    expect(bouncing.sort()).toEqual(['pipelining', 'relay-denied', 'unknown-user'])
    for (const run of runs) expect(dsnForRun(run) !== undefined, run.id).toBe(run.bounces)
  })

  for (const run of runs.filter((r) => r.bounces)) {
    it(`${run.id}: the explainer reads back the refused recipient, its codes and the command`, () => {
      const report = analyzeBounceReport(dsnForRun(run) ?? '')
      const refusals = run.steps
        .flatMap((s) =>
          s.kind === 'batch'
            ? s.sent.map((line, i) => [line, s.replies[i]] as const)
            : [[s.sent[0] ?? '', s.replies.at(-1)] as const],
        )
        .filter(([line, reply]) => /^RCPT TO:/i.test(line) && reply?.code.startsWith('55'))
      expect(report.recipients).toHaveLength(refusals.length)
      refusals.forEach(([line, reply], i) => {
        expect(report.recipients[i]).toMatchObject({
          recipient: /<([^>]+)>/.exec(line)?.[1],
          action: 'failed',
          reply: reply?.code,
          enhanced: reply?.enhanced,
          command: 'RCPT TO',
          from: 'dsn',
        })
      })
    })
  }

  it('bounces a 501 to RCPT TO, as real MTAs do (fact review 51), but not a RCPT sent before MAIL FROM', () => {
    const run = (script: string[]) => {
      const scenario: Scenario = {
        id: 'unknown-user',
        preset: 'default',
        client: { host: 'mx.example.net' },
        server: { host: 'mail.example.org' },
        policy: POLICY_PRESETS.default,
        script,
      }
      return dsnForRun({ ...scenario, steps: runScenario(scenario), bounces: false })
    }
    const dsn = run([
      'EHLO mx.example.net',
      'MAIL FROM:<dave@example.net>',
      'RCPT TO:<bob@example.org>',
      'RCPT TO:<carol@@example.org>',
      'QUIT',
    ])
    expect(dsn).toContain(
      '<carol@@example.org>: host mail.example.org said: 501 5.1.3 <carol@@example.org>: Bad address syntax (in reply to RCPT TO command)',
    )
    expect(dsn).toContain('Status: 5.1.3')
    expect(dsn).not.toContain('<bob@example.org>: host')
    // Out of order, before any MAIL FROM: no message, no recipient to report.
    expect(
      run(['EHLO mx.example.net', 'RCPT TO:<bob@example.org>', 'MAIL FROM:<dave@example.net>', 'QUIT']),
    ).toBe(undefined)
  })
})
