import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOUNCE_EXAMPLES } from '../../src/smtp/bounce/examples'
import {
  analyzeBounce,
  analyzeBounceDetailed,
  type BounceFinding,
  MAX_BOUNCE_INPUT,
} from '../../src/smtp/bounce/find-codes'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { findVendorReuse } from '../../src/smtp/bounce/vendor'
import { findEnhancedCode } from '../../src/smtp/codes/enhanced-codes'
import { findReplyCode } from '../../src/smtp/codes/reply-codes'
import { BOUNCE_FIXTURES } from '../fixtures/bounces'

const codes = (text: string) => analyzeBounce(text).map((f) => f.code)
const simplify = (findings: BounceFinding[]) =>
  findings.map((f) => (f.command ? { code: f.code, command: f.command } : { code: f.code }))

/** The highlighted text is the code itself (leading zeros aside, which no fixture has). */
function expectOffsetsOnCodes(text: string, findings: BounceFinding[]) {
  for (const f of findings) {
    expect(text.slice(f.start, f.end)).toBe(f.code)
    const lineStart =
      text
        .split('\n')
        .slice(0, f.line - 1)
        .join('\n').length + (f.line > 1 ? 1 : 0)
    expect(f.start).toBeGreaterThanOrEqual(lineStart)
  }
}

describe('analyzeBounce on real-world formats', () => {
  it('has at least 15 fixtures covering distinct formats', () => {
    expect(BOUNCE_FIXTURES.length).toBeGreaterThanOrEqual(15)
    expect(new Set(BOUNCE_FIXTURES.map((f) => f.id)).size).toBe(BOUNCE_FIXTURES.length)
  })

  for (const fixture of BOUNCE_FIXTURES) {
    it(`${fixture.id}: ${fixture.mta}`, () => {
      const findings = analyzeBounce(fixture.text)
      expect(simplify(findings)).toEqual(fixture.expected)
      expectOffsetsOnCodes(fixture.text, findings)
      for (const f of findings) {
        // Enhanced codes outside the registry (Microsoft's 5.7.54) are found only after a reply code.
        if (f.kind === 'reply') expect(findReplyCode(f.code)).toBeDefined()
        else if (!findEnhancedCode(f.code))
          expect(fixture.text.slice(f.start - 4, f.start)).toMatch(/^\d{3}[ -]$/)
        expect(f.context).toContain(f.code)
        expect(f.context.length).toBeLessThanOrEqual(202)
      }
    })
  }

  it('works the same with CRLF line endings', () => {
    for (const fixture of BOUNCE_FIXTURES) {
      const crlf = fixture.text.replace(/\n/g, '\r\n')
      const findings = analyzeBounce(crlf)
      expect(simplify(findings), fixture.id).toEqual(fixture.expected)
      for (const f of findings) expect(crlf.slice(f.start, f.end)).toBe(f.code)
    }
  })
})

describe('where a code sits', () => {
  it('tells the DSN Status field, the Diagnostic-Code field, reply lines and running text apart', () => {
    const text = [
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
      '',
      'Status: 4.4.1',
      'Diagnostic-Code: smtp; 552 5.2.2 mailbox full',
      '<<< 421 4.7.0 Try again later',
    ].join('\n')
    const bySource = Object.fromEntries(analyzeBounce(text).map((f) => [f.code, f.source]))
    expect(bySource).toEqual({
      '550': 'text',
      '5.1.10': 'text',
      '4.4.1': 'status-field',
      '552': 'diagnostic-code',
      '5.2.2': 'diagnostic-code',
      '421': 'reply-line',
      '4.7.0': 'reply-line',
    })
  })

  it('treats folded Diagnostic-Code continuation lines as part of the field', () => {
    const text =
      'Diagnostic-Code: smtp; 550-5.1.1 The email account does not exist.\n    550 5.1.1 https://example.com/help'
    const occurrences = analyzeBounceDetailed(text).occurrences
    expect(occurrences.map((o) => o.source)).toEqual(Array(4).fill('diagnostic-code'))
    expect(occurrences.map((o) => o.line)).toEqual([1, 1, 2, 2])
  })

  it('keeps every occurrence for highlighting while findings are deduplicated', () => {
    const fixture = BOUNCE_FIXTURES.find((f) => f.id === 'postfix-user-unknown')
    const detailed = analyzeBounceDetailed(fixture?.text ?? '')
    expect(detailed.findings.map((f) => f.code)).toEqual(['550', '5.1.1'])
    // Human part (550 5.1.1), Status field (5.1.1), Diagnostic-Code (550 5.1.1).
    expect(detailed.occurrences.map((f) => f.code)).toEqual(['550', '5.1.1', '5.1.1', '550', '5.1.1'])
    expect(detailed.occurrences.map((f) => f.source)).toEqual([
      'text',
      'text',
      'status-field',
      'diagnostic-code',
      'diagnostic-code',
    ])
  })

  it('reports the command for Exim "after MAIL FROM" and pipelined commands', () => {
    const text =
      'SMTP error from remote mail server after pipelined MAIL FROM:<a@example.org> SIZE=1234:\n    553 5.1.8 Sender domain does not exist'
    expect(simplify(analyzeBounce(text))).toEqual([
      { code: '553', command: 'MAIL FROM' },
      { code: '5.1.8', command: 'MAIL FROM' },
    ])
  })

  it('keeps a line number and a trimmed context capped near 200 characters', () => {
    const long = `${'x'.repeat(500)} said: 550 5.1.1 user unknown ${'y'.repeat(500)}`
    const [first] = analyzeBounce(`first line\n${long}`)
    expect(first?.line).toBe(2)
    expect(first?.context).toContain('550 5.1.1')
    expect(first?.context.length).toBeLessThanOrEqual(202)
  })
})

