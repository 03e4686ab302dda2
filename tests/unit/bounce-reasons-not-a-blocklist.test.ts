// Replies whose words say "blocked", "blacklist",
// "spam", "invalid recipients" or nothing at all, read as a public blocklist, a mistyped address or
// a disabled mailbox. Each input is the vendor's real reply (sources in reason-phrases*.ts), as a
// line and, where mail systems print it so, inside a report or a log. Who acts is asserted on the
// English texts the page shows: the wrong party sent to the wrong fix is what made these severe.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BounceReason } from '../../src/smtp/bounce/reasons'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import {
  eximExpired,
  postfixDelay,
  postfixLog,
  postfixReport,
  smarterMail,
} from '../fixtures/bounce-wrappers'

const headline = (text: string) => analyzeBounceReport(text).headline
const en = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../locales/en/bounce/reasons.json'), 'utf8'),
) as { reason: Record<BounceReason, Record<'explanation' | 'whoActs' | 'advice', string>> }
const whoActs = (reason: BounceReason | undefined) => (reason ? en.reason[reason].whoActs : '')

describe('a content or attachment filter is not an IP blocklist', () => {
  it.each([
    '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed',
    '500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.',
    '554 5.7.1 Message rejected: file type not allowed (.zip)',
    '550 5.7.1 Executable attachments are not allowed',
    '552 attachment extension is forbidden',
    '554 5.5.7 e-mail Rejected Content Attachment',
    '550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    '554 5.7.1 Content denied',
    '554 Rejected due to banned content',
    '554 5.7.1 Message rejected due to content',
    '554 5.7.1 Message rejected: URL in message body is blocklisted',
  ])('%s', (line) => {
    const r = headline(line)
    expect(r).toMatchObject({ action: 'failed', reason: 'spam-content' })
    expect(whoActs(r?.reason)).toMatch(/change the content/)
  })

  it('reads the same inside a Postfix report, a PowerMTA accounting line and a Postfix log', () => {
    const feb =
      '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed'
    expect(headline(postfixReport(feb, '5.7.1', 'end of DATA'))?.reason).toBe('spam-content')
    expect(
      headline(postfixReport('554 5.7.1 Rejected due to banned content', '5.7.1', 'end of DATA'))?.reason,
    ).toBe('spam-content')
    expect(
      headline(
        'b,2024-05-01 10:00:00+0000,alice@example.com,bob@example.org,failed,5.0.0 (undefined status),smtp;554 5.7.1 Message rejected due to content,content-related',
      )?.reason,
    ).toBe('spam-content')
  })
})

