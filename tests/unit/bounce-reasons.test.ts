// Real replies that once got the wrong reason or the wrong action. Each goes through the public analyzer as a user pastes it: a lone
// reply line, a Postfix text bounce or a DSN. Who acts is asserted on the English texts the page
// shows for the reason, so a reason that fits the code but blames the wrong person fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BounceReason } from '../../src/smtp/bounce/reasons'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { BOUNCE_FIXTURES } from '../fixtures/bounces'

const headline = (text: string) => analyzeBounceReport(text).headline

const texts = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../locales/en/bounce/reasons.json'), 'utf8'),
) as { reason: Record<BounceReason, { whoActs: string }> }
const whoActs = (reason: BounceReason | undefined) => (reason ? texts.reason[reason].whoActs : '')

/** A Postfix DSN (bounce_templates.c, bounce_notify_util.c) about one recipient. */
function postfixDsn(diagnostic: string, status: string, action: 'failed' | 'delayed'): string {
  return [
    'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
    `Subject: ${action === 'failed' ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)'}`,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mx.example.net.',
    '',
    `<bob@example.org>: ${diagnostic}`,
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: X-Postfix; ${diagnostic}`,
    '',
    '--B--',
    '',
  ].join('\n')
}

describe('X.7.9 means a weak login mechanism only in reply to AUTH (RFC 4954 §6)', () => {
  it("reads Yahoo's 554 5.7.9 after DATA as the message failing authentication policy, not as a login method", () => {
    const fixture = BOUNCE_FIXTURES.find((f) => f.id === 'yahoo-policy-end-of-data')
    expect(headline(fixture?.text ?? '')).toMatchObject({
      action: 'failed',
      reply: '554',
      enhanced: '5.7.9',
      command: 'DATA',
      reason: 'auth-failed',
    })
    // Pasted alone, without the command: the 554 still says it is not an AUTH reply (534).
    expect(
      headline(
        '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
      )?.reason,
    ).toBe('auth-failed')
  })

  it('keeps 534 5.7.9 and a 5.7.9 answering AUTH as the login method', () => {
    expect(headline('534 5.7.9 Authentication mechanism is too weak')?.reason).toBe('login-method')
    expect(headline('535 5.7.9 Try another mechanism (in reply to AUTH command)')?.reason).toBe(
      'login-method',
    )
  })
})

describe('Postfix\'s "delivery temporarily suspended" is the destination being unreachable', () => {
  const suspended =
    'delivery temporarily suspended: connect to mx.example.org[192.0.2.25]:25: Connection timed out'

  it('reads the delay notice as a connection problem (X.4.1), still being retried', () => {
    const r = headline(postfixDsn(suspended, '4.4.1', 'delayed'))
    expect(r).toMatchObject({ action: 'delayed', enhanced: '4.4.1', reason: 'network' })
    expect(whoActs(r?.reason)).toMatch(/retries/)
  })

  it('reads the returned message as expired after a connection problem, not a disabled mailbox', () => {
    expect(headline(postfixDsn(suspended, '4.4.1', 'failed'))).toMatchObject({
      action: 'failed',
      reason: 'expired',
      cause: 'network',
    })
    expect(headline(postfixDsn(suspended.replace('timed out', 'refused'), '4.4.7', 'failed'))).toMatchObject({
      reason: 'expired',
      cause: 'network',
    })
  })

  it('reads the pasted log line the same way', () => {
    expect(
      headline(
        `Oct 27 13:12:48 mx postfix/error[14245]: 095F08A0EA3: to=<bob@example.org>, relay=none, delay=41, dsn=4.4.1, status=deferred (${suspended})`,
      ),
    ).toMatchObject({ action: 'delayed', reason: 'network' })
  })

  it("reads X.7.13, 'User Account Disabled' after a login (RFC 5248), as the sender's own account", () => {
    expect(headline('550 5.7.13 User account disabled')?.reason).toBe('sender-account')
  })

  it('reads X.7.2 as a mailing list refusing this sender, and 432 4.7.12 as a login method to switch', () => {
    expect(headline('550 5.7.2 Mailing list expansion prohibited')?.reason).toBe('recipient-restricted')
    expect(headline('432 4.7.12 A password transition is needed')?.reason).toBe('login-method')
  })

  it('still reads a mailbox that is itself disabled or suspended as mailbox-disabled', () => {
    expect(headline('550-5.2.1 The email account that you tried to reach is disabled.')?.reason).toBe(
      'mailbox-disabled',
    )
    expect(headline('554 delivery error: dd This mailbox is disabled (554.30).')?.reason).toBe(
      'mailbox-disabled',
    )
  })
})

describe('per-recipient rate limits and the sender account', () => {
  it('reads Gmail\'s 450 4.2.1 "receiving mail too quickly" as a rate limit that a retry clears', () => {
    const line =
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. (in reply to RCPT TO command)'
    expect(headline(line)).toMatchObject({ action: 'delayed', enhanced: '4.2.1', reason: 'rate-limited' })
    expect(
      headline(postfixDsn(`host gmail-smtp-in.l.google.com[192.0.2.9] said: ${line}`, '4.2.1', 'delayed')),
    ).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
  })

  it("reads Gmail's 550 5.4.5 daily sending quota as the sender's own account limit, not a full mailbox", () => {
    for (const line of [
      '550-5.4.5 Daily sending quota exceeded. For more information, go to https://support.google.com/a/answer/166852',
      '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852',
    ]) {
      const r = headline(line)
      expect(r?.reason, line).toBe('sender-account')
      expect(whoActs(r?.reason)).toMatch(/sender/i)
    }
  })

  it('reads Amazon SES "Sending suspended for this account" as the sender account, not the recipient\'s mailbox', () => {
    expect(
      headline(
        '554 Sending suspended for this account. For more information, please check the inbox of the email address associated with your AWS account.',
      )?.reason,
    ).toBe('sender-account')
  })
})

describe('reverse DNS is not SPF/DKIM/DMARC', () => {
  it("reads Gmail's 550 5.7.25 missing PTR record as the sending IP's reverse DNS (IANA X.7.25, RFC 7372)", () => {
    const r = headline(
      '550-5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. (in reply to end of DATA command)',
    )
    expect(r).toMatchObject({ enhanced: '5.7.25', reason: 'blocked' })
    expect(whoActs(r?.reason)).toMatch(/sending server's administrator/)
  })
})

describe("Microsoft 365 delivery restrictions are the recipient side's to lift", () => {
  const ndr = (reply: string) =>
    `Delivery has failed to these recipients or groups:\n\nteam@example.com\n\nRemote Server returned '${reply}'`

  it.each([
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated',
    '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated',
    '550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; authentication required; Delivery restriction check failed as sender not authenticated',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Delivery restriction check failed as sender not authenticated',
    '550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized; Delivery restriction check failed as sender not in allowed-senders list',
    "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't authorized to send to this group",
  ])('%s', (reply) => {
    const r = headline(ndr(reply))
    expect(r).toMatchObject({ action: 'failed', vendor: true, reason: 'recipient-restricted' })
    expect(whoActs(r?.reason)).toMatch(/recipient's administrator or the group's owner/)
  })

  it('keeps 530 5.7.57 (not logged in to submit) as relaying denied', () => {
    expect(headline('530 5.7.57 Client not authenticated to send mail. [DB6P195CA0010]')?.reason).toBe(
      'relay-denied',
    )
  })
})

describe('a lone 4xx reply is a deferral, whatever words the receiving server uses', () => {
  it.each([
    [
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      'greylisted',
    ],
    ['451-4.3.0 Mail server temporarily rejected message.', 'system-error'],
    ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', 'blocked'],
  ] as const)('%s', (line, reason) => {
    const r = headline(line)
    expect(r).toMatchObject({ action: 'delayed', reason, cause: null })
  })

  it('is failed only where the sending side says it gave up', () => {
    expect(
      headline(
        "I'm not going to try again; this message has been in the queue too long.\n451 4.4.1 Connection timed out",
      ),
    ).toMatchObject({ action: 'failed', reason: 'expired', cause: 'network' })
    expect(
      headline(
        'This message could not be delivered. Giving up on 192.0.2.1.\n451 4.3.0 Temporary local problem',
      ),
    ).toMatchObject({ action: 'failed' })
  })
})

describe('minor misreadings fixed alongside', () => {
  it('does not take a host name such as mts01 for Yahoo\'s "[TSS04]" rate limit', () => {
    const bounce =
      "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: host mts01.example.org[192.0.2.7] said: 550 5.1.1 <bob@example.org>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)"
    expect(headline(bounce)?.reason).toBe('unknown-user')
    expect(
      headline(
        '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      )?.reason,
    ).toBe('rate-limited')
  })

  it('tells Postfix\'s access-table "Access denied" (5.7.1) from Microsoft 365\'s unknown recipient (5.4.1)', () => {
    expect(
      headline(
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied (in reply to RCPT TO command)',
      )?.reason,
    ).toBe('recipient-restricted')
    expect(headline('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)')?.reason).toBe(
      'unknown-user',
    )
  })

  it('reads Postfix\'s "Temporary lookup failure" as a server-side fault, not a missing domain', () => {
    expect(headline('451 4.3.0 <bob@example.org>: Temporary lookup failure')).toMatchObject({
      action: 'delayed',
      reason: 'system-error',
    })
    // A failed DNS lookup of the destination is still the recipient domain.
    expect(
      headline('Deferred: Name server: example.invalid.: host name lookup failure\n451 4.4.3')?.reason,
    ).toBe('host-not-found')
  })
})

// The same rule as above: who acts must be the party that can fix it.
describe('a multi-line reply is read whole (RFC 5321 §4.2.1), not only its first line', () => {
  it("reads GMX's PTR refusal on the third line as the sending server's reverse DNS", () => {
    const r = headline(
      '554-gmx.net (mxgmx116) Nemesis ESMTP Service not available\n554-No SMTP service\n554-Bad DNS PTR resource record.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=192.0.2.1&r=1ABCDE',
    )
    expect(r).toMatchObject({ action: 'failed', reply: '554', reason: 'blocked' })
    expect(whoActs(r?.reason)).toMatch(/sending server's administrator/)
  })

  it.each([
    '552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit\n552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\n552 5.7.0 message content and attachment content guidelines. - gsmtp',
    '552-5.7.0 Our system detected an illegal attachment on this message. Please\n552-5.7.0 visit https://support.google.com/mail/?p=BlockedMessage to review our\n552 5.7.0 attachment guidelines. - gsmtp',
  ])("reads Gmail's 552 5.7.0 content block as the message's content, not an IP blocklist: %s", (reply) => {
    const r = headline(reply)
    expect(r).toMatchObject({ enhanced: '5.7.0', reason: 'spam-content' })
    expect(whoActs(r?.reason)).toMatch(/change the content/)
  })

  it('reads the same Gmail reply joined and wrapped into a Postfix paragraph', () => {
    const bounce =
      "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.26] said:\n    552-5.7.0 This message was blocked because its content presents a potential\n    552-5.7.0 security issue. Please visit 552-5.7.0\n    https://support.google.com/mail/?p=BlockedMessage to review our 552 5.7.0\n    message content and attachment content guidelines. - gsmtp (in reply to\n    end of DATA command)"
    expect(headline(bounce)).toMatchObject({ command: 'DATA', reason: 'spam-content' })
  })
})

describe('a 550 whose words name no cause is not an unknown recipient', () => {
  it('gives the honest fallback for wordings it does not know', () => {
    expect(headline('550 Message was not accepted')?.reason).toBe('unknown')
    // Exim's "Administrative prohibition" says "a policy", not which one (RFC 5321 §4.2.3): the
    // cautious 'policy', still no unknown recipient and no blocklist.
    expect(
      headline(
        'SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n550 Administrative prohibition',
      )?.reason,
    ).toBe('policy')
    // Microsoft's [Message=InfoNoRecords]: the recipient's domain has no DNS records for mail.
    expect(headline('550 5.4.312 DNS query failed [Message=InfoNoRecords]')?.reason).toBe('host-not-found')
  })

  it.each([
    "Delivery has failed to these recipients or groups:\n\nbob@example.org\n\nRemote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
    "Your message to bob@example.org couldn't be delivered.\n\nMessage expired\n\nHow to Fix It\nThe message couldn't be delivered because the recipient's email system didn't respond in a timely manner.\n\nMore Info for Email Admins\nStatus code: 550 4.4.7\n\nReported error: 550 4.4.7 QUEUE.Expired; message expired",
  ])("does not give Microsoft's QUEUE.Expired an unknown recipient as its last error", (ndr) => {
    const r = headline(ndr)
    expect(r).toMatchObject({ action: 'failed', reason: 'expired' })
    expect(r?.cause === null || r?.cause === 'network').toBe(true)
  })

  it.each([
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    '550 No such user - psmtp',
    '550 5.1.1 The email account that you tried to reach does not exist.',
    '550 Requested action not taken: mailbox unavailable',
    'SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n550-No such user here\n550 Recipient verification failed',
  ])('keeps real unknown-recipient wordings: %s', (reply) => {
    expect(headline(reply)?.reason).toBe('unknown-user')
  })
})

describe("the sender's side is named when the refusal is about the sender", () => {
  it.each([
    // Sendmail's check: X.1.8 "Bad sender's system address" (RFC 3463 §3.2).
    '553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist',
    // Exim's "verify = sender" in the RCPT ACL.
    'SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n550-Verification failed for <alice@example.com>\n550-Unrouteable address\n550 Sender verify failed',
    // GMX / web.de: the envelope sender's domain has no MX or A/AAAA record.
    '550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record',
  ])('%s', (reply) => {
    const r = headline(reply)
    expect(r?.reason).toBe('sender-domain')
    expect(whoActs(r?.reason)).toMatch(/sending domain's administrator/)
  })

  it.each([
    '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade.[EndDiagnosticData]',
    '451 Authentication failed: Maximum credits exceeded',
    '421 Domain example.com is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.',
    '550 5.1.8 Access denied, bad outbound sender. AS(42004)',
  ])('%s', (reply) => {
    const r = headline(reply)
    expect(r?.reason).toBe('sender-account')
    expect(whoActs(r?.reason)).toMatch(/sender, with their own mail provider/)
  })

  it("reads Microsoft's 5.7.515 as the sending domain's authentication, not a blocklist", () => {
    const r = headline(
      "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender.",
    )
    expect(r).toMatchObject({ enhanced: '5.7.515', reason: 'auth-failed' })
  })
})

describe('permanent refusals, volume limits and recipient-side blocks', () => {
  it("reads Yahoo's [TSS09] as a permanent block and keeps [TSS04] a rate limit", () => {
    expect(
      headline(
        '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
      ),
    ).toMatchObject({ action: 'failed', reason: 'blocked' })
    expect(
      headline(
        '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      ),
    ).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
  })

  it('reads Gmail\'s X.7.28 "from your SPF domain" as volume, not an SPF failure', () => {
    expect(
      headline(
        '421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF domain [example.com]. To protect our users from spam, mail sent from your domain has been temporarily rate limited.',
      ),
    ).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
    expect(
      headline(
        '550-5.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain [example.com]. To protect our users from spam, mail sent from your domain has been blocked.',
      ),
    ).toMatchObject({ action: 'failed', reason: 'blocked' })
  })

  it.each([
    '550 Rejected by header based Anti-Spoofing policy: bob@example.org - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJ.us229]',
    '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeF.uk45]',
    '550 Envelope blocked - User Domain Entry - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeF.uk45]',
    '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeF.uk45]',
  ])("reads Mimecast's recipient-side policy as the recipient's to lift: %s", (reply) => {
    const r = headline(reply)
    expect(r?.reason).toBe('recipient-restricted')
    expect(whoActs(r?.reason)).toMatch(/recipient's administrator/)
  })
})

describe('wordings once read too loosely', () => {
  it('reads Yahoo\'s "This user doesn\'t have a yahoo.com account" as an unknown recipient', () => {
    expect(
      headline(
        "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com",
      )?.reason,
    ).toBe('unknown-user')
  })

  it('reads Zoho\'s "Relaying disallowed" as relaying denied', () => {
    expect(headline('553 Relaying disallowed as alice@example.com')?.reason).toBe('relay-denied')
  })
})

// Replies whose words point at the sending side or at an organisation's rule.
describe('a sending address or domain the email service has not verified', () => {
  it.each([
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: me@example.com')",
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
  ])('is verified with the provider, not waited out: %s', (text) => {
    const r = headline(text)
    expect(r?.reason).toBe('unverified-sender')
    expect(whoActs(r?.reason)).toMatch(/verify the address or domain with the provider/)
  })
})

describe('the sending side and organisation rules, named as such', () => {
  it("reads Postfix's rejected HELO name as the sending server's name to fix, not the recipient's domain or a blocklist", () => {
    for (const text of [
      '450 4.7.1 <srv01.example.lan>: Helo command rejected: Host not found',
      '550 5.7.1 <srv01.example.lan>: Helo command rejected: Host not found',
      '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
      'EHLO localhost\n250 mx.example.org\nRCPT TO:<bob@example.org>\n504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
      '550 5.7.506 Access denied, Bad HELO; Connecting IP 192.0.2.1',
    ]) {
      expect(headline(text)?.reason, text).toBe('helo-name')
      expect(whoActs(headline(text)?.reason), text).toMatch(/sending server's administrator/)
    }
    // A HELO refused because a list names the client is still a blocklist.
    expect(
      headline('554 5.7.1 <unknown[192.0.2.1]>: Helo command rejected: Host listed in zen.spamhaus.org')
        ?.reason,
    ).toBe('blocked')
  })

  it("reads Exchange Online's SubmissionQuotaExceededException as the sender's limit, not a full mailbox", () => {
    const h = headline(
      '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
    )
    expect(h?.reason).toBe('sender-account')
    // A recipient's mailbox that is really full keeps its reading.
    expect(
      headline(
        '552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
      )?.reason,
    ).toBe('mailbox-full')
  })

  it("reads Exchange mail flow rule rejections as an organisation's rule, not a blocklist", () => {
    for (const text of [
      '550 5.7.1 Delivery not authorized, message refused',
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
      "550 5.7.1 Your message can't be delivered because delivery to this address is restricted.",
    ]) {
      expect(headline(text)?.reason, text).toBe('recipient-restricted')
      expect(whoActs(headline(text)?.reason), text).not.toMatch(/blocklist/i)
    }
  })

  it('reads a From address the login may not use as send-as, and unauthenticated SendGrid mail as relaying denied', () => {
    for (const text of [
      '553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob@example.net',
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    ]) {
      const h = headline(text)
      expect(h?.reason, text).toBe('send-as')
      // The sender's own address is no failed recipient.
      expect(h?.recipient ?? null, text).toBeNull()
      expect(whoActs(h?.reason), text).toMatch(/right to send as that address/)
    }
    expect(headline('550 Unauthenticated senders not allowed')?.reason).toBe('relay-denied')
  })

  it("reads Microsoft 5.7.520 as the organisation's forwarding rule and 5.7.750 as a domain it has not verified", () => {
    const forwarding = headline(
      '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    )
    expect(forwarding?.reason).toBe('forwarding-blocked')
    expect(whoActs(forwarding?.reason)).toMatch(/set up the forwarding/)
    expect(
      headline('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.')
        ?.reason,
    ).toBe('unverified-sender')
  })
})

describe('content filters, workspace policies and unauthenticated clients', () => {
  it("reads Exchange's content filter rejection as the content, not a blocklist", () => {
    for (const text of [
      '550 5.7.1 Message rejected due to content restrictions',
      '554 5.7.1 Message blocked due to content restrictions - pps',
      '554 5.7.1 Message rejected because of unacceptable content',
    ])
      expect(headline(text)?.reason, text).toBe('spam-content')
  })

  it("reads Google Workspace's policy rejection as an administrator's rule, not a blocklist", () => {
    const text = [
      '550-5.7.1 The user or domain that you are sending to (or from) has a policy that',
      '550-5.7.1 prohibited the mail that you sent. Please contact your domain',
      '550-5.7.1 administrator for further details. For more information, please visit',
      '550 5.7.1  https://support.google.com/a/answer/172179 - gsmtp',
    ].join('\n')
    expect(headline(text)?.reason).toBe('recipient-restricted')
  })

  it("reads Exchange's 530 5.7.1 'Client was not authenticated' as a missing login, not a blocklist", () => {
    expect(headline('530 5.7.1 Client was not authenticated')?.reason).toBe('relay-denied')
  })
})

describe('a refused AUTH or STARTTLS is no badly written address (RFC 4954 §4, RFC 3207 §4)', () => {
  it.each([
    // RFC 4954 §4: 504 refuses a mechanism "not supported or [that] requires an encryption layer"
    // (Exchange's answer to AUTH LOGIN before STARTTLS): a login method, whose text names both cures.
    ['504 5.7.4 Unrecognized authentication type', 'login-method'],
    ['AUTH LOGIN\n504 5.7.4 Unrecognized authentication type', 'login-method'],
    ['AUTH CRAM-MD5\n504 5.5.4 Unrecognized authentication type', 'login-method'],
    ['500 5.5.6 Authentication Exchange line is too long', 'login-method'],
    ['>>> AUTH LOGIN\n<<< 500 5.5.6 Authentication Exchange line is too long', 'login-method'],
    ['503 5.5.1 Error: authentication not enabled', 'tls-required'],
    // Only an answer the server could not decode is the program's malformed command.
    ['501 5.5.2 Cannot decode response (in reply to AUTH command)', 'syntax'],
    // X.6.7: a non-ASCII address where SMTPUTF8 is not offered (RFC 6531 §3.5).
    ['553 5.6.7 Non-ASCII address not permitted', 'syntax'],
    // RFC 4468's BURL could not fetch the content: no content filter.
    ['554 5.6.6 Message content not available', 'system-error'],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })
})
