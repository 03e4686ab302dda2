// Fact review 34 and blind pass 32: several recipients each read on their own, German delay
// notices, Exim's and Postfix's own logins at a relay, swaks and protocol logs, qmail-send's log,
// Windows' refused connection, refused sender domains in other words, and what a mail program's
// own server refuses.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

describe('a report about several recipients reads each one on its own (RFC 3464 §2.3)', () => {
  it("does not give one recipient's expiry or error to another (Exim)", () => {
    const all = byRecipient(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.net
    host mx.example.net [203.0.113.5]
    SMTP error from remote mail server after RCPT TO:<bob@example.net>:
    550 5.1.1 User unknown
  dave@example.com
    retry timeout exceeded
`)
    expect(all['bob@example.net']).toMatchObject({ action: 'failed', reason: 'unknown-user', cause: null })
    expect(all['dave@example.com']).toMatchObject({ action: 'failed', reason: 'expired' })
    expect(all['dave@example.com']?.cause).not.toBe('unknown-user')
  })

  it("does not take another recipient's cause or reply in a DSN pasted without its MIME parts", () => {
    const all = byRecipient(`Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filtering

Final-Recipient: rfc822; dave@example.com
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx.example.com[192.0.2.55]:25: Connection timed out

Final-Recipient: rfc822; erin@example.org
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
`)
    expect(all['bob@example.net']?.reason).toBe('spam-content')
    expect(all['dave@example.com']).toMatchObject({ reason: 'expired', cause: 'network', reply: null })
    expect(all['erin@example.org']).toMatchObject({ action: 'delayed', reason: 'mailbox-full' })
  })

  it('reads each line of a Postfix log by its own status, the last line of a recipient deciding', () => {
    const all = byRecipient(
      [
        'Jun  5 15:02:10 mail01 postfix/smtp[20431]: 7C2D9E1F02: to=<jdoe@example.net>, relay=mx.example.net[203.0.113.25]:25, status=deferred (connect to mx.example.net[203.0.113.25]:25: Connection timed out)',
        'Jun  5 15:09:21 mail01 postfix/smtp[20441]: 7C2D9E1F02: to=<team@example.net>, relay=mx.example.net[203.0.113.25]:25, status=bounced (host mx.example.net[203.0.113.25] said: 550 5.1.1 User unknown)',
        'Jun  5 15:41:55 mail01 postfix/smtp[20460]: 7C2D9E1F02: to=<jdoe@example.net>, relay=mx.example.net[203.0.113.25]:25, status=sent (250 2.0.0 OK: queued as D4E5F6)',
      ].join('\n'),
    )
    expect(all['team@example.net']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
    expect(all['jdoe@example.net']).toMatchObject({ action: 'delivered', reason: 'delivered' })
  })

  it('lists every recipient the readable part names when the DSN fields name fewer', () => {
    const text = `This is the mail system at host monserveur.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<camille@example.net>: Spam message rejected

<lm0@example.org>: Spam message rejected

<monique@example.com>: Spam message rejected

Reporting-MTA: dns; monserveur.fr

Final-Recipient: rfc822; camille@example.net
Action: failed
Status: 5.7.1
`
    const all = byRecipient(text)
    expect(Object.keys(all).sort()).toEqual(['camille@example.net', 'lm0@example.org', 'monique@example.com'])
    for (const r of Object.values(all)) expect(r).toMatchObject({ action: 'failed', reason: 'spam-content' })
  })
})

describe("Exchange's German delay notice is a delay, not a return", () => {
  it.each([
    `Die Zustellung an diese Empfänger oder Gruppen wurde verzögert:

bob@contoso.com

Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.

Diagnoseinformationen für Administratoren:

bob@contoso.com
Remote Server at mx.contoso.com (203.0.113.5) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."'`,
    `Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert:

bob@example.net

Betreff: Angebot
Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.`,
  ])('%#', (text) => {
    expect(headline(text)?.action).toBe('delayed')
  })

  it('still reads "konnte nicht zugestellt werden" as returned', () => {
    expect(
      headline('Die Nachricht konnte nicht zugestellt werden.\n\nbob@example.net\n550 5.1.1 User unknown')
        ?.action,
    ).toBe('failed')
  })
})

describe("a sending server's own login at its relay host is its administrator's", () => {
  it.each([
    [
      '2026-11-30 10:00:01 1vXyZa-000abc-12 == bob@example.net R=smarthost T=remote_smtp_smarthost defer (-42): authentication required but authentication attempt(s) failed',
      'delayed',
      'login-failed',
    ],
    [
      '2026-11-30 10:00:01 1vXyZa-000abc-12 ** bob@example.net R=smarthost T=remote_smtp_smarthost: authentication required but authentication attempt(s) failed',
      'failed',
      'login-failed',
    ],
    [
      '2026-11-30 10:00:01 1vXyZa-000abc-12 == bob@example.net R=smarthost T=remote_smtp_smarthost defer (-42): authentication required but no authentication mechanism was found',
      'delayed',
      'login-method',
    ],
    [
      '2026-11-30 10:00:01 1vXyZa-000abc-12 == bob@example.net R=smarthost T=remote_smtp_smarthost defer (-42): authentication required but authentication attempt(s) failed\n2026-11-30 10:00:01 1vXyZa-000abc-12 smarthost authenticator failed H=smtp.relay.example [203.0.113.9] 535 5.7.8 Error: authentication failed',
      'delayed',
      'login-failed',
    ],
  ])('Exim: %s', (text, action, reason) => {
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', action, reason, command: 'AUTH' })
    expect(shown(text, 'whoActs')).toMatch(/sending server's administrator/)
  })

  it('names the recipient of a Postfix log line, whatever stopped it', () => {
    const text =
      'Nov 30 10:00:01 mx postfix/smtp[123]: ABC123: to=<ivy@example.net>, relay=smtp.gmail.com[192.0.2.4]:587, delay=1, dsn=4.7.8, status=deferred (SASL authentication failed; server smtp.gmail.com[192.0.2.4] said: 535-5.7.8 Username and Password not accepted.)'
    expect(headline(text)).toMatchObject({ recipient: 'ivy@example.net', action: 'delayed' })
  })

  it('reads a queued 454 in a delay DSN as nobody’s yet, with nothing to resend', () => {
    const text = `Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; bob@example.net
Action: delayed
Status: 4.7.0
Diagnostic-Code: smtp; 454 4.7.0 Temporary authentication failure
Remote-MTA: dns; smtp.relay.example.org`
    expect(headline(text)).toMatchObject({ action: 'delayed', reason: 'login-temporary', command: 'AUTH' })
    expect(shown(text, 'whoActs')).toMatch(/^Nobody yet/)
    expect(shown(text, 'advice')).toMatch(/Do not send it again/)
  })

  it('gives a relay refused by Microsoft 365 tenant policy a connector, not a mail program’s OAuth', () => {
    const text =
      'Nov 30 10:00:01 mx postfix/smtp[123]: ABC123: to=<ivy@example.net>, relay=smtp.office365.com[52.96.1.1]:587, delay=1, dsn=5.7.139, status=bounced (SASL authentication failed; server smtp.office365.com[52.96.1.1] said: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.)'
    expect(shown(text, 'advice')).toMatch(/connector/)
    expect(shown(text, 'advice')).not.toMatch(/program must log in/)
  })
})

describe('a one-shot client’s session: nothing queues it, nothing retries it', () => {
  it.each([
    '=== Trying mx.example.net:25...\n=== Connected to mx.example.net.\n<-  220 mx.example.net ESMTP\n -> RCPT TO:<bob@example.net>\n<** 450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html\n -> QUIT',
    'C: MAIL FROM:<sender@example.com> SIZE=1618\nC: RCPT TO:<recipient@example.net>\nS: 550 5.7.1 Service unavailable, Client host [192.0.2.123] blocked using Spamhaus.',
    'There was an unexpected problem communicating with SMTP: Unexpected return code -\nExpected: 250, Got: 553 | 553 5.7.1 Sender address rejected: not owned by auth user.',
  ])('%s', (text) => {
    expect(headline(text)?.action).toBe('not-sent')
  })
})

describe("qmail-send's log, its spaces written as underscores", () => {
  it('finds the reply and the recipient of a failure line', () => {
    const text =
      '@40000000419f13a508f3214c delivery 5: failure: 130.57.1.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<andrea@example.com>_is_not_a_valid_mailbox./Giving_up_on_130.57.1.11./'
    expect(headline(text)).toMatchObject({
      recipient: 'andrea@example.com',
      action: 'failed',
      reason: 'unknown-user',
      reply: '550',
      enhanced: '5.1.1',
    })
  })

  it('shows the line as pasted, its codes marked where they stand', () => {
    const text =
      '@40000000419f13a508f3214c delivery 5: failure: 130.57.1.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<andrea@example.com>_is_not_a_valid_mailbox./'
    const report = analyzeBounceReport(text)
    expect(report.text).toBe(text)
    const found = report.findings.find((f) => f.code === '550')
    expect(found && text.slice(found.start, found.end)).toBe('550')
  })

  it('keeps a deferral delayed: "Giving up on" one host is not giving up on the message', () => {
    const text =
      '@40000000419f13a508f3214c delivery 6: deferral: 198.51.100.175_does_not_like_recipient./Remote_host_said:_451_4.7.1_IP_Reputation_Greylisted/Giving_up_on_198.51.100.175./'
    expect(headline(text)).toMatchObject({ action: 'delayed', reply: '451' })
  })

  it("keeps an address's own underscore", () => {
    const text =
      '@40000000419f13a508f3214c delivery 7: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_<john_doe@example.com>_User_unknown/'
    expect(headline(text)?.recipient).toBe('john_doe@example.com')
  })
})

describe("a mail program's own connection, not a server's refusal", () => {
  it.each([
    'System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it. [::ffff:203.0.113.5]:587',
    "Error: Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in the cert's altnames: DNS:*.hosting.example",
    'MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.',
    // PHPMailer prints "Could not authenticate" when the connection died before any reply too.
    '2020-04-14 14:19:54 Connection: opened\n2020-04-14 14:22:39 SERVER -> CLIENT: \n2020-04-14 14:22:39 SMTP NOTICE: EOF caught while checking if connected\n2020-04-14 14:22:39 Connection: closed\nSMTP Error: Could not authenticate.\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
  ])('%s', (text) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'outgoing-server' })
  })

  it('tells a program refused for want of TLS to fix its own encryption, ports named', () => {
    const text = 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'tls-required' })
    expect(shown(text, 'whoActs')).toMatch(/^The sender/)
    expect(shown(text, 'advice')).toMatch(/587/)
    expect(shown(text, 'advice')).toMatch(/465/)
  })
})

