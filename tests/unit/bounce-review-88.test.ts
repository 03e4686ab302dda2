// Fact review 88: a deferral the chat says the server retried and delivered ("got 250 2.0.0 Ok,
// it's delivered") reads delivered, not still waiting.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

describe('fact review 88', () => {
  it('reads a deferral that was retried and delivered as delivered', () => {
    const text =
      "[09:14] Dana: hey, emails to ceo@example.net are bouncing again??\n[09:15] Eli: what's the exact error?\n[09:16] Dana: \"421 4.7.0 [192.0.2.77] Our system has detected an unusual rate of unsolicited mail, try again later\"\n[09:16] Dana: it's sitting in the outbox of our relay i think\n[09:31] Eli: checked the queue, the server retried at 09:29 and got 250 2.0.0 Ok, it's delivered\n[09:32] Dana: great, ceo@example.net confirmed he has it 👍\n"
    expect(analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action])).toEqual([
      ['ceo@example.net', 'delivered'],
    ])
  })
})