describe("the recipient's own block list, or the sender's suppression list, is no public blocklist", () => {
  it.each([
    "550 5.7.1 Recipient doesn't want your mail",
    '550 5.1.1 <alice@example.com> sender is blacklisted',
    '550 5.7.1 Message rejected because a domain, an IP address, or an email address is in the user block list. XGEMAIL_0009',
    '550 5.7.1 Message rejected because a domain, an IP address, or an email address is in the admin block list. XGEMAIL_0008',
    "551 Sender is on domain's blacklist",
    '550 User in blacklist',
    '550 5.7.1 Sender blocked by recipient',
    "550 You are registered as spammer (by user's reject list)",
    '550 Mail is rejected by recipients',
  ])('%s: the recipient side lifts it', (line) => {
    const r = headline(line)
    expect(r?.reason).toBe('recipient-restricted')
    expect(whoActs(r?.reason)).not.toMatch(/sending server's administrator/)
  })

  it('reads the same at RCPT TO and at MAIL FROM in a Postfix report', () => {
    const want = "550 5.7.1 Recipient doesn't want your mail"
    expect(headline(postfixReport(want, '5.7.1', 'RCPT TO'))?.reason).toBe('recipient-restricted')
    const listed = '550 5.1.1 <alice@example.com> sender is blacklisted'
    expect(headline(postfixReport(listed, '5.1.1', 'MAIL FROM'))?.reason).toBe('recipient-restricted')
  })

  it('keeps a named DNSBL a blocklist', () => {
    expect(headline('550 host [192.0.2.1] is blacklisted by zen.spamhaus.org')?.reason).toBe('blocked')
    expect(headline('550 5.7.1 Sender IP address failed an RBL test (XGEMAIL_0004)')?.reason).toBe('blocked')
  })

  it.each([
    '550 5.7.1 [UNS] Recipient has unsubscribed from your list.',
    '550 5.7.1 [RB] This recipient email address has been previously bounced',
  ])("%s: the sender's own service suppressed the address", (line) => {
    const r = headline(line)
    expect(r?.reason).toBe('suppressed')
    expect(whoActs(r?.reason)).toMatch(/stop sending to this address/)
    expect(en.reason.suppressed.advice).not.toMatch(/delist/i)
  })
})

describe('a 4xx or 4.2.1 that names no cause is no missing or disabled mailbox', () => {
  it.each([
    '450 busy--Please try again later',
    '450 [S09] Try Again Later',
    '450 Requested mail action not taken: mailbox unavailable',
    '450 4.2.0 Temporarily rejected, try later',
    '450 4.5.5 Header Checks Defer',
    '450 I cannot deliver mail for <bob@example.org>',
    '450 4.2.1 Mailbox busy, try again later',
  ])('%s', (line) => {
    expect(headline(line)).toMatchObject({ action: 'delayed', reason: 'deferred' })
  })

  it("reads Rackspace's per-mailbox flood limit (G30) as a rate limit, as a line and in a delay warning", () => {
    const g30 = '450 4.2.1 <bob@example.org>: Mailbox received too much email in a short period of time (G30)'
    expect(headline(g30)).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
    expect(headline(postfixDelay(g30, '4.2.1'))).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
  })

  it('gives no cause for an expired message whose last reply named none', () => {
    for (const last of [
      '450 busy--Please try again later',
      '450 Requested mail action not taken: mailbox unavailable',
    ])
      expect(headline(eximExpired(last))).toMatchObject({ action: 'failed', reason: 'expired', cause: null })
    expect(headline(postfixDelay('450 busy--Please try again later', '4.0.0'))?.reason).toBe('deferred')
  })

  it("reads IONOS's 450 policy refusal as policy and Trend Micro's reputation deferral as reputation", () => {
    expect(headline('450 Reject due to policy violations.')?.reason).toBe('policy')
    expect(headline('450 Temporary denial of connection (450) for Zombie matches (ERS)')?.reason).toBe(
      'blocked',
    )
  })
})

describe('a missing login is relaying denied, not a blocklist or a typo', () => {
  it.each([
    '530 5.7.0 Must authenticate first',
    '530 5.7.0 Must authenticate',
    '553 5.7.1 You must authenticate before sending mail',
    '503 5.5.1 You must authenticate first.',
    '503 Must authenticate before sending mail',
    '550 must be authenticated',
    '550 Delivery is not allowed to this address.',
    "553 sorry, that domain isn't allowed to be relayed thru this MTA without authentication #5.7.1",
  ])('%s', (line) => {
    const r = headline(line)
    expect(r?.reason).toBe('relay-denied')
    expect(whoActs(r?.reason)).toMatch(/account settings/)
  })

  it('reads the same in Postfix logs', () => {
    expect(
      headline(postfixLog('553 5.7.1 You must authenticate before sending mail', '5.7.1', 'RCPT TO'))?.reason,
    ).toBe('relay-denied')
    expect(headline(postfixLog('530 5.7.0 Must authenticate', '5.7.0', 'MAIL FROM'))?.reason).toBe(
      'relay-denied',
    )
    expect(
      headline(postfixLog('550 Delivery is not allowed to this address.', '5.0.0', 'RCPT TO'))?.reason,
    ).toBe('relay-denied')
  })

  it('keeps Gmail\'s 5.7.26 "sender must authenticate with SPF or DKIM" the message\'s authentication', () => {
    expect(
      headline(
        '550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.',
      )?.reason,
    ).toBe('auth-failed')
  })
})

describe("the sender's own account is stopped, not the content or the address", () => {
  it.each([
    '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.',
    '550 Email sending blocked due to suspicious account activity on primary Cox account. To secure your account, please reset all Cox account passwords. Contact Cox to remove block and reference error code AUP#CXMJ.',
    '554 5.7.1 Your account has been blocked for sending spam',
    '550 Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors 192.0.2.1 is blocked from sending. Probably due to sending spam messages.',
  ])('%s', (line) => {
    const r = headline(line)
    expect(r?.reason).toBe('sender-account')
    expect(whoActs(r?.reason)).toMatch(/their own mail provider/)
  })

  it("reads MailChannels' [BR] the same in a Postfix report", () => {
    const br =
      '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.'
    expect(headline(postfixReport(br, '5.7.1', 'end of DATA'))?.reason).toBe('sender-account')
  })
})

describe('one vendor each, the cause its own documentation gives', () => {
  it.each([
    ['501 5.7.1 Message is too long', 'message-too-large'],
    ['552 5.5.2 Message size (content filter)', 'message-too-large'],
    ['554 5.5.3 e-mail Rejected Content Filter Size', 'message-too-large'],
    ['554 5.5.4 Spam IP rejected', 'blocked'],
    ['521 Block permanently (Sender Filtering/Authentication)', 'policy'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it("reads SmarterMail's domain size limit as the recipient domain's full storage", () => {
    const r = headline(smarterMail('The domain size limit has been exceeded'))
    expect(r).toMatchObject({ action: 'failed', reason: 'mailbox-full' })
    expect(en.reason['mailbox-full'].explanation).toMatch(/whole domain/)
  })

  it('keeps "line too long" a syntax error', () => {
    expect(headline('500 5.5.2 Line too long')?.reason).toBe('syntax')
  })
})