describe('not fooled by numbers that are not codes', () => {
  const negatives: [string, string][] = [
    ['IPv4 addresses', 'Connected to 192.0.2.55 and [203.0.113.5] and 198.51.100.250'],
    [
      'version numbers',
      'Received by Postfix 3.5.1 and Sendmail 8.17.1/8.17.1 and Exim 4.96; build 5.1.1-beta',
    ],
    ['version and section words', 'See section 4.5.3 of the RFC; client version 2.4.5; § 5.1.1'],
    ['dates and times', 'Date: Tue, 25 Jun 2024 10:25:50 +0200 (2024-06-25T10:25:50Z), on 5.1.2024 at 14:50'],
    ['queue ids and message ids', 'queue id 4B2C1A250, id=550; Message-ID: <550.421@example.com> user550'],
    ['ports', 'connect to mx.example.com[192.0.2.1]:25: Connection refused; smtp:587 and :465'],
    ['four-part numbers', 'Build 5.1.1.1 released; mapi id 15.20.7633.017; deferred - 4.16.55.1; see'],
    ['phone numbers', 'Call +1 555 421 5550 or 555-421-5550 or (555) 250-4210'],
    ['sizes and durations', 'The attachment was 550 KB, sent in 250 ms; retry after 421 seconds'],
    ['ordinary header values', 'Content-Length: 550\nLines: 250'],
    ['numbers in URLs and addresses', 'https://example.com/550/5.1.1?code=421#554 and 550@example.com'],
    ['shapes that are not codes', 'values 1.2.3 and 999 and 5.9.9 and 3.5.1 and 2.1.1 and 600 and 199'],
    ['prose with numbers', 'We sent 250 newsletters to 421 people and 550 of them opened it on 5 June.'],
  ]
  for (const [name, text] of negatives) {
    it(name, () => expect(analyzeBounce(text)).toEqual([]))
  }

  it('still finds the real code next to such numbers', () => {
    expect(codes('host 192.0.2.55 said: 550 5.1.1 user unknown (Postfix 3.5.1)')).toEqual(['550', '5.1.1'])
    expect(codes('dsn=4.2.0, status=deferred (host mx[192.0.2.1] said: 450 greylisted)')).toEqual([
      '4.2.0',
      '450',
    ])
  })
})

