// Fact review 49: the bounce's own addressee or sender under a label ("From:", "Sent by:", a "To:"
// line at the top, Gmail's "to alice@…" line) and Postfix's "Sender address [alice@…]" are never the
// failed recipient; an application's log line with its level, "Could not send email" and
// SMTPResponseException are the program's own: not sent. Review 50 confirmed them and found the
// top "To:" rule too wide: it now needs the daemon's name above it.
import { describe, expect, it } from 'vitest'
import { headline } from '../helpers/bounce-shown'

describe('fact review 49', () => {
  it.each([
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nto alice@contoso.com\n\nAddress not found\nYour message wasn't delivered because the address couldn't be found.\n550 5.1.1 The email account that you tried to reach does not exist.",
    'Mail delivery failed: returning message to sender\nFrom: Mail Delivery System\nTo: alice@contoso.com\n550 5.1.1 User unknown',
    'Your message to bob could not be delivered: mailbox full.\nSent by: alice@contoso.com',
    'Your message could not be delivered: 550 5.1.1 user unknown.\nFrom: alice@contoso.com',
    '554 5.7.1 Service unavailable; Sender address [alice@contoso.com] blocked using dbl.spamhaus.org',
  ])('never names the bounce’s own addressee or sender: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it.each([
    '2026-11-30T10:00:00Z ERROR failed to deliver message to carol@example.net: 452 4.2.2 Mailbox full',
    'Could not send email: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
    'org.apache.commons.mail.SMTPResponseException: 552 5.3.4 Message size exceeds fixed limit',
  ])("reads an application's own error as not sent: %s", (text) => {
    expect(headline(text)?.action).toBe('not-sent')
  })

  // Fact review 50: a "To:" line is the notice's own only under its daemon's name.
  it.each([
    'To: bob@example.net\nError: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
    'Failed recipient:\nTo: bob@example.net\n550 5.1.1 User unknown',
  ])('keeps a recipient named under a top "To:" line with no daemon above it: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it.each([
    'Message rejected: 550 5.7.1 Blocked.\nSent by alice@contoso.com on Mon, 30 Nov 2026',
    '550 5.7.1 Rejected: sending IP listed. Questions? Contact our support team at support@example.net',
  ])('never names the sender or a support desk: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it.each([
    'Exception: 550 5.7.60 SMTP; Client does not have permissions to send as this sender',
    'Unable to send email: 550 5.7.1 Relaying denied',
  ])("reads a program's generic error as not sent: %s", (text) => {
    expect(headline(text)?.action).toBe('not-sent')
  })
})
