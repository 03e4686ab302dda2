// Fact review 38: message-trace rows and webhook batches read a row or an event per recipient;
// PowerMTA's record types and header order; a bounce record is returned whatever its class; a
// Status alone decides over words in a footer; Ruby's timeouts are the app's own connection; a
// program's own 4.2.1 is not retried; Google Workspace's "organizational settings" are the
// sender's own rule.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

describe('rows and events, one recipient each', () => {
  it.each([
    'Date (UTC)\tSender\tRecipient\tSubject\tStatus\n11/30/2026 10:00:01 AM\talice@contoso.com\tbob@fabrikam.com\tInvoice 4411\tFailed\nDetail: Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup}]',
    '11/30/2026 10:00:01 AM\talice@contoso.com\tbob@fabrikam.com\tInvoice 4411\tFailed\t550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
  ])("take a message trace's Recipient column, not its Sender: %s", (text) => {
    expect(headline(text)?.recipient).toBe('bob@fabrikam.com')
  })

  it("pin a batch's complaint on the recipient who complained, and nobody else", () => {
    const all = byRecipient(
      '[{"email":"dave@example.org","timestamp":1764496801,"event":"delivered","response":"250 2.0.0 OK"},{"email":"bob@example.net","timestamp":1764496900,"event":"spamreport"}]',
    )
    expect(all['dave@example.org']?.reason).toBe('delivered')
    expect(all['bob@example.net']).toMatchObject({ action: 'delivered', reason: 'complaint' })
  })

  it('give each bounce event of a batch its own cause', () => {
    const all = byRecipient(
      '[{"email":"bob@example.net","event":"bounce","reason":"550 5.1.1 User unknown","status":"5.1.1","type":"bounce"},{"email":"carol@example.org","event":"bounce","reason":"552 5.2.2 Mailbox full","status":"5.2.2","type":"bounce"}]',
    )
    expect(all['bob@example.net']?.reason).toBe('unknown-user')
    expect(all['carol@example.org']?.reason).toBe('mailbox-full')
  })

  it.each([
    'rb,2026-11-30 10:00:00+0000,alice@example.com,bob@example.net,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 user unknown,mx.example.net,bad-mailbox',
    'type,timeLogged,rcpt,orig,dsnAction,dsnStatus,dsnDiag\nb,1764496801,bob@example.net,alice@example.com,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 User unknown',
  ])("read PowerMTA's recipient by its record type and its header: %s", (text) => {
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it('read a PowerMTA bounce record as returned, whatever the class of its last reply', () => {
    expect(
      headline(
        'b,1764496801,alice@example.com,bob@example.net,failed,4.2.2 (mailbox full),smtp;452 4.2.2 Mailbox full,mx.example.net (192.0.2.5),quota-issues',
      )?.action,
    ).toBe('failed')
  })
})

describe('causes the text states', () => {
  it('lets a Status alone decide over the word "spam" in a footer', () => {
    const text =
      'Final-Recipient: rfc822; bob@fabrikam.com\nAction: failed\nStatus: 5.1.1\n\nMailbox does not exist. Please do not mark this notification as spam.'
    expect(headline(text)?.reason).toBe('unknown-user')
  })

  it.each([
    'Mastodon: Net::OpenTimeout: execution expired (ActionMailer::MailDeliveryJob)',
    'Net::ReadTimeout with #<TCPSocket:(closed)>',
  ])("reads Ruby's timeouts as the app's own connection: %s", (text) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'outgoing-server' })
  })

  it('tells a program refused with 4.2.1 that nothing retries', () => {
    const text =
      'Net::SMTPServerBusy: 450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.'
    expect(shown(text, 'advice')).toMatch(/nothing will retry by itself/)
  })

  it("reads Google Workspace's organizational settings as the sender's own rule", () => {
    const text =
      "Message bounced due to organizational settings\nYour message to bob@fabrikam.com was not delivered because of your organization's email policies. Contact your administrator for more information.\nThe response was:\n550 5.7.1 This message violates example.com email policy."
    expect(headline(text)?.reason).toBe('sender-policy')
    expect(shown(text, 'whoActs')).toBe("Your own organisation's administrator")
  })
})

describe("review 38's minors", () => {
  it('reads Symfony\'s "250/251/252" expectation as a program\'s error', () => {
    const text =
      'Nextcloud: Could not send email: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <bob@fabrikam.com>: Recipient address rejected: User unknown".'
    expect(headline(text)?.action).toBe('not-sent')
  })

  it('reads X.1.3 as a malformed address, not a missing one', () => {
    expect(headline('Net::SMTPSyntaxError: 501 5.1.3 Invalid address')?.reason).toBe('syntax')
  })

  it('tells a program refused for a full mailbox that nothing retries', () => {
    const text =
      "smtplib.SMTPRecipientsRefused: {'bob@fabrikam.com': (452, b'4.2.2 The email account that you tried to reach is over quota.')}"
    expect(shown(text, 'advice')).toMatch(/nothing will retry by itself/)
  })
})

describe('a batch with a complaint', () => {
  it('puts the complaint before a delivery, so the headline is the recipient to stop mailing', () => {
    const report = analyzeBounceReport(
      '[{"email":"dave@example.org","event":"delivered","response":"250 2.0.0 OK"},{"email":"bob@example.net","event":"spamreport"}]',
    )
    expect(report.headline).toMatchObject({ recipient: 'bob@example.net', reason: 'complaint' })
  })
})

describe('a reputation named in words of spam', () => {
  it("reads 'too many spam complaints' as the sender's reputation, not the message's content", () => {
    expect(headline('550 5.7.1 Message rejected: your domain has too many spam complaints')?.reason).toBe(
      'blocked',
    )
  })
})
