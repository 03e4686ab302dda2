// Fact review 48: a greeting is the addressee's only when the address closes the line, so "Hello,
// we could not deliver … to bob@…" names bob; a transaction that succeeded fails nobody; a blank
// line before pipelined replies is no reply; contacts ("write to …", "please email …") and the
// sender of "sending from … to …" are never the recipient.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 48', () => {
  it.each([
    'Hello, we could not deliver your message to bob@example.net: 550 5.1.1 user unknown.\nIf you need help, write to helpdesk@contoso.com.',
    'Hinweis: bob@example.net konnte nicht zugestellt werden.\n550 5.1.1 Benutzer unbekannt',
    'Hey, mail to bob@example.net failed: 550 5.1.1 no such user',
    'Failed to send email from alice@contoso.com to bob@example.net: 550 5.1.1 User unknown',
    'Sending from alice@contoso.com to bob@example.net failed: 550 5.1.1 User unknown',
  ])('names the recipient a line greets or sends to: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it.each([
    '550 5.7.1 Blocked by policy. Please email helpdesk@example.net to be unblocked.',
    '554 5.7.1 Rejected: listed at zen.spamhaus.org. Reach out to mailadmin@example.net for help.',
  ])('never takes a contact for the recipient: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it('fails nobody when every recipient was accepted and the message queued', () => {
    const text =
      'Recipients: bob@example.net, carol@example.net\nRCPT TO:<bob@example.net>\n250 2.1.5 Ok\nRCPT TO:<carol@example.net>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\n.\n250 2.0.0 Ok: queued as 4F2A1'
    expect(Object.keys(byRecipient(text))).toEqual([])
  })

  it('skips a blank line before pipelined replies', () => {
    const text =
      'C: RCPT TO:<bob@example.net>\nC: RCPT TO:<carol@example.net>\nC: DATA\n\nS: 550 5.1.1 User unknown\nS: 250 2.1.5 Ok\nS: 354 go ahead'
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net'])
  })

  it.each([
    ['550 5.1.1 <nocturne@example.net>: Recipient address rejected: User unknown', 'nocturne@example.net'],
    [
      'Your message to abusepreventionteam@example.net could not be delivered: 550 5.1.1 no such user',
      'abusepreventionteam@example.net',
    ],
  ])('keeps a recipient whose name only begins like a desk: %s', (text, recipient) => {
    expect(headline(text)?.recipient).toBe(recipient)
  })
})
