// Fact review 45: a notice that greets its addressee ("Hello alice@…") does not make the sender the
// recipient; Outlook's classic report lists every 'address' it quotes; a phone number, a room or a
// quoted line is no refusal; several refusal lines without a list each name their recipient;
// PHPMailer's mixed entries each keep their own reply; pipelined replies pair with their commands.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, reasonsByRecipient, shown } from '../helpers/bounce-shown'

describe('fact review 45', () => {
  it.each<[string, string | null]>([
    [
      "Hello alice@contoso.com,\n\nWe're writing to let you know that the group you tried to contact (sales) may not exist, or you may not have permission to post messages to the group.\n\n----- Original message -----\n\nFrom: Alice <alice@contoso.com>\nTo: sales@fabrikam.com\nSubject: Quote",
      null,
    ],
    [
      "Dear user alice@contoso.com,\nYour email to bob@example.net could not be delivered because the recipient's mailbox is full.",
      'bob@example.net',
    ],
  ])('never takes the greeted addressee for the recipient: %s', (text, recipient) => {
    expect(headline(text)?.recipient).toBe(recipient)
  })

  it("lists every recipient of Outlook's classic report, quoted in single quotes", () => {
    const text =
      "Your message did not reach some or all of the intended recipients.\n      Subject:\tQ4 report\nThe following recipient(s) cannot be reached:\n      'oscar@example.net' on 30/11/2026 10:00\n            550 5.1.1 User unknown\n      'pam@example.net' on 30/11/2026 10:00\n            552 5.2.2 Mailbox over quota"
    expect(reasonsByRecipient(text)).toEqual({
      'oscar@example.net': 'unknown-user',
      'pam@example.net': 'mailbox-full',
    })
  })

  it.each([
    '--\nBob Lee, Sales | +1 425 555 0100 | bob@example.net',
    'Bob (bob@example.net) - ext. 450',
    'Meeting with bob@example.net in Room 451',
    '> On Monday bob@example.net wrote:\n> 552 5.2.2 <bob@example.net> mailbox full, I saw this last week',
  ])('counts no phone number, room or quoted line as a refusal: %s', (tail) => {
    const text = `Recipients: bob@example.net, carol@example.net\n550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown\n\n${tail}`
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it.each([
    '[2026-11-30 10:00:00] production.ERROR: Failed to send to bob@example.net: 550 5.1.1 User unknown\n[2026-11-30 10:00:01] production.ERROR: Failed to send to carol@example.net: 452 4.2.2 Mailbox full',
    'bob@example.net - 550 5.1.1 User unknown\ncarol@example.net - 452 4.2.2 Mailbox full',
    'bob@example.net\t550 5.1.1 User unknown\ncarol@example.net\t452 4.2.2 Mailbox full',
  ])('names every recipient a refusal line names alone: %s', (text) => {
    expect(reasonsByRecipient(text)).toEqual({
      'bob@example.net': 'unknown-user',
      'carol@example.net': 'mailbox-full',
    })
  })

  it('never takes a forward-path for a refused recipient', () => {
    const text = 'RCPT TO:<ivan@fabrikam.com>\n551 User not local; please try <ivan@fabrikam.org>'
    expect(Object.keys(byRecipient(text))).toEqual(['ivan@fabrikam.com'])
  })

  it.each([
    'SMTP Error: The following recipients failed: frank@example.net: Requested action not taken: mailbox unavailable\ngrace@example.net: Relay access denied',
    'SMTP Error: The following recipients failed: frank@example.net: <frank@example.net>: Recipient address rejected: User unknown\ngrace@example.net: Relay access denied',
  ])("keeps each of PHPMailer's entries to its own reply: %s", (text) => {
    const all = reasonsByRecipient(text)
    expect(all['grace@example.net']).toBe('relay-denied')
    expect(all['frank@example.net']).not.toBe('relay-denied')
  })

  it('pairs pipelined replies with their commands in order (RFC 2920 §3.1)', () => {
    const text =
      'Recipients: bob@example.net, carol@example.net\nRCPT TO:<bob@example.net>\nRCPT TO:<carol@example.net>\nDATA\n250 2.1.5 Ok\n550 5.1.1 User unknown\n354 End data'
    expect(Object.keys(byRecipient(text))).toEqual(['carol@example.net'])
  })

  it("reads 551 inside Postfix's 'said:' as a moved mailbox", () => {
    const text =
      '<ivan@fabrikam.com>: host mx.fabrikam.com[203.0.113.5] said: 551 User not local; please try\n    <ivan@fabrikam.org> (in reply to RCPT TO command)'
    expect(headline(text)).toMatchObject({
      recipient: 'ivan@fabrikam.com',
      reason: 'unknown-user',
      reply: '551',
    })
  })

  it('says an expanded DSN is no end point (RFC 3464 §2.3.3)', () => {
    const text =
      'Reporting-MTA: dns; mx.contoso.com\n\nFinal-Recipient: rfc822; list@example.net\nAction: expanded\nStatus: 2.0.0'
    expect(headline(text)).toMatchObject({ action: 'expanded', reason: 'delivered' })
    expect(shown(text, 'title')).toBe('Sent on to several addresses, not a bounce')
  })

  it('reads every address of an X-Failed-Recipients line pasted in the body', () => {
    const text =
      'Hi, got this:\n\nX-Failed-Recipients: bob@example.net, carol@example.net\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n550 5.1.1 User unknown'
    expect(Object.keys(byRecipient(text)).sort()).toEqual(['bob@example.net', 'carol@example.net'])
  })

  it("keeps Amazon SES's MailboxFull subtype as the cause", () => {
    const text =
      '{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"MailboxFull","bouncedRecipients":[{"emailAddress":"dave@example.net"}]}}'
    expect(headline(text)).toMatchObject({ recipient: 'dave@example.net', cause: 'mailbox-full' })
  })

  it("reads Get-MessageTrace's list records by their Status", () => {
    const text =
      'Received         : 30/11/2026 10:00:00\nSenderAddress    : alice@contoso.com\nRecipientAddress : bob@fabrikam.com\nSubject          : Q4\nStatus           : Failed\n\nReceived         : 30/11/2026 10:00:00\nSenderAddress    : alice@contoso.com\nRecipientAddress : carol@fabrikam.com\nSubject          : Q4\nStatus           : Delivered'
    const all = byRecipient(text)
    expect(all['bob@fabrikam.com']?.action).toBe('failed')
    expect(all['carol@fabrikam.com']?.action).toBe('delivered')
    expect(all['alice@contoso.com']).toBeUndefined()
  })

  it.each([
    "send: 'mail FROM:<alice@contoso.com> size=1234\\r\\n'\nreply: b'250 2.1.0 Ok\\r\\n'\nsend: 'rcpt TO:<hana@example.net>\\r\\n'\nreply: b'550 5.1.1 <hana@example.net>: Recipient address rejected: User unknown\\r\\n'\nreply: retcode (550); Msg: b'5.1.1 <hana@example.net>: Recipient address rejected: User unknown'",
    'Cannot send the message. The server did not recognize the recipient "dave@example.net". Server response: 553 5.1.3 Invalid recipient address syntax',
  ])("reads a program's own session or error as not sent: %s", (text) => {
    expect(headline(text)?.action).toBe('not-sent')
  })
})
