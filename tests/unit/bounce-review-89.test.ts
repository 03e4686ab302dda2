// Fact review 89: an Oracle Messaging Server report reads each recipient from its own "Recipient
// address:" paragraph, not from the returned message's quoted "To:" line; a message trace's later
// "Delivered" row or sentence ends a deferral; and a program's bare "5.7.1" is not paired with an
// earlier incident's "451" in the same handover note.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

describe('fact review 89', () => {
  it('reads a delayed recipient of an Oracle Messaging Server report from its own paragraph', () => {
    const [bob, carol] = analyzeBounceReport(SUN_DELAY).recipients
    expect([bob?.recipient, bob?.action, bob?.reply, bob?.reason]).toEqual([
      'bob@example.org',
      'failed',
      '550',
      'unknown-user',
    ])
    expect([carol?.recipient, carol?.action, carol?.reply, carol?.reason]).toEqual([
      'carol@example.net',
      'delayed',
      '451',
      'greylisted',
    ])
  })

  it('gives an expired recipient its own last error and a delivered one no other recipient’s reply', () => {
    const byAddress = new Map(analyzeBounceReport(SUN_EXPIRED).recipients.map((r) => [r.recipient, r]))
    expect(byAddress.get('erin@example.org')?.cause).toBe('mailbox-full')
    expect(byAddress.get('dave@example.net')?.action).toBe('delivered')
    expect(byAddress.get('dave@example.net')?.reply).toBeNull()
    expect(byAddress.get('frank@example.net')?.reply).toBe('550')
  })

  it.each([
    ['a message trace whose later row says it was delivered', TRACE],
    ['a message trace export whose later row is “Delivered”', TRACE_CSV],
    [
      'a note that it was delivered on the second attempt',
      'Hi, our mail to r.silva@example.net got "451 4.7.1 Greylisted, try again later" this morning.\nUpdate: delivered on 2nd attempt (250 OK), you can close this.\n',
    ],
  ])('reads a deferral as delivered after %s', (_, text) => {
    expect(analyzeBounceReport(text).recipients.map((r) => r.action)).toEqual(['delivered'])
  })

  it.each([
    'Hi, our mail to r.silva@example.net got "451 4.7.1 Greylisted, try again later". Was it delivered on the 2nd attempt?\n',
    'date_time_utc,sender_address,recipient_address,status,detail\n2026-12-01T10:20:00Z,alice@contoso.com,m.kaya@example.net,Delivered,250 2.6.0 Queued\n2026-12-01T10:58:00Z,alice@contoso.com,m.kaya@example.net,Pending,451 4.7.500 Server busy\n',
  ])('keeps a deferral waiting when the delivery is asked about or came before it: %s', (text) => {
    expect(analyzeBounceReport(text).recipients.map((r) => r.action)).toEqual(['delayed'])
  })

  it('does not pair a program’s bare 5.7.1 with another incident’s 451 in the same note', () => {
    const [result] = analyzeBounceReport(HANDOVER).recipients
    expect([result?.action, result?.reply, result?.enhanced, result?.reason]).toEqual([
      'not-sent',
      null,
      '5.7.1',
      'relay-denied',
    ])
    expect(result?.diagnostic).toContain('Unable to relay')
  })
})

const SUN_DELAY =
  'From: Internet Mail Delivery <postmaster@mail.example.com>\nTo: alice@example.com\nSubject: Delivery Notification: Delivery has been delayed\nMIME-version: 1.0\nContent-type: multipart/report; report-type=delivery-status; boundary="Boundary_(ID_x1)"\n\n--Boundary_(ID_x1)\nContent-type: text/plain; charset=us-ascii\n\nThis report relates to a message you sent with the following header fields:\n\n  Message-id: <abc123@example.com>\n  Date: Tue, 01 Dec 2026 09:12:44 +0100\n  From: Alice Smith <alice@example.com>\n  To: bob@example.org, carol@example.net\n  Subject: Quarterly figures\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: bob@example.org\n  Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n  Remote system: dns;mx.example.org (TCP|192.0.2.10|41234|198.51.100.5|25) (mx.example.org ESMTP)\n\nYour message has been delayed and is still awaiting delivery\nto the following recipients:\n\n  Recipient address: carol@example.net\n  Original address: carol@example.net\n  Delivery attempt history:\n      Tue, 01 Dec 2026 09:13:01 +0100: 451 4.7.1 Please try again later (greylisted)\n  Reason: Remote SMTP server has rejected address\n\n--Boundary_(ID_x1)\nContent-type: message/delivery-status\n\nOriginal-envelope-id: 0LKZ00123ABC@mail.example.com\nReporting-MTA: dns;mail.example.com (tcp_intranet-daemon)\n\nOriginal-recipient: rfc822;bob@example.org\nFinal-recipient: rfc822;bob@example.org\nAction: failed\nStatus: 5.1.1 (Remote SMTP server has rejected address)\nRemote-MTA: dns;mx.example.org\nDiagnostic-code: smtp;550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n\nOriginal-recipient: rfc822;carol@example.net\nFinal-recipient: rfc822;carol@example.net\nAction: delayed\nStatus: 4.7.1 (Remote SMTP server has rejected address)\n\n--Boundary_(ID_x1)--\n'

