// Fact review 30: replies an SMTP expert fed the explainer after review 29's fixes, each with the
// reading the RFC or the vendor's documentation gives, and the text the page shows for it.
import { describe, expect, it } from 'vitest'
import { headline, shown } from '../helpers/bounce-shown'

/** A Postfix DSN about one recipient. */
const dsn = (action: string, status: string, diagnostic: string, body = '') =>
  `Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; sue@example.org\nAction: ${action}\nStatus: ${status}\nDiagnostic-Code: smtp; ${diagnostic}\n${body}`

describe('too many recipients, by what became of the message (RFC 5321 §4.5.3.1.10)', () => {
  it('tells a returned recipient to be sent again, not that the server will finish by itself', () => {
    const text = dsn('failed', '5.5.3', '552 5.5.3 Too many recipients')
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'rate-limited' })
    expect(shown(text, 'advice')).toMatch(/^These recipients were returned/)
    expect(shown(text, 'whoActs')).toMatch(/^The sender: send the message to the returned recipients again/)
  })

  it('tells a mail program to split the list, not to wait', () => {
    const text = 'RCPT TO:<x101@example.org>\n452 4.5.3 Too many recipients'
    expect(headline(text)?.action).toBe('not-sent')
    expect(shown(text, 'whoActs')).toBe('The sender: send to fewer recipients per message')
    expect(shown(text, 'advice')).toMatch(/Waiting does not help/)
  })
})

describe("a recipient's mailbox receiving too much mail (pass 30)", () => {
  it.each([
    '450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    '550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
  ])('names the recipient’s flood, not the sender’s rate: %s', (text) => {
    expect(headline(text)?.reason).toBe('rate-limited')
    expect(shown(text, 'title')).toBe("The recipient's mailbox is receiving too much mail")
    expect(shown(text, 'whoActs')).not.toMatch(/sending server's administrator/)
  })
})

describe("a sending server's own login at its relay host", () => {
  it.each([
    ['535 5.7.8 Error: authentication failed: authentication failure', 'login-failed'],
    ['504 5.7.4 Unrecognized authentication type', 'login-method'],
  ])('is the server administrator’s to fix, not the mail program’s: %s', (reply, reason) => {
    const text = `<sue@example.org>: host relay.isp.example[192.0.2.9] said: ${reply} (in reply to AUTH command)`
    expect(headline(text)).toMatchObject({ action: 'failed', command: 'AUTH', reason })
    expect(shown(text, 'whoActs')).toBe("The sending server's administrator")
    expect(shown(text, 'explanation')).toMatch(/your own mail program's login was fine/)
  })

  it("keeps a mail program's own refused login the sender's", () => {
    expect(shown('AUTH LOGIN\n535 5.7.8 Authentication credentials invalid', 'whoActs')).toBe(
      'The sender: fix the login in the mail program',
    )
  })
})

describe('Microsoft 365 and Yahoo wordings', () => {
  it("reads 5.7.139 'did not meet the criteria … Contact your administrator' as the tenant's rule, not a password", () => {
    expect(
      headline(
        '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
      )?.reason,
    ).toBe('login-method')
  })

  it("labels Yahoo's 554 5.7.9 as Yahoo's own use of the registered code", () => {
    const h = headline(
      '554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes',
    )
    expect(h).toMatchObject({ reason: 'auth-failed', vendorUse: 'yahoo-5-7-9-policy' })
  })

  it.each([
    ['432 4.3.2 Concurrent connections limit exceeded', 'rate-limited'],
    ['421 4.3.2 All server ports are busy', 'deferred'],
    // A 5xx reply is no deferral, whatever class its enhanced code has.
    ['554 4.3.2 mailbox server is too busy', 'system-error'],
  ] as const)('reads a busy server by its class and words: %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })
})

describe('codes from one reply, and words that say more than the code', () => {
  it('takes the enhanced code of the reply it explains, not a later reply of another class', () => {
    expect(
      headline(
        'RCPT TO:<bob@example.org>\n451 4.3.0 <bob@example.org>: Temporary lookup failure\nDATA\n503 5.5.1 Error: need RCPT command',
      ),
    ).toMatchObject({ reply: '451', enhanced: '4.3.0' })
  })

  it("keeps a Postfix log's failure beside nodemailer's '250 … queued'", () => {
    const text =
      "postfix/smtp[1432]: 0CA4412040B: to=<w@an34er.example>, relay=none, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=an34er.example type=AAAA: Host not found)\n\n{ accepted: [ 'w@an34er.example' ], response: '250 2.0.0 Ok: queued as 0CA4412040B' }"
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'host-not-found' })
  })

  it.each([
    ['502 5.5.2 Error: command not recognized', 'protocol'],
    ['500 5.5.1 Command unrecognized: "XYZZY"', 'protocol'],
    ['421 4.1.8 <spoof@example.com>: Sender address rejected: Sender address blocked', 'policy'],
    ['554 5.7.1 <unknown[203.0.113.9]>: Client host rejected: Access denied', 'policy'],
    ['550 5.7.1 Message rejected: the recipient has closed the connection to outside senders', 'policy'],
    ['smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'tls-required'],
    [
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. The server certificate could not be validated',
      'tls-required',
    ],
    // Gmail's wrapper quoting the server's own reply: the reply decides.
    [
      'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [parkmail.example. 203.0.113.8: 421 parkmail.example your ip address has been banned due to spam complaints 209.85.167.50]',
      'blocked',
    ],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it("tells a program's own server fault that no bounce will come", () => {
    const text = 'Error: Data command failed: 451 4.3.0 Error: queue file write error'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'system-error' })
    expect(shown(text, 'advice')).toMatch(/No bounce will come/)
  })
})
