// The bounce each scenario ends in: written by dsn-writer.ts from the run, and read back by the
// bounce explainer as the same failure — the two halves of the app agree with each other.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { dsnForRun } from '../../src/smtp/scenarios/dsn-writer'
import { scenarioRuns } from '../../src/smtp/scenarios/scenarios'

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
})
