// Fact review 52: who failed in pastes that name the sender first (signatures, "Opened by:", quoted
// header blocks, PowerShell's -From), in a pasted message's To: when the notice names one of them,
// in sessions (swaks' "<**" replies, a refusal the client recovered from, several messages on one
// connection), in a log whose next MX delivered, and in nodemailer's results.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { byRecipient, headline, reasonsByRecipient } from '../helpers/bounce-shown'

const recipients = (text: string) => analyzeBounceReport(text).recipients

describe('fact review 52', () => {
  it.each([
    'Hi, when emailing zed@example.net I get:\n550 5.1.1 User unknown\n\nThanks,\nAlice Smith\nalice@contoso.com',
    'Ticket #44120\nOpened by: Alice Smith <alice@contoso.com>\n\nHi IT, every time I send to zed@example.net the message comes back with:\n"550 5.1.1 User unknown"',
    'Emails to zed@example.net bounce with 550 5.1.1 User unknown.\nTom Baker\ntom.baker@contoso.com',
    "> From: Alice <alice@contoso.com>\n> To: xena@example.net; zed@example.net\n> Subject: Offer\n>\n> Delivery has failed to these recipients or groups:\n> zed@example.net\n> Remote Server returned '550 5.1.1 User unknown'",
    '> From: Alice <alice@contoso.com>\n> To: xena@example.net; zed@example.net\n>\n> <zed@example.net>: host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    'PS C:\\> Send-MailMessage -From "Alice <alice@contoso.com>" -To "zed@example.net" -Subject Test -SmtpServer mail.contoso.com\nSend-MailMessage : Mailbox unavailable. The server response was: 5.1.1 User unknown',
  ])('names the recipient, never the sender a signature, ticket, quote or command names: %s', (text) => {
    expect(headline(text)?.recipient).toBe('zed@example.net')
  })

  it.each([
    "From: Alice <alice@contoso.com>\nTo: bob@example.net, carol@example.net, dave@example.net\nSubject: Minutes\n\nYour message to carol@example.net couldn't be delivered.\ncarol wasn't found at example.net.\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound'",
    'From: Alice <alice@contoso.com>\nTo: bob@example.net, carol@example.net\nSubject: Minutes\n\nDelivery Status Notification (Delay)\nThere was a temporary problem delivering your message to carol@example.net. Gmail will retry for 44 more hours.\nThe response was:\n451 4.3.0 Mail server temporarily rejected message.',
  ])('of a pasted message’s To:, fails only the recipient the notice names: %s', (text) => {
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it("reads swaks' “<**” error reply as the reply to the RCPT TO before it", () => {
    const text =
      '<-  220 mx.example.net ESMTP\n -> MAIL FROM:<alice@contoso.com>\n<-  250 OK\n -> RCPT TO:<bob@example.net>\n<** 550 No such user here\n -> QUIT'
    expect(headline(text)).toMatchObject({
      recipient: 'bob@example.net',
      reply: '550',
      command: 'RCPT TO',
      reason: 'unknown-user',
    })
  })

  it('fails nobody in a session that recovered from a refused login and then delivered', () => {
    const text =
      "send: 'AUTH CRAM-MD5\\r\\n'\nreply: b'334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+\\r\\n'\nsend: 'YWxpY2UgNWU2YjE=\\r\\n'\nreply: b'535 5.7.8 Error: authentication failed: authentication failure\\r\\n'\nsend: 'AUTH PLAIN AGFsaWNlAHNlY3JldA==\\r\\n'\nreply: b'235 2.7.0 Authentication successful\\r\\n'\nsend: 'mail FROM:<alice@contoso.com> size=300\\r\\n'\nreply: b'250 2.1.0 Ok\\r\\n'\nsend: 'rcpt TO:<bob@example.net>\\r\\n'\nreply: b'250 2.1.5 Ok\\r\\n'\nsend: 'data\\r\\n'\nreply: b'354 End data with <CR><LF>.<CR><LF>\\r\\n'\nsend: b'Subject: hi\\r\\n\\r\\nhello\\r\\n.\\r\\n'\nreply: b'250 2.0.0 Ok: queued as 5D6E7F\\r\\n'"
    expect(recipients(text)).toEqual([])
  })

  it('gives each message of one connection its own outcome after DATA', () => {
    const first =
      'C: MAIL FROM:<alice@contoso.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<fred@example.net>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 go ahead\nC: .\nS: 554 5.7.1 Message rejected: virus found\nC: RSET\nS: 250 2.0.0 Ok\n'
    const second =
      'C: MAIL FROM:<alice@contoso.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<gwen@example.net>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 go ahead\nC: .\nS: 250 2.0.0 Ok: queued as BBB222\n'
    expect(Object.keys(byRecipient(first + second))).toEqual(['fred@example.net'])
    expect(Object.keys(byRecipient(second + first.replace('fred', 'erin')))).toEqual(['erin@example.net'])
  })

  it.each([
    'Nov 30 10:00:01 mail postfix/smtp[2211]: 4F2A1C0123: host mx.example.net[198.51.100.7] said: 451 4.7.1 Please try again later (in reply to MAIL FROM command)\nNov 30 10:00:01 mail postfix/smtp[2211]: 4F2A1C0123: to=<rob@example.net>, relay=mx2.example.net[198.51.100.8]:25, delay=3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABCD)',
    '2026-11-30 10:00:00 1abcDE-000123-AB H=mx1.example.net [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<rob@example.net>: 451 4.7.1 Try again later\n2026-11-30 10:00:02 1abcDE-000123-AB => rob@example.net R=dnslookup T=remote_smtp H=mx2.example.net [198.51.100.8] C="250 2.0.0 OK id=1abcDE"',
  ])('reads a delivery through the next MX as delivered, not the first MX’s deferral: %s', (text) => {
    expect(headline(text)).toMatchObject({ recipient: 'rob@example.net', action: 'delivered' })
  })

  it.each([
    "Message sent: <4f3a@contoso.com>\n{\n  accepted: [ 'bob@example.net' ],\n  rejected: [],\n  pending: [],\n  response: '250 Message queued as <4f3a@contoso.com>',\n  envelope: { from: 'alice@contoso.com', to: [ 'bob@example.net' ] }\n}",
    'Message sent: <20261130100000.abc123@contoso.com>\nAccepted: bob@example.net, carol@example.net\nRejected: (none)',
  ])('fails nobody when nodemailer (or a log of it) says every recipient was accepted: %s', (text) => {
    expect(recipients(text)).toEqual([])
  })

  it('gives each recipient nodemailer rejected its own reply when the result is one line of JSON', () => {
    const text =
      '{"accepted":["bob@example.net"],"rejected":["carol@example.net","dave@example.net"],"rejectedErrors":[{"code":"EENVELOPE","response":"550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown","responseCode":550,"command":"RCPT TO"},{"code":"EENVELOPE","response":"452 4.2.2 <dave@example.net>: Recipient address rejected: Mailbox full","responseCode":452,"command":"RCPT TO"}],"response":"250 2.0.0 Ok: queued"}'
    expect(reasonsByRecipient(text)).toEqual({
      'carol@example.net': 'unknown-user',
      'dave@example.net': 'mailbox-full',
    })
  })

  it('gives a later bounce to the recipient it names, not to one nodemailer rejected', () => {
    const text =
      "{\n  accepted: [ 'bob@example.net' ],\n  rejected: [ 'carol@example.net' ],\n  response: '250 2.0.0 Ok: queued as 1F2E3D'\n}\n\nDelivery to the following recipient failed permanently:\n\n     bob@example.net\n\n552 5.2.2 The email account that you tried to reach is over quota."
    expect(reasonsByRecipient(text)['bob@example.net']).toBe('mailbox-full')
    expect(reasonsByRecipient(text)['carol@example.net']).not.toBe('mailbox-full')
  })

  it('names RCPT TO as the command a pipelined refusal answered, not the DATA sent last', () => {
    const text =
      ' -> MAIL FROM:<alice@contoso.com>\n -> RCPT TO:<bob@example.net>\n -> RCPT TO:<carol@example.net>\n -> DATA\n<-  250 2.1.0 Ok\n<-  250 2.1.5 Ok\n<** 552 5.2.2 <carol@example.net>: Recipient address rejected: Mailbox full\n<-  354 End data with <CR><LF>.<CR><LF>\n -> .\n<-  250 2.0.0 Ok: queued as 7B3D2'
    expect(headline(text)).toMatchObject({ recipient: 'carol@example.net', command: 'RCPT TO' })
  })
})