describe('hostile or odd input', () => {
  it('returns an empty array for empty and blank input', () => {
    expect(analyzeBounce('')).toEqual([])
    expect(analyzeBounce('   \n\n\t')).toEqual([])
  })

  it('survives NUL, control characters, RTL marks and markup without throwing', () => {
    const text = '\u0000\u0007<script>alert(1)</script>\u202e\u200f550 5.1.1 user\u0000 unknown\u0001'
    const findings = analyzeBounce(text)
    expect(findings.map((f) => f.code)).toEqual(['550', '5.1.1'])
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe('550')
    for (const f of findings) expect([...f.context].some((ch) => ch.charCodeAt(0) < 9)).toBe(false)
  })

  it('never throws, and every finding is ordered and points at the code it names', () => {
    const piece = fc.constantFrom(
      '550',
      '5.1.1',
      '-',
      ' ',
      '\n',
      '\r\n',
      '.',
      ':',
      ';',
      '#',
      "'",
      '4.2.0',
      '250',
      'said',
      '192.0.2.1',
      '\u0000',
      '\u200f',
      '>',
    )
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
    )
    fc.assert(
      fc.property(text, (t) => {
        const { findings, occurrences } = analyzeBounceDetailed(t)
        for (const list of [findings, occurrences])
          list.forEach((f, i) => {
            expect(t.slice(f.start, f.end)).toBe(f.code)
            if (i > 0) expect(f.start).toBeGreaterThan((list[i - 1] as BounceFinding).start)
          })
      }),
      { numRuns: 500 },
    )
  })

  it('handles 1 MB of digits and dots and 100k lines of codes', () => {
    expect(analyzeBounceDetailed('5.'.repeat(500_000)).findings).toEqual([])
    expect(analyzeBounceDetailed('1234567890'.repeat(100_000)).findings).toEqual([])
    const lines = analyzeBounceDetailed('550 5.1.1 x\n'.repeat(80_000))
    expect(lines.findings.map((f) => f.code)).toEqual(['550', '5.1.1'])
    expect(lines.truncated).toBe(true) // more occurrences than MAX_BOUNCE_OCCURRENCES
  })

  it('scans at most MAX_BOUNCE_INPUT characters and says so', () => {
    const padded = `${' '.repeat(MAX_BOUNCE_INPUT)}550 5.1.1 too late`
    expect(analyzeBounceDetailed(padded)).toEqual({ findings: [], occurrences: [], truncated: true })
    expect(analyzeBounceDetailed('550 5.1.1 fine').truncated).toBe(false)
  })
})

describe('the headline code (analyzeBounceReport)', () => {
  it('prefers the specific enhanced code of the same class over a generic Status, and a failure over a success', () => {
    const text = '250 2.1.0 Ok\n451 4.3.0 try later\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 unknown'
    expect(analyzeBounceReport(text).headline).toMatchObject({ reply: '550', enhanced: '5.1.1' })
    expect(analyzeBounceReport('said: 450 4.2.0 greylisted').headline?.enhanced).toBe('4.2.0')
    expect(analyzeBounceReport('220 ready\n421 shutting down').headline?.reply).toBe('421')
  })

  it('has no headline when the text holds no failure', () => {
    expect(analyzeBounceReport('').headline).toBeUndefined()
    expect(analyzeBounceReport('Hello, the meeting moved to room 12.').headline).toBeUndefined()
  })
})

describe('BOUNCE_EXAMPLES', () => {
  it('has the four examples the UI offers, each yielding a failure headline', () => {
    expect(BOUNCE_EXAMPLES.map((e) => e.id)).toEqual([
      'gmail-unknown-user',
      'postfix-mailbox-full',
      'exchange-relay-denied',
      'greylisting',
    ])
    const headlines = BOUNCE_EXAMPLES.map((e) => analyzeBounceReport(e.text).headline)
    expect(headlines.map((h) => [h?.enhanced, h?.reason])).toEqual([
      ['5.1.1', 'unknown-user'],
      ['5.2.2', 'mailbox-full'],
      ['5.7.1', 'relay-denied'],
      ['4.2.0', 'greylisted'],
    ])
  })

  it('uses only example domains and documentation addresses', () => {
    for (const { text } of BOUNCE_EXAMPLES) {
      const ips = text.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []
      for (const ip of ips) expect(ip).toMatch(/^(?:192\.0\.2|203\.0\.113)\./)
      const domains = text.match(/@[\w.-]+/g) ?? []
      for (const d of domains) expect(d).toMatch(/@(?:[\w-]+\.)*example\.(?:org|com)$/)
    }
  })
})

