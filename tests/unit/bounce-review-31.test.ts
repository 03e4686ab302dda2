// Fact review 31: a typed session with several recipients, a relay login still queued, programs'
// one-line connection errors, and a sender login mismatch at the recipient's MX.
import { describe, expect, it } from 'vitest'
import { headline, shown } from '../helpers/bounce-shown'

describe('a session typed by hand with several recipients (RFC 5321 §4.1)', () => {
  it.each([
    'RCPT TO:<a@example.org>\n250 2.1.5 Ok\nRCPT TO:<b@example.org>\n550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in virtual mailbox table\nDATA\n354 End data with <CR><LF>.<CR><LF>\n.\n250 2.0.0 Ok: queued as 4F1A2',
    'C: RCPT TO:<a@example.org>\nS: 250 2.1.5 Ok\nC: RCPT TO:<b@example.org>\nS: 552 5.2.2 Mailbox full',
  ])('names the refused recipient, not the one the server accepted: %s', (text) => {
    expect(headline(text)?.recipient).toBe('b@example.org')
  })
})

describe("a sending server's relay login, still queued", () => {
  const notice = `Subject: Delayed Mail (still being retried)
From: MAILER-DAEMON@sender.example (Mail Delivery System)

This is the mail system at host mx.sender.example.

# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<sue@example.org>: SASL authentication failed; server smtp.isp.example[192.0.2.9]
    said: 535 5.7.8 Error: authentication failed: authentication failure
`
  const log =
    'Nov 30 10:00:00 mx postfix/smtp[123]: 4F1A2: to=<bob@example.net>, relay=smtp-mail.outlook.com[40.104.0.1]:587, delay=5, dsn=4.0.0, status=deferred (SASL authentication failed; server smtp-mail.outlook.com[40.104.0.1] said: 535 5.0.0 Authentication Failed)'

  it.each([notice, log])('is delayed, the server administrator’s to fix, and not to be resent', (text) => {
    expect(headline(text)).toMatchObject({ action: 'delayed', reason: 'login-failed', command: 'AUTH' })
    expect(shown(text, 'whoActs')).toBe("The sending server's administrator")
    expect(shown(text, 'advice')).toMatch(/do not send it again/)
  })
})

describe("programs' one-line connection errors: nothing was sent, nothing retries", () => {
  it.each([
    'Error: connect ECONNREFUSED 127.0.0.1:587',
    'Error: connect ETIMEDOUT 74.125.140.108:465',
    'socket.gaierror: [Errno -2] Name or service not known',
    'Error: queryA ENOTFOUND smtp.gmial.com',
    'Error: Greeting never received',
  ])('%s', (text) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'outgoing-server' })
  })
})

describe('Microsoft 365 and Postfix refusals of a login', () => {
  it("names the tenant's administrator for 5.7.139, also at a relay host", () => {
    for (const text of [
      '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
      '<sue@example.org>: host smtp.office365.com[52.96.0.1] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. (in reply to AUTH command)',
    ]) {
      expect(shown(text, 'whoActs'), text).toBe("The organisation's Microsoft 365 administrator")
      // Not 534's weak mechanism and Gmail's app password: the tenant's policy.
      expect(shown(text, 'explanation'), text).toMatch(/organisation's own policy/)
    }
  })

  it('reads "Sender address rejected: not logged in" at the recipient\'s MX as a login owed, not its MX records', () => {
    expect(
      headline(
        '<bob@example.org>: host mx.example.org[192.0.2.7] said: 553 5.7.1 <me@sender.example>: Sender address rejected: not logged in (in reply to RCPT TO command)',
      )?.reason,
    ).toBe('relay-denied')
  })
})

describe('fact review 32', () => {
  it("gives a queued relay login refused by Microsoft's tenant policy (4.7.139 in the log) the tenant's administrator", () => {
    const text =
      'Nov 30 10:00:00 mx postfix/smtp[1]: 4F: to=<bob@example.net>, relay=smtp.office365.com[52.96.0.1]:587, dsn=4.7.139, status=deferred (SASL authentication failed; server smtp.office365.com[52.96.0.1] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.)'
    expect(headline(text)).toMatchObject({ action: 'delayed', reason: 'login-method' })
    expect(shown(text, 'whoActs')).toBe("The organisation's Microsoft 365 administrator")
  })

  it("gives a relay's web-login demand the sending server's administrator", () => {
    const text =
      '<sue@example.org>: host smtp.gmail.com[142.250.0.1] said: 534-5.7.14 <https://accounts.google.com/signin/continue> Please log in via your web browser and then try again. (in reply to AUTH command)'
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'login-blocked' })
    expect(shown(text, 'whoActs')).toBe("The sending server's administrator")
  })

  it.each([
    '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant',
    'message has lines too long for transport (received 3896, limit 2048)',
  ])('reads a message the sending program wrote wrongly as its format: %s', (text) => {
    expect(headline(text)?.reason).toBe('message-format')
  })

  it('does not take a rule of "=" signs for quoted-printable soft line breaks', () => {
    const text = '====\nstatus=deferred (host mx.example.net[192.0.2.1] said: 450 4.2.0 greylisted)\n===='
    expect(headline(text)?.action).toBe('delayed')
  })
})

describe('fact review 33', () => {
  it("reads a relay login a Postfix log line bounced as returned, the server administrator's", () => {
    const text =
      'Nov 30 10:00:00 mx postfix/smtp[1]: 4F: to=<ivy@example.net>, relay=smtp.office365.com[52.96.0.1]:587, delay=2, dsn=5.7.3, status=bounced (SASL authentication failed; server smtp.office365.com[52.96.0.1] said: 535 5.7.3 Authentication unsuccessful [X])'
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'login-failed', command: 'AUTH' })
    expect(shown(text, 'whoActs')).toBe("The sending server's administrator")
  })

  it("reads Postfix's SASL client with no mechanism as the server's login method at its relay", () => {
    const text =
      'Nov 30 10:00:00 mx postfix/smtp[1]: 4F: to=<ivy@example.net>, relay=smtp.gmail.com[142.250.0.1]:587, delay=2, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.gmail.com[142.250.0.1]: no mechanism available)'
    expect(headline(text)).toMatchObject({ action: 'delayed', reason: 'login-method', command: 'AUTH' })
    expect(shown(text, 'advice')).toMatch(/smtp_sasl_security_options/)
  })

  it.each([
    '550 5.1.0 Sender rejected: <me@example.com> Sender domain has no MX record',
    '550 Sender domain has no MX record (me@example.com)',
  ])(
    "reads a sender domain without MX as the sender's, and does not name the sender as the recipient: %s",
    (text) => {
      expect(headline(text)).toMatchObject({ reason: 'sender-domain', recipient: null })
    },
  )
})
