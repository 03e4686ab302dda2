import { describe, expect, it } from 'vitest'
import { decodeMessage } from '../../src/smtp/bounce/mime'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { decodeEncodedWords } from '../../src/smtp/bounce/transfer-encoding'

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\n')

const report = (dsnEncoding: string, dsnBody: string, textEncoding: string, textBody: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@example.org>',
    'To: alice@example.org',
    'Subject: =?UTF-8?B?VW5kZWxpdmVyZWQgTWFpbCBSZXR1cm5lZCB0byBTZW5kZXI=?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${textEncoding}`,
    '',
    textBody,
    '--b1',
    'Content-Type: message/delivery-status',
    `Content-Transfer-Encoding: ${dsnEncoding}`,
    '',
    dsnBody,
    '--b1--',
    '',
  ].join('\n')

const DSN =
  'Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: User unknown\n'

describe('decoding a bounce before reading it', () => {
  it('joins a code split by a quoted-printable soft line break', () => {
    const text = report(
      '7bit',
      DSN,
      'quoted-printable',
      'host said: 550=\n 5.2.=\n2 mailbox full (in reply to RCPT TO command)',
    )
    const decoded = decodeMessage(text)
    expect(decoded.decoded).toBe(true)
    expect(decoded.text).toContain('550 5.2.2 mailbox full')
    expect(decoded.headers.get('subject')).toBe('Undelivered Mail Returned to Sender')
  })

  it('reads a base64 delivery-status part and prefers the specific code of the same class', () => {
    const r = analyzeBounceReport(report('base64', b64(DSN), '7bit', 'Your message could not be delivered.'))
    expect(r.headline).toMatchObject({
      recipient: 'bob@example.net',
      action: 'failed',
      status: '5.0.0',
      enhanced: '5.1.1',
      reply: '550',
      reason: 'unknown-user',
    })
  })

  it('decodes RFC 2047 words in B and Q form, joining adjacent words without the space between', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?Teslim_edilemeyen_ileti?=')).toBe('Teslim edilemeyen ileti')
    expect(decodeEncodedWords('=?UTF-8?B?w4dvaw==?= =?UTF-8?B?IGfDvHplbA==?=')).toBe('Çok güzel')
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Unzustellbar:_=FCber?=')).toBe('Unzustellbar: über')
    expect(decodeEncodedWords('plain text')).toBe('plain text')
  })

  it('reads quoted-printable soft breaks in a body pasted without its headers', () => {
    const r = analyzeBounceReport('Remote host said: 550=\n 5.1.1 <bob@example.net>: User unknown')
    expect(r.headline).toMatchObject({ reply: '550', enhanced: '5.1.1', reason: 'unknown-user' })
    expect(r.decoded).toBe(true)
  })

  it('leaves a plain log line untouched, so highlights keep their offsets', () => {
    const line =
      'Jun 10 09:15:02 mx postfix/smtp[123]: to=<bob@example.net>, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User unknown)'
    const decoded = decodeMessage(line)
    expect(decoded.text).toBe(line)
    expect(decoded.decoded).toBe(false)
  })

  it('survives broken encodings and unterminated multiparts without throwing', () => {
    const broken = report('base64', '%%%not base64%%%', 'quoted-printable', '=ZZ=\n550 5.1.1').replace(
      '--b1--',
      '',
    )
    expect(() => analyzeBounceReport(broken)).not.toThrow()
    expect(() =>
      analyzeBounceReport('Content-Type: multipart/mixed; boundary=x\n\n--x\n--x\n--x'),
    ).not.toThrow()
  })
})

describe('what the DSN Action field means (RFC 3464 §2.3.3)', () => {
  const dsn = (action: string, status: string, diagnostic: string) =>
    `Final-Recipient: rfc822; carol@example.net\nAction: ${action}\nStatus: ${status}\nDiagnostic-Code: smtp; ${diagnostic}\n`

  it('failed with a 4.x.x status: expired and returned, with the last error as the cause', () => {
    for (const status of ['4.4.7', '4.4.1', '4.7.1']) {
      const r = analyzeBounceReport(dsn('failed', status, '421 4.4.2 mx.example.net: connection timed out'))
      expect(r.headline?.action).toBe('failed')
      expect(r.headline?.reason).toBe('expired')
      expect(r.headline?.cause).toBe('network')
      expect(r.headline?.reply).toBe('421')
    }
  })

  it('delayed: still being retried, never "returned", never expired', () => {
    const r = analyzeBounceReport(
      dsn('delayed', '4.4.7', '450 4.7.1 <carol@example.net>: Recipient address rejected: Greylisted'),
    )
    expect(r.headline?.action).toBe('delayed')
    expect(r.headline?.reason).toBe('greylisted')
  })

  it('delivered, relayed and expanded are not failures', () => {
    for (const action of ['delivered', 'relayed', 'expanded']) {
      const r = analyzeBounceReport(dsn(action, '2.0.0', '250 2.0.0 Ok: queued'))
      expect(r.headline?.reason).toBe('delivered')
    }
  })
})

describe('codes outside the catalogues', () => {
  it('takes a reply code no RFC defines when an enhanced code of its class follows it', () => {
    const r = analyzeBounceReport('Remote host said: 525 5.7.13 <bob@example.net>: User account disabled')
    expect(r.headline).toMatchObject({ reply: '525', enhanced: '5.7.13', reason: 'sender-account' })
    // Alone, or before an enhanced code of another class, such a number is not a reply.
    expect(analyzeBounceReport('Invoice 525 is due on 5.7.13').findings.map((f) => f.code)).not.toContain(
      '525',
    )
    expect(analyzeBounceReport('400 4.4.7 Message delayed').headline?.reply).toBeNull()
  })

  it("labels Microsoft's 5.7.509 as a vendor code and reads its reason from the vendor's meaning", () => {
    const r = analyzeBounceReport(
      '550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification',
    )
    expect(r.headline).toMatchObject({
      reply: '550',
      enhanced: '5.7.509',
      vendor: true,
      reason: 'auth-failed',
    })
  })
})