const SUN_EXPIRED =
  'Subject: Delivery Notification: Delivery has failed\nContent-type: multipart/report; report-type=delivery-status; boundary="Boundary_(ID_y2)"\n\n--Boundary_(ID_y2)\nContent-type: text/plain; charset=us-ascii\n\nThis report relates to a message you sent with the following header fields:\n\n  Message-id: <def456@example.com>\n  Date: Mon, 30 Nov 2026 08:00:00 +0100\n  From: Alice Smith <alice@example.com>\n  To: dave@example.net, erin@example.org, frank@example.net\n  Subject: Contract draft\n\nYour message has been successfully delivered to the following recipients:\n\n  Recipient address: dave@example.net\n  Reason: Successfully delivered\n  Remote system: dns;mx.example.net (TCP|192.0.2.10|41235|203.0.113.7|25) (mx.example.net ESMTP)\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: erin@example.org\n  Reason: Message expired in queue\n  Delivery attempt history:\n      Mon, 30 Nov 2026 08:00:31 +0100: 421 4.4.2 mx.example.org connection timed out\n      Tue, 01 Dec 2026 06:12:09 +0100: 452 4.2.2 Mailbox over quota, try later\n\n  Recipient address: frank@example.net\n  Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.7.1 Relaying denied\n  Remote system: dns;mx.example.net (TCP|192.0.2.10|41236|203.0.113.7|25) (mx.example.net ESMTP)\n\n--Boundary_(ID_y2)\nContent-type: message/delivery-status\n\nReporting-MTA: dns;mail.example.com (tcp_intranet-daemon)\n\nOriginal-recipient: rfc822;dave@example.net\nFinal-recipient: rfc822;dave@example.net\nAction: delivered\nStatus: 2.0.0 (Successfully delivered)\n\nOriginal-recipient: rfc822;erin@example.org\nFinal-recipient: rfc822;erin@example.org\nAction: failed\nStatus: 4.4.7 (Message expired in queue)\n\nOriginal-recipient: rfc822;frank@example.net\nFinal-recipient: rfc822;frank@example.net\nAction: failed\nStatus: 5.7.1 (Remote SMTP server has rejected address)\nRemote-MTA: dns;mx.example.net\nDiagnostic-code: smtp;550 5.7.1 Relaying denied\n\n--Boundary_(ID_y2)--\n'

const TRACE =
  'Message trace for the mail to m.kaya@example.net:\n\nDate                 Event     Detail\n01/12/2026 09:58     Defer     451 4.4.0 Primary target IP address responded with: "421 4.7.0 Try again later." Attempted failover to alternate host, but that did not succeed.\n01/12/2026 10:20     Deliver   The message was successfully delivered. 250 2.6.0 Queued mail for delivery\n'

const TRACE_CSV =
  'Message trace export for the invoice:\ndate_time_utc,sender_address,recipient_address,subject,status,detail\n2026-12-01T09:58:00Z,alice@contoso.com,m.kaya@example.net,Invoice,Pending,451 4.7.500 Server busy. Please try again later\n2026-12-01T10:20:00Z,alice@contoso.com,m.kaya@example.net,Invoice,Delivered,250 2.6.0 Queued mail for delivery\n'

const HANDOVER =
  'Shift handover, Tue 1 Dec (night \u2192 day)\n\n1) Greylisting at example.org: our newsletter to info@example.org got "451 4.7.1 Greylisted, please retry in 5 minutes" at 02:10. The server retried at 02:25 and it went through. Nothing to do.\n\n2) Ticket #4411 (typo): customer wrote to jon.smith@exampel.com and got the domain-not-found bounce. Told them to fix the spelling, ticket closed.\n\n3) NEW, still open: the billing app (.NET) cannot send invoices to ahmet.yilmaz@example.net since 05:40. From the app log:\n\nSystem.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   at Billing.Mailer.SendInvoice(Invoice inv) in C:\\src\\Billing\\Mailer.cs:line 88\n\nPlease pick up #3 first.\n'
