// Fact review 37: PowerMTA's records in any time format and several at once; DSN fields pasted
// above a sentence; Gmail's notices in more languages quoting the remote server; the sender's own
// address refused after verification; Ruby's SMTPServerBusy; Apple Mail's refused sender; and
// complaint events, which report a delivered message.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

describe("PowerMTA's accounting records", () => {
  it.each([
    'type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat\nb,1764496801,alice@example.com,bob@example.net,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 User unknown,mx.example.net (192.0.2.5),bad-mailbox',
    'b,2026-11-30T10:00:01+00:00,2026-11-30T10:00:00+00:00,alice@example.com,bob@example.net,,failed,5.2.2 (mailbox full),smtp;552 5.2.2 Mailbox full,mx.example.net (192.0.2.5),smtp,esmtp',
  ])('name the rcpt field, not the sender: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it('read each record of a paste on its own, a delivery as delivered', () => {
    const all = byRecipient(
      [
        'd,2026-11-30 10:00:00+0000,2026-11-30 09:59:59+0000,alice@example.com,dave@example.org,,relayed,2.0.0 (success),smtp;250 2.0.0 OK,mx.example.org (192.0.2.6),smtp,esmtp',
        'b,2026-11-30 10:00:02+0000,2026-11-30 10:00:00+0000,alice@example.com,carol@example.org,,failed,5.2.2 (mailbox full),smtp;552 5.2.2 Mailbox full,mx.example.org (192.0.2.6),smtp,esmtp',
      ].join('\n'),
    )
    expect(all['dave@example.org']).toMatchObject({ action: 'delivered', reason: 'delivered' })
    expect(all['carol@example.org']).toMatchObject({ action: 'failed', reason: 'mailbox-full' })
  })
})

describe('delivery report fields pasted above a sentence are the report, not a header', () => {
  it.each([
    [
      'Remote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\nPlease check the address.',
      'unknown-user',
    ],
    [
      'Remote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n\nWe will keep trying.',
      'mailbox-full',
    ],
  ])('%s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })
})

describe("Gmail's notices in other languages quote the remote server: a sending server's report", () => {
  it.each([
    'Mensagem não entregue\nHouve um problema ao enviar sua mensagem para bob@example.net. Veja os detalhes técnicos abaixo.\n\nA resposta do servidor remoto foi:\n550 5.7.1 <bob@example.net>: Relay access denied',
    'Messaggio non consegnato\nSi è verificato un problema durante la consegna del messaggio a bob@example.net.\n\nLa risposta del server remoto è stata:\n554 5.7.1 <bob@example.net>: Relay access denied',
  ])('%s', (text) => {
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'relay-denied' })
    expect(shown(text, 'advice')).not.toMatch(/In the mail program/)
  })
})

describe('the sender refused, and a program that got a temporary error', () => {
  it("reads Postfix's 'Sender address rejected: undeliverable address' as the sender's own address", () => {
    expect(
      headline(
        '550 5.1.7 <alice@example.com>: Sender address rejected: undeliverable address: unknown user: "alice"',
      ),
    ).toMatchObject({ reason: 'sender-domain', recipient: null })
  })

  it("reads Ruby's SMTPServerBusy as not sent: nothing queues it", () => {
    expect(
      headline('Net::SMTPServerBusy: 451 4.3.0 Mail server temporarily rejected message. d2si - gsmtp')
        ?.action,
    ).toBe('not-sent')
  })

  it.each([
    'Cannot send message using the server smtp.example.com.\nThe sender address “alice@example.com” was rejected by the server “smtp.example.com”.\nThe server response was: 5.7.1 Sender address rejected: not logged in',
    'The sender address “alice@example.com” was rejected by the server “smtp.example.com”.',
  ])("does not name Apple Mail's refused sender as the recipient: %s", (text) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', recipient: null })
  })
})

describe('complaint events report a delivered message the recipient marked as spam', () => {
  it.each([
    '{"event":"spam","msg":{"email":"bob@example.net","sender":"alice@example.com","subject":"Hello","state":"sent"},"ts":1764496801}',
    '{"RecordType":"SpamComplaint","Type":"SpamComplaint","TypeCode":100001,"Name":"Spam complaint","Description":"The subscriber explicitly marked this email as spam.","Email":"bob@example.net","From":"alice@example.com"}',
  ])('%s', (text) => {
    expect(headline(text)).toMatchObject({
      recipient: 'bob@example.net',
      action: 'delivered',
      reason: 'complaint',
    })
    expect(shown(text, 'advice')).toMatch(/Do not send to this address again/)
  })
})

describe("review 37's minors", () => {
  it('gives a mechanism the server does not offer the method texts, not the app password', () => {
    const text =
      'Sent: AUTH LOGIN\nGot: 535 5.7.8 Error: authentication failed: Invalid authentication mechanism'
    expect(shown(text, 'advice')).toMatch(/choose a login method the server offers/)
  })

  it("names 5.1.7 the sender's address", () => {
    const text = 'org.eclipse.angus.mail.smtp.SMTPSenderFailedException: 501 5.1.7 Invalid address'
    expect(shown(text, 'title')).toBe("Sender's address badly formed")
  })

  it.each([
    [
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.',
      'outgoing-server',
    ],
    ['Could not instantiate mail function.', 'outgoing-server'],
    ['2026/11/30 10:00:01 unencrypted connection', 'tls-required'],
  ])("reads a program's own error as not sent: %s", (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it("reads Mailgun's suppressed complainer as suppressed", () => {
    const text =
      '{"event":"failed","severity":"permanent","reason":"suppress-complaint","recipient":"bob@example.net","delivery-status":{"message":"Not delivering to previously complained address","code":605}}'
    expect(headline(text)?.reason).toBe('suppressed')
  })
})
