// Fact reviews 28 and 29: replies an SMTP expert fed the explainer, each with the reading the RFC
// or the vendor's documentation gives, and the text the page shows for it.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { headline, shown } from '../helpers/bounce-shown'

describe('a session typed by hand', () => {
  it('reads the command on the line above a reply, without transcript markers', () => {
    expect(headline('STARTTLS\n502 5.5.1 Error: command not implemented')).toMatchObject({
      command: 'STARTTLS',
      reason: 'tls-required',
    })
    expect(
      headline('EHLO me\n250 mx.example.net\nRCPT TO:<bob@example.net>\n550 5.1.1 User unknown'),
    ).toMatchObject({
      command: 'RCPT TO',
      reason: 'unknown-user',
      recipient: 'bob@example.net',
    })
  })

  it('does not take base64 padding in an AUTH exchange for quoted-printable soft line breaks', () => {
    const r = analyzeBounceReport(
      'AUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2U=\n334 UGFzc3dvcmQ6\ncGFzcw==\n535 5.7.8 Authentication credentials invalid',
    )
    expect(r.decoded).toBe(false)
    expect(r.headline).toMatchObject({ reply: '535', reason: 'login-failed', action: 'not-sent' })
  })
})

describe('codes read by the reply they come with', () => {
  it.each([
    // RFC 4954 §6: 530 "Authentication required" says more than its generic 5.7.0.
    ['530 5.7.0', 'relay-denied'],
    // X.7.12 is registered with 432 only; a 550 5.7.12 is Microsoft's "not authenticated by organization".
    ['550 5.7.12', 'recipient-restricted'],
    // A server that answered 541 5.4.1 did answer: Zoho's recipient-domain rule, not "no answer from host".
    ['541 5.4.1', 'recipient-restricted'],
    ['550 5.4.1', 'unknown'],
    // RFC 4954 §6 (historic): encryption required for the mechanism.
    ['SMTP Error: 538', 'tls-required'],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it('keeps X.4.1 a network failure when the reporting server gives it with no reply', () => {
    const dsn =
      'Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.net: Connection timed out'
    expect(headline(dsn)?.reason).toBe('network')
  })
})

describe('RFC 4954 login replies, with the cure each needs', () => {
  it('tells 432 4.7.12 to log in once with PLAIN, not to make an app password', () => {
    const text = '432 4.7.12 A password transition is needed'
    expect(headline(text)?.reason).toBe('login-method')
    expect(shown(text, 'advice')).toMatch(/once with the PLAIN method/)
    expect(shown(text, 'advice')).not.toMatch(/Create an app password/)
  })

  it.each([
    'AUTH CRAM-MD5\n504 5.5.4 Unrecognized authentication type',
    'AUTH LOGIN\n504 5.7.4 Unrecognized authentication type',
    '504 5.5.4 Unrecognized authentication type',
  ])('names both cures of a refused mechanism (§4: unsupported, or needs encryption): %s', (text) => {
    expect(headline(text)?.reason).toBe('login-method')
    expect(shown(text, 'advice')).toMatch(/turn on SSL\/TLS or STARTTLS/)
    expect(shown(text, 'advice')).toMatch(/login method the server offers/)
    expect(shown(text, 'explanation')).not.toMatch(/certificate/)
  })

  it('tells a login line too long (500 5.5.6) to change method, not to make an app password', () => {
    const text = '500 5.5.6 Authentication Exchange line is too long'
    expect(shown(text, 'advice')).toMatch(/another login method the server offers/)
    expect(shown(text, 'advice')).not.toMatch(/app password/)
  })

  it("reads a relay host's AUTH refusal in a Postfix bounce as returned, not as a program's error", () => {
    expect(
      headline(
        '<bob@example.net>: host relay.example.com[192.0.2.1] said: 500 5.5.6 Authentication Exchange line is too long (in reply to AUTH command)',
      ),
    ).toMatchObject({
      action: 'failed',
      command: 'AUTH',
      reason: 'login-method',
      recipient: 'bob@example.net',
    })
  })
})

describe('a protocol refusal is no badly written address', () => {
  it.each([
    '555 5.5.4 Unsupported option: NOTIFY=SUCCESS',
    'RCPT TO:<bob@example.org> NOTIFY=SUCCESS\n555 5.5.4 Unsupported option: NOTIFY=SUCCESS',
    'RCPT TO:<bob@example.org>\n503 5.5.1 Error: need MAIL command',
  ])('%s', (text) => {
    expect(headline(text)?.reason).toBe('protocol')
    expect(shown(text, 'advice')).not.toMatch(/Retype the address/)
  })

  it('tells a server’s refusal of a non-ASCII address (553 5.6.7) to turn on SMTPUTF8 on the sending side, or use an ASCII address (RFC 6531 §3.5)', () => {
    expect(shown('553 5.6.7 Non-ASCII addresses not permitted for that recipient', 'advice')).toMatch(
      /sending server's administrator to turn on SMTPUTF8.*ASCII letters only/,
    )
  })

  it('tells the recipient’s side to act where the receiving server offered no SMTPUTF8 (Postfix’s “was not offered”)', () => {
    expect(
      shown(
        '<jörg@example.net>: SMTPUTF8 is required, but was not offered by host mx.example.net[192.0.2.1]\nStatus: 5.6.7',
        'whoActs',
      ),
    ).toMatch(/recipient's side/)
  })
})

describe("programs' errors that were read as bounces", () => {
  it.each([
    [
      'SMTP ERROR: MAIL FROM command failed: 530 5.7.0 Must issue a STARTTLS command first',
      'MAIL FROM',
      'tls-required',
    ],
    [
      'SMTP ERROR: RCPT TO command failed: 550 5.1.1 <bob@example.net>: User unknown',
      'RCPT TO',
      'unknown-user',
    ],
    ['SMTP ERROR: DATA END command failed: 554 5.7.1 Message rejected as spam', 'DATA', 'spam-content'],
    [
      'SMTP ERROR: Password command failed: 535 5.7.8 Username and Password not accepted',
      'AUTH',
      'login-failed',
    ],
    ['Error: Message failed: 550 5.4.5 Daily user sending quota exceeded.', 'DATA', 'sender-account'],
  ] as const)("PHPMailer's and nodemailer's own words: %s", (text, command, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', command, reason })
  })

  it("reads a resolver failing on the program's own server name as that server, not the recipient's domain", () => {
    expect(headline('Error: getaddrinfo ENOTFOUND smtp.exmaple.com')).toMatchObject({
      action: 'not-sent',
      reason: 'outgoing-server',
    })
  })

  it("keeps fetchmail's SMTP error a bounce, and does not name the address it bounced to", () => {
    const h = headline(
      'fetchmail: SMTP error: 554 5.7.1 Spam message rejected; If this is not spam contact abuse\nfetchmail: mail from MAILER-DAEMON@example.com bounced to alice@example.org',
    )
    expect(h).toMatchObject({ action: 'failed', reason: 'spam-content', recipient: null })
  })
})

describe('names that fit the code', () => {
  it.each(['452 4.5.3 Error: too many recipients', '552 5.5.3 Too many recipients'])(
    'calls too many recipients a limit per message, not a rate (RFC 5321 §4.5.3.1.10): %s',
    (text) => {
      expect(headline(text)?.reason).toBe('rate-limited')
      expect(shown(text, 'title')).toBe('Too many recipients for one message')
      expect(shown(text, 'explanation')).toMatch(/limit per message, not per hour/)
    },
  )

  it.each([
    '556 5.1.10 <bob@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)',
    '521 5.3.2 mx.example.org Server does not accept mail',
  ])('calls a domain that accepts no mail (RFC 7505, RFC 7504) existing, not unknown: %s', (text) => {
    expect(headline(text)?.reason).toBe('host-not-found')
    expect(shown(text, 'title')).toBe('Recipient domain accepts no mail')
    // Not the usual "check the domain's DNS, resend once it is fixed": it refuses mail on purpose.
    expect(shown(text, 'advice')).toMatch(/^Resending cannot help/)
  })

  it('keeps the usual title where no code says otherwise', () => {
    expect(
      shown(
        '550 5.1.2 Host or domain name not found. Name service error for name=exmaple.org type=A',
        'title',
      ),
    ).toBe('Recipient domain not found')
  })
})

describe('a DATA that had no recipient left', () => {
  it("reads Postfix's 'no valid recipients' by the refusal before it, or as a protocol reply alone", () => {
    expect(
      headline(
        'RCPT TO:<bob@example.org>\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\nDATA\n554 5.5.1 Error: no valid recipients',
      ),
    ).toMatchObject({ reply: '550', reason: 'unknown-user', recipient: 'bob@example.org' })
    expect(headline('DATA\n554 5.5.1 Error: no valid recipients')).toMatchObject({
      action: 'not-sent',
      reason: 'protocol',
    })
  })

  it('reads a STARTTLS typed by hand and refused as not sent: nothing retries it', () => {
    expect(headline('STARTTLS\n454 4.7.0 TLS not available due to local problem')?.action).toBe('not-sent')
  })
})

describe('the code a program waited for is not the reply it got', () => {
  it.each([
    ['Expected response code "250" but got an empty response.', null, 'outgoing-server'],
    ['Expected response code 354 but got code "250", with message "250 Accepted"', '250', 'unknown'],
    [
      'Expected response code(s) [250, 251] but got response [530 5.7.0 Must issue a STARTTLS command first]',
      '530',
      'tls-required',
    ],
  ] as const)('%s', (text, reply, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reply, reason })
  })
})

describe('addresses that did not fail', () => {
  it.each([
    // RFC 5321 §3.4: 551's forward-path is where the recipient went.
    '551 5.1.6 User not local; please try <bob@new.example.org>',
    // AT&T names whom to ask.
    '553 5.3.0 flpd573 DNSBL:RBL 521< 192.0.2.1 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
  ])('%s', (text) => {
    expect(headline(text)?.recipient ?? null).toBeNull()
  })
})

describe('causes the words state', () => {
  it("reads a provider's outgoing-message limit as the sender's own account, not the recipient's policy", () => {
    expect(
      headline(
        'smtplib.SMTPDataError: (554, b"5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.")',
      ),
    ).toMatchObject({ action: 'not-sent', reason: 'sender-account' })
  })

  it("reads Microsoft's refusal of TLS 1.0 and 1.1 as the encryption, not an unexplained deferral", () => {
    expect(
      headline(
        '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
      )?.reason,
    ).toBe('tls-required')
  })

  it('reads a HELO name that is not fully qualified as the sending server’s name to fix', () => {
    for (const text of [
      '555 helohost error.',
      '503-R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)',
    ])
      expect(headline(text)?.reason, text).toBe('helo-name')
  })
})
