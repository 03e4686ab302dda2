// Fact review 53: a one-address list below a sentence that names another address, sessions that
// start mid-way or refuse a later MAIL FROM, a notice naming a Cc'd or Bcc'd recipient, nodemailer
// replies that do not echo their address, a ticket's assignee and "sends from", and a hand-typed
// list of addresses sharing one error.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, reasonsByRecipient } from '../helpers/bounce-shown'

describe('fact review 53', () => {
  it.each([
    [
      "Hi,\nI sent the same mail to bob@example.net and carol@example.net. Only carol bounced:\n\nDelivery has failed to these recipients or groups:\n\ncarol@example.net\nThe email address you entered couldn't be found.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'",
      'carol@example.net',
    ],
    [
      "I sent an email to sales@partner.example and got this:\n\nDelivery has failed to these recipients or groups:\n\njohn.smith@partner.example\nThe email address you entered couldn't be found.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'",
      'john.smith@partner.example',
    ],
  ])('keeps a one-address list whose reply stands below it: %s', (text, recipient) => {
    expect(Object.keys(byRecipient(text))).toEqual([recipient])
  })

  it('reads a refusal in a session pasted from its middle', () => {
    const text =
      'S: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nC: .\nS: 250 2.0.0 Ok: queued as 77AA88\nC: MAIL FROM:<alice@contoso.com>\nS: 250 2.1.0 Ok\nC: RCPT TO:<erin@example.net>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nC: .\nS: 554 5.7.1 Message rejected: spam score too high'
    expect(headline(text)).toMatchObject({ recipient: 'erin@example.net', reason: 'spam-content' })
  })

  it('reads a later MAIL FROM refused in a kept-alive session as a failure', () => {
    const text =
      '2026-11-30 10:00:00\tCLIENT -> SERVER: MAIL FROM:<shop@contoso.com>\n2026-11-30 10:00:00\tSERVER -> CLIENT: 250 2.1.0 Ok\n2026-11-30 10:00:00\tCLIENT -> SERVER: RCPT TO:<a1@example.net>\n2026-11-30 10:00:00\tSERVER -> CLIENT: 250 2.1.5 Ok\n2026-11-30 10:00:00\tCLIENT -> SERVER: DATA\n2026-11-30 10:00:00\tSERVER -> CLIENT: 354 End data with <CR><LF>.<CR><LF>\n2026-11-30 10:00:00\tSERVER -> CLIENT: 250 2.0.0 Ok: queued as AAA111\n2026-11-30 10:00:01\tCLIENT -> SERVER: RSET\n2026-11-30 10:00:01\tSERVER -> CLIENT: 250 2.0.0 Ok\n2026-11-30 10:00:01\tCLIENT -> SERVER: MAIL FROM:<shop@contoso.com>\n2026-11-30 10:00:01\tSERVER -> CLIENT: 421 4.7.0 mx.example.net Error: too many messages in this session\nMailer Error (a3@example.net): SMTP Error: The following from address failed: shop@contoso.com'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reply: '421' })
  })

  it.each([
    "From: Alice <alice@contoso.com>\nTo: bob@example.net, carol@example.net\nCc: dave@example.net\nSubject: Board pack\n\nYour message to dave@example.net couldn't be delivered.\ndave wasn't found at example.net.\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound'",
    'From: Alice <alice@contoso.com>\nTo: bob@example.net\nBcc: dave@example.net\nSubject: Board pack\n\n<dave@example.net>: host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
  ])('fails the Cc’d or Bcc’d recipient a notice names, not the To: %s', (text) => {
    expect(Object.keys(byRecipient(text))).toEqual(['dave@example.net'])
  })

  it('gives each recipient nodemailer rejected the reply of its own recipient field', () => {
    const text =
      "{\n  accepted: [ 'bob@example.net' ],\n  rejected: [ 'carol@example.net', 'dave@example.org' ],\n  rejectedErrors: [\n    Error: Recipient command failed: 550 5.1.1 User unknown\n        at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1720:24) {\n      code: 'EENVELOPE',\n      response: '550 5.1.1 User unknown',\n      responseCode: 550,\n      command: 'RCPT TO',\n      recipient: 'carol@example.net'\n    },\n    Error: Recipient command failed: 452 4.2.2 Mailbox full\n        at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1720:24) {\n      code: 'EENVELOPE',\n      response: '452 4.2.2 Mailbox full',\n      responseCode: 452,\n      command: 'RCPT TO',\n      recipient: 'dave@example.org'\n    }\n  ],\n  response: '250 2.0.0 Ok: queued'\n}"
    expect(reasonsByRecipient(text)).toEqual({
      'carol@example.net': 'unknown-user',
      'dave@example.org': 'mailbox-full',
    })
  })

  it.each([
    "Opened by: Tom Reyes (tom.reyes@contoso.com)\nAssigned to: Mail Team <mailteam@contoso.com>\nSummary: NDR when sending to external partner\n\nRemote Server returned '550 5.7.1 Unable to relay for vendor@supplier.example'",
    'Hey,\nour app sends from noreply@contoso.com and this came back:\n  To: vendor@supplier.example\n  Status: 5.4.1\n  Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied\nThanks,\nLeo\nleo@contoso.com',
  ])('names the recipient, not a ticket’s assignee, the app’s sender or a signature: %s', (text) => {
    expect(headline(text)?.recipient).toBe('vendor@supplier.example')
  })

  it('fails every address of a hand-typed list that shares one error', () => {
    const text =
      'Hi,\nmail to these three people bounced:\nbob@example.net\ncarol@example.net\ndave@example.net\nAll with "550 5.1.1 user unknown".\nThanks,\nAna\nana@contoso.com'
    expect(reasonsByRecipient(text)).toEqual({
      'bob@example.net': 'unknown-user',
      'carol@example.net': 'unknown-user',
      'dave@example.net': 'unknown-user',
    })
  })

  it.each([
    "Sorry to bother you, regards from the finance team.\n--\nDelivery has failed to these recipients or groups:\n\nbart@example.org\nThe email address you entered couldn't be found.\nRemote Server returned '550 5.1.1 User unknown'",
    '--\nMail Delivery System\nThe following address(es) failed:\n\n  bart@example.org\n    Unrouteable address',
  ])('reads a list that a heading opens below a sign-off: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bart@example.org')
  })

  it('fails nobody when the client met “530 Must issue a STARTTLS command first”, started TLS and delivered', () => {
    const text =
      '<-  220 mx.example.net ESMTP\n -> EHLO client.contoso.com\n<-  250-mx.example.net\n<-  250 STARTTLS\n -> MAIL FROM:<alice@contoso.com>\n<** 530 5.7.0 Must issue a STARTTLS command first\n -> STARTTLS\n<-  220 2.0.0 Ready to start TLS\n ~> EHLO client.contoso.com\n<~  250 mx.example.net\n ~> MAIL FROM:<alice@contoso.com>\n<~  250 2.1.0 Ok\n ~> RCPT TO:<bob@example.net>\n<~  250 2.1.5 Ok\n ~> DATA\n<~  354 go ahead\n ~> .\n<~  250 2.0.0 Ok: queued as 12AB'
    expect(Object.keys(byRecipient(text))).toEqual([])
  })

  it('fails none of a pasted To: when the note says only one bounced without naming its address', () => {
    const text =
      'From: Alice <alice@contoso.com>\nTo: bob@example.net, carol@example.net, dave@example.net\nSubject: Minutes\n\nOnly carol bounced, the others got it. Bounce said: 550 5.1.1 User unknown'
    expect(byRecipient(text)['bob@example.net']).toBeUndefined()
  })
})