describe("a refused sender's domain, in other words, is the sender's", () => {
  it.each([
    '550 No MX for your FROM address',
    '550 Sender domain has no MX or A record',
    '550 5.7.1 Sender domain example.com does not have a valid MX record',
    "501 5.1.8 Bad sender's mail address: no such domain",
    "smtplib.SMTPSenderRefused: (550, b'No MX for your FROM address', 'me@example.com')",
    '450 4.1.7 <x@spam.example>: Sender address rejected: unverified address: host mx.spam.example[192.0.2.8] said: 550 5.1.1 No such user',
  ])('%s', (text) => {
    expect(headline(text)?.reason).toBe('sender-domain')
  })

  it('does not name the sender as the recipient', () => {
    expect(headline('550 5.1.0 <me@example.com>: sender domain has no MX')).toMatchObject({
      reason: 'sender-domain',
      recipient: null,
    })
  })
})

describe('what a mail program’s own server refuses by its rule', () => {
  const rainloop = String.raw`[11:22:02.990][2fff2f7c] SMTP[DATA]: > RCPT TO:<user2@gmail.com>\r\n
[11:22:02.990][2fff2f7c] SMTP[DATA]: < 554 5.7.1 <user2@gmail.com>: Recipient address rejected: Access denied\r\n
[11:22:02.991][2fff2f7c] SMTP[ERROR]: MailSo\Smtp\Exceptions\NegativeResponseException: Failed to add recipient "user2@gmail.com": 554 5.7.1 <user2@gmail.com>: Recipient address rejected: Access denied`

  it('is not sent, and the administrator of that server acts, usually the sender’s own', () => {
    expect(headline(rainloop)).toMatchObject({ action: 'not-sent', reason: 'recipient-restricted' })
    expect(shown(rainloop, 'whoActs')).toMatch(/your own outgoing server/)
    expect(shown(rainloop, 'advice')).not.toMatch(/does not help/)
  })
})

