// Fact review 39: a tab row names its recipient by its header, or only in the admin centres' shape;
// an Amazon SES event names its own recipients, never the message's destination list; webhook
// batches are read however they were copied; a PowerMTA bounce record is returned.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('tab-separated rows', () => {
  it.each([
    'Timestamp\tEventId\tSource\tRecipients\tRecipientStatus\tMessageSubject\tSender\n11/30/2026 10:00:01 AM\tFAIL\tSMTP\tbob@fabrikam.com\t550 5.1.1 User unknown\tInvoice 4411\talice@contoso.com',
    '11/30/2026 10:00:01 AM\tFAIL\tSMTP\tbob@fabrikam.com\t550 5.1.1 User unknown\tInvoice 4411\talice@contoso.com',
    'Nov 30, 2026 10:00\tInvoice 4411\tbob@fabrikam.com\talice@contoso.com\tBlocked\t550 5.7.1 Message rejected as spam',
  ])('name the recipient Exchange and others put first: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@fabrikam.com')
  })
})

describe('webhook batches', () => {
  it("read Amazon SES's bounced and complained recipients, not the message's first destination", () => {
    const all = byRecipient(
      '[{"eventType":"Complaint","mail":{"source":"alice@contoso.com","destination":["erin@fabrikam.com","frank@fabrikam.com"]},"complaint":{"complainedRecipients":[{"emailAddress":"frank@fabrikam.com"}],"complaintFeedbackType":"abuse"}},{"eventType":"Bounce","mail":{"source":"alice@contoso.com","destination":["dave@fabrikam.com","bob@fabrikam.com"]},"bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"bob@fabrikam.com","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}]',
    )
    expect(Object.keys(all).sort()).toEqual(['bob@fabrikam.com', 'frank@fabrikam.com'])
    expect(all['frank@fabrikam.com']?.reason).toBe('complaint')
    expect(all['bob@fabrikam.com']?.reason).toBe('unknown-user')
  })

  const events = [
    '{"email": "carol@fabrikam.com", "event": "delivered", "response": "250 2.0.0 OK"}',
    '{"email": "bob@fabrikam.com", "event": "bounce", "reason": "550 5.1.1 User unknown", "status": "5.1.1"}',
    '{"email": "erin@fabrikam.com", "event": "spamreport"}',
  ]
  it.each([
    ['one per line, Windows line ends', events.join('\r\n')],
    ['pretty-printed one after another', events.map((e) => e.replace(/, /g, ',\n  ')).join('\n')],
    ['copied out of an array, with commas', events.join(',\n')],
    [
      "Mailgun's Events API",
      '{"items":[{"event":"delivered","recipient":"carol@fabrikam.com"},{"event":"failed","severity":"permanent","recipient":"bob@fabrikam.com","delivery-status":{"message":"550 5.1.1 User unknown","code":550}}],"paging":{}}',
    ],
  ])('read each event on its own: %s', (_shape, text) => {
    const all = byRecipient(text)
    expect(all['bob@fabrikam.com']?.reason).toBe('unknown-user')
    // carol was delivered: never given bob's failure (an event with no reply may go unlisted).
    expect(all['carol@fabrikam.com']?.action ?? 'delivered').toBe('delivered')
  })
})

describe('PowerMTA', () => {
  it('reads a bounce record without a dsnAction field as returned', () => {
    expect(
      headline(
        'b,1764496802,alice@example.com,carol@example.org,4.2.2 (mailbox full),smtp;452 4.2.2 Mailbox full',
      )?.action,
    ).toBe('failed')
  })
})

describe("review 39's minors", () => {
  it('keeps a bounce its own when a table is quoted below it', () => {
    const text =
      '550 5.1.1 <bob@fabrikam.com>: Recipient address rejected: User unknown in virtual mailbox table\n\nPerson\tc@contoso.com\tm@contoso.com\t555\nPerson\td@contoso.com\tn@contoso.com\t556'
    expect(headline(text)).toMatchObject({ recipient: 'bob@fabrikam.com', reason: 'unknown-user' })
  })

  it("takes the first address of a trace row's Recipient cell that lists several", () => {
    expect(
      headline(
        '11/30/2026 10:00:01 AM\talice@contoso.com\tbob@fabrikam.com; carol@fabrikam.com\tInvoice 4411\tFailed\t550 5.1.1 User unknown',
      )?.recipient,
    ).toBe('bob@fabrikam.com')
  })

  it('reads a reply quoted in the notice before a DSN Status alone', () => {
    const text =
      'Final-Recipient: rfc822; bob@aol.com\nAction: failed\nStatus: 5.2.1\n\n521 5.2.1 : AOL will not accept delivery of this message.'
    expect(headline(text)?.reason).toBe('policy')
  })

  it("reads iOS's 'rejected by the server because it is too large'", () => {
    expect(
      headline('Cannot Send Mail. The message was rejected by the server because it is too large.')?.reason,
    ).toBe('message-too-large')
  })
})
