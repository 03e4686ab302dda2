// Fact review 35: recipients listed together share the report's cause, each still reads its own
// lines (Sendmail's transcript, Exim's paragraphs, OpenSMTPD's list); a program's one-line error
// with a code (Go's panic) is answered; Go's refused dial is the program's; a refused sender is
// never the recipient; a long run of blanks in a reply costs linear time (bench/micro/bounce.ts).
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

const eximDsnTwoRecipients = `From: Mail Delivery System <Mailer-Daemon@mail.example.com>
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="E1"

--E1
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob.smith@gmail.com
    host gmail-smtp-in.l.google.com [142.250.1.26]
    SMTP error from remote mail server after RCPT TO:<bob.smith@gmail.com>:
    550-5.1.1 The email account that you tried to reach does not exist.
    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser d2 - gsmtp
  carol@example.org
    host mx.example.org [198.51.100.20]
    SMTP error from remote mail server after RCPT TO:<carol@example.org>:
    452 4.2.2 Mailbox full
    retry timeout exceeded

--E1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Action: failed
Final-Recipient: rfc822;bob.smith@gmail.com
Status: 5.0.0
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

Action: failed
Final-Recipient: rfc822;carol@example.org
Status: 4.0.0
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--E1--`

const opensmtpdList = `Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

bob@example.net: Domain does not exist
carol@example.org: 550 5.7.1 Message rejected as spam

Below is a copy of the original message:`

const sendmailOwnReasons = `   ----- The following addresses had permanent fatal errors -----
<bob@example.net>
    (reason: 550 5.1.1 <bob@example.net>... User unknown)
<carol@example.net>
    (reason: 550 5.7.1 <carol@example.net>... Relaying denied)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> RCPT To:<bob@example.net>
<<< 550 5.1.1 <bob@example.net>... User unknown
550 5.1.1 <bob@example.net>... User unknown
>>> RCPT To:<carol@example.net>
<<< 550 5.7.1 <carol@example.net>... Relaying denied
550 5.7.1 <carol@example.net>... Relaying denied`

const sendmailSharedTranscript = `The original message was received at Mon, 23 Nov 2026 10:00:00 GMT
from client.example.com [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<bob@example.net>
<carol@example.net>
<dave@example.net>

   ----- Transcript of session follows -----
451 <bob@example.net>: Name server timeout
451 <carol@example.net>: Name server timeout
451 <dave@example.net>: Name server timeout
Message could not be delivered for 5 days
Message will be deleted from queue`

const sendmailWarning = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>
Subject: Warning: could not send message for past 4 hours

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 30 Nov 2026 06:00:00 GMT
from client.example.com [192.0.2.10]

   ----- The following addresses had transient non-fatal errors -----
<bob@example.net>
<carol@example.org>

   ----- Transcript of session follows -----
