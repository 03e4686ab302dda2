// Open findings of fact reviews 46–50, and review 51's: who failed when a paste names several
// addresses (a log that names each recipient it sends to, a greeting that ends with the recipient,
// a pasted message's own "To:" with several recipients, a session that refuses one recipient at
// RCPT TO and then the message after DATA), and a record under a person's header block.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { byRecipient, headline, reasonsByRecipient, shown } from '../helpers/bounce-shown'

describe('fact review 51', () => {
  it('names the recipient a log line refuses, not the one logged before it', () => {
    const text =
      '2026-11-30 10:00:01 INFO Sending to bob@example.net\n2026-11-30 10:00:02 INFO Sending to carol@example.net\n2026-11-30 10:00:02 ERROR carol@example.net: 550 5.1.1 User unknown'
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it('names the recipient a greeting line ends with when it is the message’s destination', () => {
    const text =
      'Hello, we could not deliver your message to bob@example.net\n550 5.1.1 The email account that you tried to reach does not exist.'
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it('still leaves out the addressee a greeting names', () => {
    const text = 'Dear alice@contoso.com,\nyour message could not be delivered.\n550 5.1.1 User unknown'
    expect(headline(text)?.recipient).toBeNull()
  })

  it('fails every recipient of a pasted message’s own "To:" when the refusal names none', () => {
    const text =
      'To: bob@example.net, carol@example.net, dave@example.net\nError: 550 5.7.1 Message rejected as spam'
    expect(Object.keys(byRecipient(text))).toEqual([
      'bob@example.net',
      'carol@example.net',
      'dave@example.net',
    ])
  })

  it('reads a record under a person’s header block as its To’s failure', () => {
    const text =
      'From: alice@contoso.com\nTo: bob@example.net\nSubject: Invoice\nStatus: bounced\nReason: 550 5.1.1 The email account that you tried to reach does not exist.'
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', reason: 'unknown-user' })
  })

  it('fails a recipient refused at RCPT TO and one accepted there and refused with the message', () => {
    const text =
      'C: MAIL FROM:<alice@contoso.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<bob@example.net>\nS: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\nC: RCPT TO:<carol@example.net>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nC: .\nS: 554 5.7.1 Message rejected: spam content'
    expect(reasonsByRecipient(text)).toEqual({
      'bob@example.net': 'unknown-user',
      'carol@example.net': 'spam-content',
    })
  })

  it('fails every recipient accepted at RCPT TO when the server refuses the message after DATA', () => {
    const text =
      '>>> MAIL From:<alice@contoso.com> SIZE=1234\n<<< 250 2.1.0 Sender ok\n>>> RCPT To:<bob@example.net>\n<<< 250 2.1.5 Recipient ok\n>>> RCPT To:<carol@example.net>\n<<< 250 2.1.5 Recipient ok\n>>> DATA\n<<< 354 Enter mail, end with "." on a line by itself\n>>> .\n<<< 554 5.7.1 Message rejected due to content restrictions'
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net', 'carol@example.net'])
    expect(byRecipient(text)['carol@example.net']).toMatchObject({ reply: '554', command: 'DATA' })
  })

  it('fails the one recipient of smtplib’s session when the message is refused after DATA', () => {
    const text =
      "send: 'mail FROM:<alice@contoso.com> size=120\\r\\n'\nreply: b'250 2.1.0 Ok\\r\\n'\nsend: 'rcpt TO:<bob@example.net>\\r\\n'\nreply: b'250 2.1.5 Ok\\r\\n'\nsend: 'data\\r\\n'\nreply: b'354 End data with <CR><LF>.<CR><LF>\\r\\n'\nsend: b'Subject: hi\\r\\n\\r\\nhello\\r\\n.\\r\\n'\nreply: b'552 5.3.4 Message size exceeds fixed limit\\r\\n'"
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', reason: 'message-too-large' })
  })

  it('fails nobody when the message is accepted after DATA', () => {
    const text =
      'C: RCPT TO:<bob@example.net>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 go ahead\nC: .\nS: 250 2.0.0 Ok: queued as 4F2A1'
    expect(analyzeBounceReport(text).recipients).toEqual([])
  })

  it('reads Go’s bare certificate error as the program’s own: not sent', () => {
    expect(headline('x509: certificate signed by unknown authority')).toMatchObject({
      action: 'not-sent',
      reason: 'tls-required',
    })
  })

  it('reads Outlook’s “None of your e-mail accounts could send to this recipient” as an address it cannot send to', () => {
    const text = 'None of your e-mail accounts could send to this recipient.'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'syntax' })
    expect(shown(text, 'explanation')).toMatch(/before it reached any server/)
  })

  it.each([
    [
      'The message could not be delivered because bob@example.net would exceed the quota for the mailbox.',
      'mailbox-full',
    ],
    [
      "Delivery has failed to these recipients or groups:\nbob@example.net\nRemote Server returned '550 5.4.312 DNS query failed'",
      'host-not-found',
    ],
  ])('explains GroupWise’s quota and Microsoft 365’s DNS failure: %s', (text, reason) => {
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', reason })
  })

  it('names the recipient of DSN fields pasted without their Final-Recipient', () => {
    const text =
      'This is the mail system at host mail.contoso.com.\n\nYour message could not be delivered to one or more recipients.\n\n<bob@example.net>: Host or domain name not found. Name service error for\n    name=example.net type=MX: Host not found, try again\nStatus: 4.4.3\nAction: failed (expired after 5 days)'
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', action: 'failed' })
  })

  it('reads nodemailer’s result: the rejected recipients with their own replies, never the accepted one', () => {
    const text =
      "{\n  accepted: [ 'bob@example.net' ],\n  rejected: [ 'carol@example.net', 'dave@example.net' ],\n  envelopeTime: 52,\n  response: '250 2.0.0 Ok: queued as 4F2A1',\n  rejectedErrors: [\n    Error: Recipient command failed: 550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown\n      code: 'EENVELOPE',\n    },\n    Error: Recipient command failed: 452 4.2.2 <dave@example.net>: Mailbox full\n      code: 'EENVELOPE',\n    }\n  ]\n}"
    expect(reasonsByRecipient(text)).toEqual({
      'carol@example.net': 'unknown-user',
      'dave@example.net': 'mailbox-full',
    })
    const one =
      "{ accepted: [ 'bob@example.net' ], rejected: [ 'carol@example.net' ], envelopeTime: 12, response: '250 2.0.0 OK queued' }"
    expect(Object.keys(byRecipient(one))).toEqual(['carol@example.net'])
  })

  it('reads nodemailer’s result with nothing rejected as no failure', () => {
    const text =
      '{"accepted":["bob@example.net"],"rejected":[],"envelopeTime":12,"messageTime":40,"response":"250 2.0.0 OK queued"}'
    expect(analyzeBounceReport(text).recipients).toEqual([])
  })

  it('titles a content or attachment refusal by its content, not as spam', () => {
    expect(shown('554 5.7.1 Message rejected due to content restrictions', 'title')).toBe(
      'Rejected for its content',
    )
  })

  it.each([
    'Ticket #88213 - customer reports bounce\nCustomer: alice@contoso.com\n\nPasted error:\n"The following recipient(s) could not be reached: brad@example.net. Error 552 5.2.2 mailbox full"',
    'Requester: alice@contoso.com\nDescription: The following recipient(s) could not be reached: brad@example.net. Error 552 5.2.2 mailbox full',
    "##- Please type your reply above this line -##\n\nAlice Smith (alice@contoso.com)\n\nNov 30, 2026, 10:00 UTC\n\nHi, I'm getting this bounce when emailing brad@example.net:\n\n550 5.1.1 The email account that you tried to reach does not exist.",
    'Alice Smith <alice@contoso.com>\nMon 30/11/2026 10:00\nSending to brad@example.net fails with "550 5.7.1 Message rejected as spam"',
    'Hi team, alice@contoso.com here. Mail to brad@example.net keeps bouncing:\n552 5.2.2 Mailbox full',
    'Envelope-From: alice@contoso.com\nEnvelope-To: brad@example.net\nError: 554 5.7.1 Message rejected as spam by Content Filtering',
    'Reported by alice@contoso.com\n550 5.1.1 User unknown (brad@example.net)',
    'User alice@contoso.com says: mail to brad@example.net bounced with 550 5.1.1 User unknown',
    'alice@contoso.com -> brad@example.net: 550 5.1.1 User unknown',
  ])('names the recipient, not the customer a ticket or signature names first: %s', (text) => {
    expect(headline(text)?.recipient).toBe('brad@example.net')
  })

  it('keeps an Exchange failed-recipients list when the pasted header’s To is the same address', () => {
    const text =
      "From: Alice <alice@contoso.com>\nTo: zed@example.net\nSubject: Quote\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n\nDelivery has failed to these recipients or groups:\n\nzed@example.net\nThe email address you entered couldn't be found.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
    expect(headline(text)).toMatchObject({ recipient: 'zed@example.net', reason: 'unknown-user' })
  })

  it.each([
    ['a lone CR', '\r'],
    ['U+2028', '\u2028'],
  ])('reads a bounce whose lines end with %s as one ending with LF', (_, end) => {
    const text = [
      'Your message could not be delivered.',
      '',
      '<bob@example.net>: host mx.example.net said: 550 5.1.1 User unknown',
    ].join(end)
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', reason: 'unknown-user' })
  })

  it('fails every recipient of a refusal line’s own list, the sender left out', () => {
    const text =
      '2026-11-30 10:00:00 [error] Failed to send email from noreply@contoso.com to bob@example.net, carol@example.net: 550 5.1.1 User unknown'
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net', 'carol@example.net'])
  })

  it('does not read the capabilities nodemailer lists (“STARTTLS”) as the rejected recipient’s cause', () => {
    const text =
      "{\n  accepted: [ 'carol@fabrikam.com' ],\n  rejected: [ 'bob@example.net' ],\n  ehlo: [ 'PIPELINING', 'SIZE 10240000', 'STARTTLS', 'AUTH LOGIN PLAIN', '8BITMIME' ],\n  response: '250 2.0.0 Ok: queued as 4ABC'\n}"
    expect(headline(text)).toMatchObject({
      recipient: 'bob@example.net',
      action: 'not-sent',
      reason: 'unknown',
    })
  })

  it('does not fail the recipients a pipelined session accepted when DATA’s refusal says none was valid', () => {
    const text =
      'RCPT TO:<bob@example.net>\nRCPT TO:<carol@example.net>\nDATA\n250 2.1.5 Ok\n550 5.1.1 No such user\n554 5.5.1 Error: no valid recipients'
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it('reads a sending domain the service has not verified as the sender’s to verify', () => {
    expect(
      headline(
        'Error: Mail command failed: 550 5.7.1 Sender address rejected: Sending domain contoso.com is not verified',
      )?.reason,
    ).toBe('unverified-sender')
  })
})
