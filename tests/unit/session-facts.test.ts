// State, allowed commands and envelope at every step of every scenario, as the simulator shows
// them: they must say what the transcript says.
import { describe, expect, it } from 'vitest'
import { envelopeAt } from '../../src/smtp/scenarios/envelope'
import { SCENARIO_GROUPS, SCENARIO_IDS } from '../../src/smtp/scenarios/scenario-ids'
import { scenarioSteps } from '../../src/smtp/scenarios/scenarios'

describe('session facts in every scenario', () => {
  it('groups every scenario in the picker exactly once', () => {
    expect(SCENARIO_GROUPS.flatMap((g) => g.scenarios).sort()).toEqual([...SCENARIO_IDS].sort())
  })

  for (const id of SCENARIO_IDS) {
    it(`${id}: state, allowed commands and envelope follow the transcript`, () => {
      const steps = scenarioSteps(id)
      expect(steps.at(-1)?.session.state).toBe('closed')
      steps.forEach((step, i) => {
        const { state, allowed } = step.session
        const code = step.replies.at(-1)?.code ?? ''
        if (state === 'data' || state === 'closed' || state === 'auth') expect(allowed).toEqual([])
        else expect(allowed).toContain('QUIT')
        if (code === '354') expect(state).toBe('data')
        if (state === 'mail' || state === 'rcpt') expect(allowed).toContain('RCPT')
        if (state === 'rcpt') expect(allowed).toContain('DATA')

        const envelope = envelopeAt(steps, i)
        // Each command with its own reply; in a batch (PIPELINING) they pair by position.
        const pairs =
          step.kind === 'batch'
            ? step.sent.map((line, n) => [line, step.replies[n]?.code ?? ''] as const)
            : [[step.sent[0] ?? '', code] as const]
        const rcpts = pairs.filter(([line]) => /^RCPT TO:/i.test(line))
        const listed = envelope.recipients.slice(-rcpts.length)
        rcpts.forEach(([line, answer], n) => {
          expect(listed[n]?.code).toBe(answer)
          expect(listed[n]?.accepted).toBe(answer.startsWith('2'))
          expect(line).toContain(`<${listed[n]?.address}>`)
        })
        const mail = pairs.find(([line]) => /^MAIL FROM:/i.test(line))
        if (mail) expect(envelope.from).toMatchObject({ code: mail[1] })
        if (step.kind === 'message') {
          expect(envelope.size).toBeGreaterThan(0)
          expect(envelope.delivered).toBe(code === '250')
          if (code === '250') expect(envelope.queueId).toMatch(/^[0-9A-F]{12}$/)
        }
      })
    })
  }

  it('keeps a refused recipient in the envelope, with its code, beside the accepted one', () => {
    const steps = scenarioSteps('unknown-user')
    const envelope = envelopeAt(steps, steps.length - 1)
    expect(envelope.recipients.map((r) => [r.accepted, r.code])).toEqual([
      [true, '250'],
      [false, '550'],
    ])
  })
})