<bob@example.net>... Deferred: Connection timed out with mx.example.net.
... while talking to mx.example.org.:
>>> RCPT To:<carol@example.org>
<<< 452 4.2.2 <carol@example.org>... Mailbox full
<carol@example.org>... Deferred: 452 4.2.2 <carol@example.org>... Mailbox full
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old`

describe('recipients of one report, each with its own lines or the cause they share', () => {
  it("gives every address of Sendmail's list the transcript's cause when the list names none", () => {
    const all = byRecipient(sendmailSharedTranscript)
    expect(Object.keys(all)).toEqual(['bob@example.net', 'carol@example.net', 'dave@example.net'])
    for (const r of Object.values(all)) expect(r).toMatchObject({ reason: 'expired', cause: 'network' })
  })

  it("reads each address's own reason in a Sendmail notice, not the transcript's first reply", () => {
    const all = byRecipient(sendmailOwnReasons)
    expect(all['bob@example.net']?.reason).toBe('unknown-user')
    expect(all['carol@example.net']?.reason).toBe('relay-denied')
  })

  it("reads a recipient's own line in a Sendmail warning's transcript", () => {
    const all = byRecipient(sendmailWarning)
    expect(all['bob@example.net']).toMatchObject({ action: 'delayed', reason: 'network' })
    expect(all['carol@example.org']).toMatchObject({ action: 'delayed', reason: 'mailbox-full' })
  })

  it("lists every recipient of OpenSMTPD's 'address: error' lines with its own error", () => {
    const all = byRecipient(opensmtpdList)
    expect(all['bob@example.net']?.reason).toBe('host-not-found')
    expect(all['carol@example.org']?.reason).toBe('spam-content')
  })

  it("does not give a permanent refusal another recipient's expiry (Exim with its DSN)", () => {
    const all = byRecipient(eximDsnTwoRecipients)
    expect(all['bob.smith@gmail.com']).toMatchObject({ reason: 'unknown-user', reply: '550' })
    expect(all['carol@example.org']).toMatchObject({ reason: 'expired', cause: 'mailbox-full' })
  })
})

describe("a program's own error, whatever its first line looks like", () => {
  it.each([
    [
      'panic: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\ngoroutine 1 [running]:\nmain.main()\n\t/home/alice/send/main.go:24 +0x1d4\nexit status 2',
      'unknown-user',
    ],
    [
      'Reason: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\nThe message was not sent.',
      'unknown-user',
    ],
    ['2026/11/30 10:00:01 dial tcp 203.0.113.5:587: connect: connection refused', 'outgoing-server'],
    [
      '2026/11/30 10:00:01 tls: failed to verify certificate: x509: certificate is valid for mail.example.com, not smtp.example.com',
      'tls-required',
    ],
    ["smtp: server doesn't support AUTH", 'tls-required'],
    ['curl: (67) Login denied', 'login-failed'],
  ])('%s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it('reads a Go panic and a refused dial as not sent', () => {
    for (const text of [
      'panic: 535 5.7.8 Error: authentication failed: authentication failure\n\ngoroutine 1 [running]:',
      '2026/11/30 10:00:01 dial tcp 203.0.113.5:587: connect: connection refused',
    ])
      expect(headline(text)?.action, text).toBe('not-sent')
  })
})

describe('a refusal of the sender never names the sender as the recipient', () => {
  it.each([
    '550 5.7.1 [SPF] alice@example.com is not allowed to send mail from 198.51.100.7. Please see http://www.openspf.org/why.html?sender=alice@example.com&ip=198.51.100.7 for details.',
    '554 5.7.1 SPFBL alice@example.com is not allowed to send mail from 198.51.100.7.',
    '550 Sender alice@example.com not allowed',
    'Error: Mail command failed: 550 alice@example.com is not allowed to send mail from this host',
  ])('%s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it("reads an SPF daemon's refusal as the sending domain's authentication", () => {
    const text = '554 5.7.1 SPFBL alice@example.com is not allowed to send mail from 198.51.100.7.'
    expect(headline(text)?.reason).toBe('auth-failed')
    expect(shown(text, 'whoActs')).not.toMatch(/mail program/)
  })
})

describe("review 35's minors", () => {
  it("reads nodemailer's 'Invalid login' over Gmail's 454 throttle as a login held off, not a wrong password", () => {
    const text =
      "Error: Invalid login: 454 4.7.0 Too many login attempts, please try again later.\n  code: 'EAUTH',\n  responseCode: 454,\n  command: 'AUTH PLAIN'"
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'login-temporary' })
  })

  it("tells a program refused for its own listed IP address to send through the provider's server", () => {
    const text =
      'MailKit.Net.Smtp.SmtpCommandException: 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using zen.spamhaus.org'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'blocked' })
    expect(shown(text, 'advice')).toMatch(/port 587 with STARTTLS and a login/)
  })

  it("names Exim's settings, not only Postfix's, for a sending server's login at its smarthost", () => {
    const text =
      '2026-11-30 10:00:01 1vXyZa-000abc-12 == bob@example.net R=smarthost T=remote_smtp_smarthost defer (-42): authentication required but authentication attempt(s) failed'
    expect(shown(text, 'advice')).toMatch(/Exim: the client authenticator/)
  })
})

describe('blind pass 34', () => {
  it("reads relaying refused in a sending server's report as the recipient's server or the relay host, never the mail program", () => {
    for (const text of [
      `This is the mail system at host server4.example.co.uk.

<a@example.com>: host ibmr.example2.com[192.0.2.151] said: 550
    <a@example.com>... Relaying denied (in reply to RCPT TO command)`,
      'Diagnostic-Code: smtp; 550 5.7.1 Relaying denied',
    ]) {
      expect(headline(text)?.reason, text).toBe('relay-denied')
      expect(shown(text, 'whoActs'), text).toMatch(/^The recipient domain's administrator/)
      expect(shown(text, 'advice'), text).not.toMatch(/In the mail program/)
    }
  })

  it('reads a mechanism the server does not offer as the login method, not the password', () => {
    const text =
      'Sent: AUTH LOGIN\nGot: 535 5.7.8 Error: authentication failed: Invalid authentication mechanism'
    expect(headline(text)?.reason).toBe('login-method')
  })

  it("reads Postfix's 503 to AUTH as login not offered on that connection, ports named", () => {
    const text = 'Net::SMTPAuthenticationError: 503 5.5.1 Error: authentication not enabled'
    expect(shown(text, 'title')).toBe('Login not offered on this connection')
    expect(shown(text, 'advice')).toMatch(/587 with STARTTLS or 465/)
  })

  it("reads 5.1.7 at MAIL FROM as the sender's address, not an unknown recipient", () => {
    const text =
      'org.eclipse.angus.mail.smtp.SMTPSendFailedException: 501 5.1.7 Invalid address\nCaused by: org.eclipse.angus.mail.smtp.SMTPSenderFailedException: 501 5.1.7 Invalid address'
    expect(headline(text)).toMatchObject({ reason: 'syntax', command: 'MAIL FROM', recipient: null })
  })

  it("reads Microsoft's Polish 'bad outbound sender' as the sender's account", () => {
    const text =
      'Serwer zdalny zwrócił komunikat "550 5.1.8 Odmowa dostępu, nieprawidłowy nadawca wychodzący".'
    expect(headline(text)?.reason).toBe('sender-account')
  })
})
