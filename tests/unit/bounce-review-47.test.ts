// Fact review 47: a list of thousands of recipients that the text says nothing of is read once,
// not once per recipient; every recipient accepted and the message then refused fails them all;
// one recipient refused in a pipelined transcript is that one, not the first RCPT TO; "rejected
// with code 550" is a refusal; a block-list desk ("email delist@…"), a greeting line and the
// envelope's "mail from" are no recipients; "not allowed to send as <x>" names no recipient.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 47', () => {
  it('fails every recipient when all were accepted and the message was refused after DATA', () => {
    const text =
      'Recipients: bob@example.net, carol@example.net, dave@example.net\nRCPT TO:<bob@example.net>\n250 2.1.5 Ok\nRCPT TO:<carol@example.net>\n250 2.1.5 Ok\nRCPT TO:<dave@example.net>\n250 2.1.5 Ok\nDATA\n354 go ahead\n.\n554 5.7.1 Message rejected: spam content detected'
    expect(Object.keys(byRecipient(text)).sort()).toEqual([
      'bob@example.net',
      'carol@example.net',
      'dave@example.net',
    ])
    expect(headline(text)?.reason).toBe('spam-content')
  })

  it('names the one recipient a pipelined reply refuses', () => {
    const text =
      "C: MAIL FROM:<alice@contoso.com>\nC: RCPT TO:<bob@example.net>\nC: RCPT TO:<carol@example.net>\nC: RCPT TO:<dave@example.net>\nC: DATA\nS: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\nS: 550-5.1.1 The email account that you tried to reach does not exist. Please\nS: 550-5.1.1 try double-checking the recipient's email address for typos or\nS: 550 5.1.1 unnecessary spaces.\nS: 250 2.1.5 Ok\nS: 354 End data with <CR><LF>.<CR><LF>"
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it("reads 'rejected with code 550' as the refusal of the recipient it names", () => {
    const text =
      'Recipients: bob@example.net, carol@example.net\ncarol@example.net rejected with code 550: mailbox unavailable'
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it.each([
    [
      '550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org. To request removal, email delist@example.net. Recipient bob@example.net',
      'bob@example.net',
    ],
    [
      'Liebe(r) Kunde(in) alice@contoso.com,\n\nIhre Nachricht an sybil@gmx.example.de konnte nicht zugestellt werden.\n550 5.1.1 Postfach nicht vorhanden',
      'sybil@gmx.example.de',
    ],
    [
      'Hi there alice@contoso.com,\nYour email to walter@example.net bounced.\n550 5.1.1 No such user',
      'walter@example.net',
    ],
    [
      'Dear Valued Customer alice@contoso.com,\nWe could not deliver your message to xena@example.net.\n550 5.1.1 No such user',
      'xena@example.net',
    ],
    [
      '2026-11-30 10:00:00 ERROR Could not send mail from alice@contoso.com to bob@example.net: 550 5.1.1 User unknown',
      'bob@example.net',
    ],
  ])('names the recipient, not a desk, a greeted sender or the envelope sender: %s', (text, recipient) => {
    expect(headline(text)?.recipient).toBe(recipient)
  })

  it("names no recipient for 'not allowed to send as'", () => {
    expect(
      headline(
        '2026-11-30 10:00:00 ERROR 550 5.7.1 alice@contoso.com is not allowed to send as billing@contoso.com',
      )?.recipient,
    ).toBeNull()
  })

  it("reads a Laravel log's failed login as the application's own: not sent, its settings to fix", () => {
    const text =
      '[2026-11-30 10:00:00] local.ERROR: Authentication failed for alice@contoso.com: 535 5.7.8 Username and Password not accepted\n[2026-11-30 10:00:01] local.ERROR: Could not deliver to bob@example.net: 535 5.7.8 Username and Password not accepted'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'login-failed' })
  })
})