describe('reasons that the code alone would get wrong', () => {
  const headline = (line: string) => analyzeBounceReport(line).headline

  it('reads 534 5.7.9 as a login method that is too weak (RFC 4954 §6), not as missing encryption', () => {
    expect(
      headline(
        '534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor (in reply to AUTH command)',
      ),
    ).toMatchObject({ enhanced: '5.7.9', reason: 'login-method' })
    // The code alone says the same: X.7.9 "Authentication mechanism is too weak".
    expect(headline('534 5.7.9 (in reply to AUTH command)')?.reason).toBe('login-method')
  })

  it("reads Gmail's 534 5.7.14 as a login to finish in a web browser, not as relaying", () => {
    const r = headline(
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web browser and then try again. 534 5.7.14 Learn more at https://support.google.com/mail/answer/78754 (in reply to AUTH command)',
    )
    expect(r).toMatchObject({
      enhanced: '5.7.14',
      reason: 'login-blocked',
      vendorUse: 'google-5-7-14-web-login',
    })
  })

  it('tells the two meanings of a bare 454 apart by the command it answered', () => {
    // RFC 4954 §6 after AUTH; RFC 3207 §4 after STARTTLS.
    expect(headline('454 Temporary authentication failure (in reply to AUTH command)')?.reason).toBe(
      'login-temporary',
    )
    expect(headline('454 4.7.0 Try again later (in reply to AUTH command)')?.reason).toBe('login-temporary')
    expect(headline('454 4.7.0 TLS not available (in reply to STARTTLS command)')?.reason).toBe(
      'tls-required',
    )
    // RFC 3207 §4's "TLS not available due to temporary reason" (Postfix: "due to local problem")
    // is the answering server's own trouble: only its administrator can fix it.
    expect(
      headline('454 TLS not available due to local problem (in reply to STARTTLS command)')?.reason,
    ).toBe('system-error')
  })

  it('reads 535 5.7.8 as a refused login, not as SPF or DKIM', () => {
    expect(headline('535 5.7.8 Authentication credentials invalid (in reply to AUTH command)')?.reason).toBe(
      'login-failed',
    )
  })

  it("reads X.7.27 as the sender's own domain publishing null MX (RFC 7505 §4.2), at MAIL FROM and at RCPT TO", () => {
    const words =
      '550 5.7.27 <alice@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)'
    for (const command of ['MAIL FROM', 'RCPT TO'])
      expect(headline(`${words} (in reply to ${command} command)`)).toMatchObject({
        enhanced: '5.7.27',
        reason: 'sender-domain',
        vendorUse: null,
      })
    expect(headline('550 5.7.27 (in reply to MAIL FROM command)')?.reason).toBe('sender-domain')
  })

  it("reads Gmail's 5.7.27 and 5.7.30 by their words: SPF or DKIM did not pass, flagged as Gmail's own use", () => {
    expect(
      headline(
        "550-5.7.27 Your email has been blocked because SPF authentication didn't pass. SPF [example.org] with ip: [198.51.100.8] = did not pass (in reply to end of DATA command)",
      ),
    ).toMatchObject({
      enhanced: '5.7.27',
      reason: 'auth-failed',
      vendor: false,
      vendorUse: 'google-x-7-27-spf',
    })
    expect(
      headline(
        '421-4.7.30 Your email has been rate limited because DKIM authentication did not pass for this message. (in reply to end of DATA command)',
      ),
    ).toMatchObject({ enhanced: '4.7.30', reason: 'auth-failed', vendorUse: 'google-x-7-30-dkim' })
  })

  it("reads Microsoft's 5.7.12 and 5.7.13 by their words: the recipient refuses senders outside its organization", () => {
    // Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online": "5.7.12 Sender was not
    // authenticated by organization", "5.7.13 or 135 Sender was not authenticated for public folder".
    const org = '550 5.7.12 Sender was not authenticated by organization'
    expect(findVendorReuse('5.7.12', org)?.key).toBe('microsoft-5-7-12-outside-org')
    expect(headline(`${org} (in reply to RCPT TO command)`)).toMatchObject({
      enhanced: '5.7.12',
      vendorUse: 'microsoft-5-7-12-outside-org',
    })
    const folder = '550 5.7.13 Sender was not authenticated for public folder'
    expect(findVendorReuse('5.7.13', folder)?.key).toBe('microsoft-5-7-13-public-folder')
    // The registered meanings, X.7.12 "A password transition is needed" and X.7.13 "User Account
    // Disabled", in other words: no reuse.
    expect(findVendorReuse('5.7.12', '554 5.7.12 A password transition is needed')).toBeUndefined()
    expect(
      findVendorReuse('5.7.12', '535 5.7.12 Password transition needed, log in once with PLAIN'),
    ).toBeUndefined()
    expect(findVendorReuse('5.7.13', '525 5.7.13 User account disabled')).toBeUndefined()
    // Microsoft's words with another code are not this reuse.
    expect(findVendorReuse('5.7.1', org)).toBeUndefined()
  })
})

describe('folded DSN fields', () => {
  it('keeps a folded line that starts with a URL in the Diagnostic-Code, not as a field of its own', () => {
    const report = analyzeBounceReport(
      [
        'Content-Type: message/delivery-status',
        '',
        'Final-Recipient: rfc822; frank@example.com',
        'Action: failed',
        'Status: 5.7.9',
        'Diagnostic-Code: smtp; 534-5.7.9 Application-specific password required. For',
        '    more information, go to 534 5.7.9',
        '    https://support.google.com/mail/?p=InvalidSecondFactor',
        '    d9443c01a7336-1f9a1b2c3d4sm1234567b3a.9 - gsmtp',
      ].join('\n'),
    )
    expect(report.headline?.diagnostic).toMatch(/InvalidSecondFactor d9443c01a7336\S* - gsmtp$/)
  })
})