describe('words that name a cause the reader can act on', () => {
  it.each([
    ['454 4.7.0 Too many login attempts, please try again later. d2-20020a05', 'login-temporary'],
    [
      'Nov 30 10:00:01 mx postfix/local[1]: ABC: to=<root@mx.example.com>, relay=local, delay=0.1, dsn=5.2.0, status=bounced (cannot update mailbox /var/mail/root for user root. error writing message: File too large)',
      'mailbox-full',
    ],
    [
      '554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception',
      'mailbox-full',
    ],
    ['554 Transaction failed: Local address contains control or whitespace', 'syntax'],
    ['550 invalid helo given', 'helo-name'],
  ])('%s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it('does not read a path in a traceback as the recipient', () => {
    const text = `Traceback (most recent call last):
  File "/usr/local/Cellar/python@3.9/3.9.0_2/Frameworks/Python.framework/Versions/3.9/lib/python3.9/smtplib.py", line 885, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'bryanb@example.org': (550, b'relay access denied - please authenticate')}`
    expect(headline(text)?.recipient).toBe('bryanb@example.org')
  })

  it('reads nothing into the filter headers of a delivered message', () => {
    const text = `Delivered-To: toto@example.fr
Received: from localhost (localhost [127.0.0.1])
    by mx.example.org (Postfix) with ESMTP id A68053035E5
X-Spam-Flag: NO
X-Spam-Status: No, score=-99.95 tagged_above=-9999 required=2.8
    tests=[FREEMAIL_FROM=0.001, USER_IN_WHITELIST=-100] autolearn=disabled
X-Greylist: delayed 90370 seconds by postgrey-1.34 at mx.example.org; Sat, 08 Apr 2017 01:07:58 CEST`
    expect(headline(text)).toBeUndefined()
  })
})

describe('an expired message names the side that fixes its last error (blind pass 32)', () => {
  const expired = (lastError: string) => `Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; ${lastError}
`
  it.each([
    [
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
      'rate-limited',
      /^The sending server's administrator/,
    ],
    [
      '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]',
      'blocked',
      /^The sending server's administrator/,
    ],
    ['421 4.4.2 Connection timed out', 'network', /^The recipient's side/],
  ])('%s', (lastError, cause, who) => {
    const text = expired(lastError)
    expect(headline(text)).toMatchObject({ reason: 'expired', cause })
    expect(shown(text, 'whoActs')).toMatch(who)
  })
})
