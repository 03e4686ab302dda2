// The long tail of real replies, and the rule that keeps an unnamed policy from reading as a blocklist. Each
// input is the real reply or report, fed to the public analyzer as a user pastes it. Who acts is
// asserted on the English texts the page shows, so a reason that fits the code but sends someone
// to the wrong fix (delisting an IP that no list names) fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { BOUNCE_REASONS, type BounceReason } from '../../src/smtp/bounce/reasons'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

type ReasonTexts = Record<'title' | 'explanation' | 'whoActs' | 'advice', string>
const locale = (lng: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lng}/bounce/reasons.json`), 'utf8')) as {
    reason: Record<BounceReason, ReasonTexts>
  }
const en = locale('en').reason
const whoActs = (reason: BounceReason | undefined) => (reason ? en[reason].whoActs : '')

const gmailDsn = (title: string, paragraph: string, response: string) =>
  `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n** ${title} **\n\n${paragraph}\n\nThe response was:\n\n${response}\n`

describe('every reason is explained in both languages', () => {
  it.each(['en', 'tr'])('%s', (lng) => {
    const texts = locale(lng).reason
    for (const id of BOUNCE_REASONS)
      for (const field of ['title', 'explanation', 'whoActs', 'advice'] as const)
        expect(texts[id]?.[field]?.length ?? 0, `${id}.${field}`).toBeGreaterThan(10)
  })
})

describe('a policy code or a vague refusal is not presented as a blocklist', () => {
  it.each([
    // Broad X.7.0 / X.7.1 (RFC 3463 §3.8) with words that name no list.
    '550 5.7.0 Local Policy Violation',
    '550 5.7.1 Message rejected due to local policy.',
    '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    '550 5.7.1 Policy rejection on the target address',
    // Vague refusals without a code that says more.
    '550 5.1.0 Sender denied',
    '554 Message refused.',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [aBcDeF.uk45]',
    '554 5.7.7 Email policy violation detected',
    '554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=192.0.2.1&r=1ABC',
    'SMTP error from remote mail server after initial connection:\n554 mx.example.org ESMTP not accepting messages',
    '553 sorry, your envelope sender has been denied (#5.7.1) (in reply to MAIL FROM command)',
    // AOL borrows X.2.1 ("mailbox disabled") for a refusal it does not explain.
    '521 5.2.1 :  AOL will not accept delivery of this message.',
    // Microsoft: the recipient domain takes no mail over IPv6; an undocumented 5.7.5xx.
    '550 5.7.510 Access denied, example.org does not accept email over IPv6',
    '550 5.7.599 Access denied',
  ])('%s', (reply) => {
    const r = headline(reply)
    expect(r?.reason).toBe('policy')
    expect(whoActs(r?.reason)).toMatch(/read the server's text/)
    expect(whoActs(r?.reason)).not.toMatch(/blocklist/i)
  })

  it('keeps Yahoo\'s 554 5.7.9 "not accepted for policy reasons" as the message\'s authentication', () => {
    expect(headline('554 5.7.9 Message not accepted for policy reasons.')?.reason).toBe('auth-failed')
  })

  it.each([
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '554 5.7.1 resimta-po-01v.sys.comcast.net comcast 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    "550 OU-002 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.",
    '554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1',
    '554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=192.0.2.1&c=bl',
    '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
  ])('keeps "blocked" where the words or a narrow code name the sending host: %s', (reply) => {
    expect(headline(reply)?.reason).toBe('blocked')
  })
})

it("reads Exim's HELO check as the sending server's name, not a blocklist", () => {
  expect(
    headline(
      'SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n550 5.7.1 HELO/EHLO hostname srv01.example.lan not found',
    )?.reason,
  ).toBe('helo-name')
})

describe('a temporary reply that gives no cause is a deferral, not a guess', () => {
  it.each([
    '421 4.7.0 Try again later, closing connection. (EHLO) - gsmtp',
    '451 4.7.1 Try again later',
    '451 4.7.1 Sorry, the service is currently unavailable. Please come back later.',
    '421 4.7.0 Try again later',
    '421 mx.example.org Service not available, closing transmission channel',
    // 450's stock text (RFC 5321 §4.2.3: "mailbox busy or temporarily blocked") is no unknown user.
    '450 Requested mail action not taken: mailbox unavailable',
  ])('%s', (reply) => {
    const r = headline(reply)
    expect(r).toMatchObject({ action: 'delayed', reason: 'deferred' })
    expect(whoActs(r?.reason)).toMatch(/retries by itself/)
  })

  it("reads Exchange's delay notice, which quotes no reply, as still being retried", () => {
    const notice =
      "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\nSubject: Delivery delayed:Quarterly report\n\nDelivery is delayed to these recipients or groups:\n\nbob@example.org\n\nSubject: Quarterly report\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes."
    expect(headline(notice)).toMatchObject({
      recipient: 'bob@example.org',
      action: 'delayed',
      reason: 'deferred',
    })
  })

  it('names no cause for a message that expired on a bare 4xx', () => {
    const r = headline(
      "I'm not going to try again; this message has been in the queue too long.\n451 4.7.1 Try again later",
    )
    expect(r).toMatchObject({ action: 'failed', reason: 'expired', cause: null })
  })
})

describe('replies once read too loosely: vendor wordings, receipts, format errors', () => {
  it.each([
    // Microsoft 365 turns password logins off for the tenant: an app password cannot help.
    [
      '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      'login-method',
    ],
    ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'login-method'],
    // The message's format, not an address.
    [
      '550-5.7.1 [192.0.2.1] Messages missing a valid address in From:\n550 5.7.1 header, or having no From: header, are not accepted. - gsmtp',
      'message-format',
    ],
    ['554-5.6.0 Mail message is malformed. Not accepted.', 'message-format'],
    [
      '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA',
      'message-format',
    ],
    // Zoho and Amazon SES stop the sender's own account.
    ['550 5.4.6 Unusual sending activity detected. Please try after sometime.', 'sender-account'],
    ['554 5.1.8 Email Outgoing Blocked.', 'sender-account'],
    ['454 Throttling failure: Daily message quota exceeded.', 'sender-account'],
    [
      '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.com',
      'unverified-sender',
    ],
    // TLS, SPF temperror, relay settings.
    [
      'Jan  1 00:00:00 mx postfix/smtp[123]: ABC: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, dsn=4.7.5, status=deferred (Server certificate not verified)',
      'tls-required',
    ],
    [
      "451 4.4.317 Cannot connect to remote server [Message=MTA-STS policy validation failed: certificate doesn't match policy] [LastAttemptedServerName=mx.example.org]",
      'tls-required',
    ],
    [
      '450 4.7.1 <bob@example.org>: Recipient address rejected: SPF temporary error, try again later',
      'system-error',
    ],
    [
      "550-5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address you've registered in your G Suite SMTP Relay service doesn't match domain of the account this email is being sent from.",
      'relay-denied',
    ],
    // Mimecast's greylisting; Microsoft's DNS codes; Microsoft's tenant threshold.
    [
      '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
      'greylisted',
    ],
    [
      '550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org]',
      'host-not-found',
    ],
    ['550 5.7.705 Access denied, tenant has exceeded threshold.', 'sender-account'],
    ['550 5.7.700 Access denied, tenant has exceeded threshold.', 'sender-account'],
  ] as const)('%s', (reply, reason) => {
    expect(headline(reply)?.reason).toBe(reason)
  })

  it('reads a null MX recipient domain with advice that fits a deliberate null MX', () => {
    const r = headline(
      '556 5.1.10 <bob@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)',
    )
    expect(r?.reason).toBe('host-not-found')
    expect(en['host-not-found'].advice).toMatch(/null MX/)
  })

  it('reads a read receipt as delivered and an out-of-office note as an auto-reply', () => {
    const receipt =
      'From: Bob <bob@example.org>\nTo: alice@example.net\nSubject: Read: Quarterly report\nContent-Type: multipart/report; report-type=disposition-notification; boundary="B"\n\n--B\nContent-Type: text/plain\n\nYour message\n\n To: bob@example.org\n Subject: Quarterly report\n\nwas read on 1/1/2024 10:00 AM.\n\n--B\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;bob@example.org\nDisposition: automatic-action/MDN-sent-automatically; displayed\n\n--B--\n'
    expect(headline(receipt)).toMatchObject({ action: 'delivered', reason: 'delivered' })
    const away =
      'From: Bob <bob@example.org>\nTo: alice@example.net\nSubject: Out of Office: Quarterly report\nAuto-Submitted: auto-replied\n\nI have left the company. Mail to this address is no longer read and will not be delivered to anyone. Please write to carol@example.org instead.'
    expect(headline(away)?.reason).toBe('auto-reply')
  })

  it.each([
    ['<bob@example.org>: unknown user: "bob"', 'failed', 'unknown-user', 'bob@example.org'],
    [
      'Jan  1 00:00:00 mx postfix/qmgr[123]: ABCDEF: from=<alice@example.net>, status=expired, returned to sender',
      'failed',
      'expired',
      null,
    ],
    [
      'Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
      'failed',
      'sender-account',
      null,
    ],
    // Mailgun's suppression list: the address bounced before, nothing was sent this time.
    ['Not delivering to previously bounced address', 'failed', 'suppressed', null],
    ['552 1 Requested mail action aborted, mailbox not found', 'failed', 'unknown-user', null],
    ['552 1 Requested mail action aborted, mailbox full', 'failed', 'mailbox-full', null],
    ['554 30 Sorry, your message size exceeds 41943040 bytes.', 'failed', 'message-too-large', null],
  ] as const)(
    'gives a result for a codeless or Yahoo-numbered paste: %s',
    (text, action, reason, recipient) => {
      expect(headline(text)).toMatchObject({ action, reason, recipient })
    },
  )

  it.each([
    [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Delay)\n\n** Delivery incomplete **\n\nThere was a temporary problem delivering your message to bob@example.org. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org. 192.0.2.1: timed out]",
      'delayed',
      'network',
    ],
    [
      'From: Courier mail server at mail.example.net <@>\nSubject: DELAYED MAIL\n\nThis is a delivery status notification from mail.example.net,\nrunning the Courier mail server, version 1.1.\n\nYour message to the following recipients has not been delivered yet.\nDelivery attempts will continue.\n\n<bob@example.org>:\n    mx.example.org [192.0.2.1]:\n    Connection refused\n',
      'delayed',
      'network',
    ],
  ] as const)('reads a codeless delay notice as still being retried (%#)', (text, action, reason) => {
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.org', action, reason })
  })
})

describe('replies once read too loosely: the sending side, log lines, notices without a code', () => {
  it.each([
    // RFC 3463 §3.5 X.3.2: the receiving system is down, not the recipient's domain.
    ['421 4.3.2 System not accepting network messages', 'system-error'],
    ['553 sorry, your envelope sender domain must exist (#5.7.1)', 'sender-domain'],
    ['553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', 'recipient-restricted'],
    ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'relay-denied'],
    ['421 4.7.0 [TSS11] Excessive unknown recipients - possible Open Relay', 'rate-limited'],
    [
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
      'spam-content',
    ],
    [
      '550-5.7.1 [192.0.2.1] Messages missing a valid Message-ID header are not\n550-5.7.1 accepted. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp',
      'message-format',
    ],
    [
      '451 4.7.652 The mail server [192.0.2.1] has exceeded the maximum number of connections.',
      'rate-limited',
    ],
    [
      '550 5.2.1 The message was rejected by the moderator of the group. MODERATION.ModeratorRejected',
      'recipient-restricted',
    ],
    [
      "550 5.7.1 Recipient address rejected: Message rejected by recipient's email policy",
      'recipient-restricted',
    ],
    ['504 5.5.2 <alice@localhost>: Sender address rejected: need fully-qualified address', 'sender-domain'],
    [
      '554 5.7.1 <bob@example.org>: Recipient address rejected: This address no longer accepts mail.',
      'mailbox-disabled',
    ],
    // "4.4.1" inside a link is not Microsoft's 5.4.1 directory check.
    [
      '550 5.7.1 Recipient address rejected: Access denied, see http://example.org/4.4.1',
      'recipient-restricted',
    ],
    ['550 5.6.211 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds', 'message-format'],
    [
      'SMTP error from remote mail server after initial connection:\n554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
      'blocked',
    ],
  ] as const)('%s', (reply, reason) => {
    expect(headline(reply)?.reason).toBe(reason)
  })

  it("keeps Postfix's unverified-recipient 450 a deferral, though it quotes the 550 that caused it", () => {
    expect(
      headline(
        '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      ),
    ).toMatchObject({ action: 'delayed', reply: '450', enhanced: '4.1.1', reason: 'unknown-user' })
  })

  it('reads Google Groups\' "you may not have permission to post" as the group\'s rule', () => {
    const r = headline(
      gmailDsn(
        'Message not delivered',
        "We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.",
        '',
      ),
    )
    expect(r?.reason).toBe('recipient-restricted')
  })

  it("reads a Sieve reject (an MDN with 'deleted') as the recipient's own filter", () => {
    const mdn =
      'From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: Automatically rejected mail\nContent-Type: multipart/report; report-type=disposition-notification; boundary="B"\n\n--B\nContent-Type: text/plain\n\nYour message to <bob@example.org> was automatically rejected:\nI no longer accept mail from this address.\n\n--B\nContent-Type: message/disposition-notification\n\nReporting-UA: mx.example.org; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; bob@example.org\nDisposition: automatic-action/MDN-sent-automatically; deleted\n\n--B--\n'
    expect(headline(mdn)).toMatchObject({
      recipient: 'bob@example.org',
      action: 'failed',
      reason: 'recipient-restricted',
    })
  })

  it('reads an Outlook bounce forwarded with a covering note above "-----Original Message-----"', () => {
    // The commonest form at a support desk: the user's own words first, then the forwarded NDR.
    const forwarded =
      "Subject: FW: Undeliverable: Invoice\n\nHi IT, I keep getting this when I write to Bob. Can you check?\n\nThanks, Alice\n\n-----Original Message-----\nFrom: Microsoft Outlook <postmaster@outlook.com>\nSent: Monday, January 1, 2024 10:00 AM\nTo: alice@outlook.com\nSubject: Undeliverable: Invoice\n\nDelivery has failed to these recipients or groups:\nbob@example.org\nThe recipient's mailbox is full and can't accept messages now.\n\nDiagnostic information for administrators:\nGenerating server: mx.example.org\nbob@example.org\nRemote Server returned '552 5.2.2 mailbox full'\n"
    expect(headline(forwarded)).toMatchObject({
      recipient: 'bob@example.org',
      action: 'failed',
      enhanced: '5.2.2',
      reason: 'mailbox-full',
    })
  })

  it.each([
    [
      "-----Original Message-----\nFrom: Microsoft Outlook <postmaster@outlook.com>\nSent: Monday, January 1, 2024 10:00 AM\nTo: alice@outlook.com\nSubject: Undeliverable: Invoice\n\nDelivery has failed to these recipients or groups:\nbob@example.org\nYour message wasn't delivered because the recipient's email provider rejected it.\n\nRemote Server returned '550 5.7.1 Service unavailable, Client host [192.0.2.2] blocked using Spamhaus. (AS3130)'",
      'failed',
      'blocked',
    ],
    [
      'From: Microsoft Outlook\nSubject: Delivered: Invoice\n\nYour message has been delivered to the following recipients:\n\nbob@example.org\n\nSubject: Invoice',
      'delivered',
      'delivered',
    ],
    [
      'Subject: Relayed: Invoice\n\nDelivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\nbob@example.org\n\nSubject: Invoice',
      'relayed',
      'delivered',
    ],
    [
      "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: connect to mx.example.org[192.0.2.1]:25: Connection timed out",
      'failed',
      'expired',
    ],
    [
      '2024-01-01 00:00:00 1abcDE-000123-AB == bob@example.org R=dnslookup T=remote_smtp defer (111): Connection refused',
      'delayed',
      'network',
    ],
    [
      '2024-01-01 00:00:00 1abcDE-000123-AB ** bob@example.org R=virtual_user T=virtual_delivery: Mailbox quota exceeded',
      'failed',
      'mailbox-full',
    ],
  ] as const)(
    'gives a result for a paste that named a recipient but got none (%#)',
    (text, action, reason) => {
      expect(headline(text)).toMatchObject({ recipient: 'bob@example.org', action, reason })
    },
  )
})

describe('replies once read too loosely: greylisting, throttling, quotas, vendor codes', () => {
  it.each([
    [
      '451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes',
      'sender-domain',
    ],
    [
      '451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
      'rate-limited',
    ],
    [
      "421 RP-001 (BAY004-MC1F43) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.",
      'rate-limited',
    ],
    ['554 5.7.1 Message blocked: Intent analysis (bob@example.org)', 'spam-content'],
    ['550 5.7.1 Sender ID (PRA) Not Permitted', 'auth-failed'],
    [
      '554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554',
      'message-too-large',
    ],
    ['454 4.7.0 TLS not available due to local problem', 'system-error'],
  ] as const)('%s', (reply, reason) => {
    expect(headline(reply)?.reason).toBe(reason)
  })

  it('reads an expired Mimecast greylisting deferral as expired after greylisting', () => {
    const exim =
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    host eu-smtp-inbound-1.mimecast.com [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451\n'
    expect(headline(exim)).toMatchObject({ action: 'failed', reason: 'expired', cause: 'greylisted' })
  })

  it('gives a result for Gmail\'s codeless "Message blocked" DSN', () => {
    const r = headline(
      gmailDsn(
        'Message blocked',
        'Your message to bob@example.org has been blocked. See technical details below for more information.',
        'The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, please visit https://support.google.com/a/answer/172179',
      ),
    )
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      action: 'failed',
      reason: 'recipient-restricted',
    })
  })
})

describe("the sender's own quota, a missing header, a greylisting in Exim's words", () => {
  it.each([
    // Google lists it with the sending limits (support.google.com/a/answer/3726730): no mailbox is full.
    ['550 5.7.1 Email quota exceeded. - gsmtp', 'sender-account'],
    [
      '554 5.7.1 <bob@example.net>: Recipient address rejected: You have exceeded your Outmail quota.',
      'sender-account',
    ],
    [
      "550 5.7.703 Your message can't be delivered because messages to XXX, YYY and ZZZ, have been rejected as spam by the recipients. Your organization has exceeded its sending limits for now.",
      'sender-account',
    ],
    ['550 5.7.1 Message rejected: missing Date header', 'message-format'],
    [
      '550 5.7.1 Messages with multiple addresses in From: header are not accepted. - gsmtp',
      'message-format',
    ],
    [
      '451 4.7.1 Please try again later: 203.0.113.7 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.net>. Please try later.',
      'greylisted',
    ],
  ] as const)('%s', (reply, reason) => {
    expect(headline(reply)?.reason).toBe(reason)
  })

  it("does not tell the recipient to free space when the quota is the sender's", () => {
    const r = headline('550 5.7.1 Email quota exceeded. - gsmtp')
    expect(whoActs(r?.reason)).not.toMatch(/recipient/i)
  })

  it('reads a reply whose words open with the refused IP address', () => {
    const r = headline('550 203.0.113.7 is not allowed to send mail from example.com')
    expect(r).toMatchObject({ action: 'failed', reply: '550' })
  })
})

describe("a mail program's own error: nothing was sent, so nothing was returned", () => {
  it.each([
    // Thunderbird, send-error-smtp-request-refused and the older "SMTP server" wording.
    [
      'Sending of the message failed.\nThe message could not be sent because connecting to Outgoing server (SMTP) smtp.example.net failed. The server may be unavailable or is refusing SMTP connections.',
      'outgoing-server',
    ],
    [
      'Sending of message failed.\nThe message could not be sent because the connection to SMTP server mail.example.net was lost in the middle of the transaction. Try again or contact your network administrator.',
      'outgoing-server',
    ],
    [
      'Task \'account@example.com - Sending\' reported error (0x80042109) : "Outlook cannot connect to your outgoing (SMTP) e-mail server."',
      'outgoing-server',
    ],
    [
      'Mailer Error: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'outgoing-server',
    ],
    ['Mailer Error: SMTP Error: Could not authenticate.', 'login-failed'],
    // A refused login as the mail program shows it: the server's 535, no report around it.
    ['535 5.7.8 Username and Password not accepted. - gsmtp', 'login-failed'],
    // Thunderbird quoting the server's refusal: the server's words name the cause.
    [
      'Sending of the message failed.\nAn error occurred while sending mail. The mail server responded: 5.7.1 <bob@example.net>: Relay access denied. Please check the message recipient "bob@example.net" and try again.',
      'relay-denied',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it("keeps a sending server's report of a refused smarthost login as returned", () => {
    const postfix =
      "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<bob@example.net>: SASL authentication failed; server smtp.relay.example[192.0.2.5] said: 535 5.7.8 Error: authentication failed"
    expect(headline(postfix)).toMatchObject({ action: 'failed', reason: 'login-failed' })
  })
})

describe('replies once read too loosely: whose account, whose list, which words a filter goes by', () => {
  it.each([
    // Mail.ru stops the sender's own account; no recipient's mailbox is disabled.
    ['550 Message sending for this account is disabled', 'sender-account'],
    // WEB.DE: the recipient's mailbox holds too many messages; nobody sends too fast.
    ['552 User has too many messages on the server', 'mailbox-full'],
    ['554: Dialup/transient IP not allowed. Use a mailgateway. (DIAL)', 'blocked'],
    ['554 Too many Received: headers', 'system-error'],
    ['550 ** No mail box available for this user **', 'unknown-user'],
    [
      '550-<recipient@example.org> is not a known user on this system; see\n550 http://help.example.org/email-bounce',
      'unknown-user',
    ],
    ['554 email rejected due to security policies - MCSpamSignature.sa.5.6', 'spam-content'],
    ['550 Message refused by MailMarshal SpamProfiler', 'spam-content'],
    ['553 5.7.3 CONTENT REJECT:mx.example.org:dspam check:4:text', 'spam-content'],
    ['553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)', 'relay-denied'],
    ['550 Domain of forward-path is not allowed', 'relay-denied'],
    ['550-Your message was rejected by this user and was not delivered.', 'recipient-restricted'],
  ] as const)('%s', (reply, reason) => {
    expect(headline(reply)?.reason).toBe(reason)
  })

  const postfix = (said: string) =>
    `This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n${said}\n`

  it('reads and shows the words Postfix wraps onto indented lines after the code', () => {
    const r = headline(
      postfix(
        '<bob@example.net>: host mx.example.net[192.0.2.9] said: 550\n    Denied due to spam list (in reply to RCPT TO command)',
      ),
    )
    expect(r).toMatchObject({ command: 'RCPT TO', reason: 'blocked' })
    expect(r?.diagnostic).toContain('Denied due to spam list')
  })

  it('does not read a spam filter that refused the sender at MAIL FROM as a verdict on the content', () => {
    const r = headline(
      postfix(
        '<bob@example.net>: host mx.example.net[192.0.2.9] said: 554\n    Sending address not accepted due to spam filter (in reply to MAIL FROM command)',
      ),
    )
    expect(r?.reason).toBe('policy')
    expect(whoActs(r?.reason)).not.toMatch(/content/i)
  })

  it('keeps "Blocked using spam pattern" after the data a content verdict, not a blocklist', () => {
    const r = headline(
      postfix(
        '<bob@example.net>: host spam.example.net[192.0.2.8] said: 553 Blocked\n    using spam pattern, your message may contain the spam contents (in reply to\n    end of DATA command)',
      ),
    )
    expect(r?.reason).toBe('spam-content')
  })

  it("reads Gmail's domain-not-found notice wrapped across lines as the domain", () => {
    const r = headline(
      "Address not found\n\nYour message wasn't delivered to contact@mail.example.io because the domain\nmail.example.io couldn't be found. Check for typos or unnecessary spaces and\ntry again.\n",
    )
    expect(r?.reason).toBe('host-not-found')
  })

  it("reads cPanel's codeless hourly cap, retried later, as the sender's own limit", () => {
    const r = headline(
      'Domain "example.com" has exceeded the max emails per hour (2/2 (100%)) allowed.  Message will be reattempted later',
    )
    expect(r).toMatchObject({ action: 'delayed', reason: 'sender-account' })
  })
})

describe('replies once read too loosely: a capability list, a callout, a greylist worded as a list', () => {
  it.each([
    // PowerMTA's accounting record quotes the EHLO capabilities; STARTTLS there refuses nothing.
    [
      'b,2017-05-04 18:07:21-0300,2017-05-04 18:07:17-0300,sender@example.org,bob@example.net,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 5.1.1 <bob@example.net>: Recipient address rejected,mx.example.net (192.0.2.4),policy-related,smtp,example.org (127.0.0.1),smtp,198.51.100.7,192.0.2.4,"ENHANCEDSTATUSCODES,8BITMIME,SIZE,AUTH,STARTTLS,AUTH:PLAIN,AUTH:LOGIN",,pmta-vmta6',
      'unknown-user',
    ],
    // Exim's callout on the sender's own domain; the quoted "User unknown" is postmaster@ there.
    [
      '<list@lists.example.net>:\n192.0.2.6 does not like recipient.\nRemote host said: 550-Postmaster verification failed while checking <george@example.org>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<postmaster@example.org>\n550-Response: 550 <postmaster@example.org>: User unknown\n550-Several RFCs state that you are required to have a postmaster\n550 mailbox for each mail domain.',
      'sender-domain',
    ],
    [
      '553 5.7.1 <host[192.0.2.8]>: Client host rejected: Relaying denied - Your IP identified as spammer. Please contact 123',
      'blocked',
    ],
    [
      '421 4.7.1 Service unavailable; Client host [192.0.2.9] blocked using grey.rbl - Greylisting in action, please try again later',
      'greylisted',
    ],
    ['552 "Message body is too big"', 'message-too-large'],
    ['550 Account discontinued, cancelled by user', 'mailbox-disabled'],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it('keeps a 4xx that says the message is "still undelivered" a delay, not a failure to resend', () => {
    expect(headline('451 "Message still undelivered"')).toMatchObject({
      action: 'delayed',
      reason: 'deferred',
    })
  })

  it("reads 'Relay access denied' from the recipient's own server as a domain it does not host", () => {
    const gmail = headline(
      'The error that the other server returned was: 554 554 5.7.1 <me@example.org>: Relay access denied (state 14).',
    )
    expect(gmail?.reason).toBe('not-hosted')
    expect(whoActs(gmail?.reason)).toMatch(/recipient domain's administrator/)
    // A Postfix log line: the recipient's own MX (a host under its domain) refuses its domain.
    const log = headline(
      'postfix/smtp[4321]: 5DE2F: to=<bob@example.org>, relay=mail.example.org[192.0.2.9]:25, delay=0.5, dsn=5.7.1, status=bounced (host mail.example.org[192.0.2.9] said: 554 5.7.1 <bob@example.org>: Relay access denied (in reply to RCPT TO command))',
    )
    expect(log?.reason).toBe('not-hosted')
    // A smarthost of the sender's that wants a login stays the sender's relay problem.
    const smarthost = headline(
      "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.net>: host smtp.relay.example[192.0.2.5] said: 554 5.7.1\n    <bob@example.net>: Relay access denied (in reply to RCPT TO command)\n",
    )
    expect(smarthost?.reason).toBe('relay-denied')
  })

  it.each([
    [
      "smtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}",
      'unknown-user',
    ],
    [
      "System.Net.Mail.SmtpException: 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required'",
      'relay-denied',
    ],
    ['Net::SMTPFatalError (553 Mail from must equal authorized user', 'send-as'],
    [
      'Fatal error: Uncaught Swift_TransportException: Expected response code 250 but got code "550", with message "550 Message was not accepted -- invalid mailbox. Local mailbox bob@example.net is unavailable: message sending for this account is disabled"',
      'sender-account',
    ],
  ] as const)("reads a program's exception as not sent, with the server's reason: %s", (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it("reads the reply code smtplib quotes as '(550, b'…')'", () => {
    const r = headline(
      "smtplib.SMTPSenderRefused: (553, b'5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice@example.net', 'alice@example.org')",
    )
    expect(r).toMatchObject({ action: 'not-sent', reply: '553', enhanced: '5.7.1', reason: 'send-as' })
  })
})

describe("more programs' errors, and a sending server's report that names one", () => {
  it.each([
    [
      'javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@example.net> recipient rejected',
      'unknown-user',
    ],
    [
      'MailKit.Net.Smtp.SmtpCommandException: 4.5.127 Message rejected. Excessive message rate from sender.',
      'rate-limited',
    ],
    ['Error: Data command failed: 550-5.4.5 Daily user sending limit exceeded.', 'sender-account'],
    ['gomail: could not send email 1: 501 mail from address must be same as authorization user', 'send-as'],
    ['gomail: could not send email 1: 550 The example.com domain is not verified', 'unverified-sender'],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it.each([
    'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    "Error: Connection timeout\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:784:19) {\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n}",
  ])("reads a library's lost or refused connection as its outgoing server out of reach: %s", (text) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'outgoing-server' })
  })

  it("reads nodemailer's 'Mail command failed' as a refusal of the sender's address", () => {
    expect(headline('Error: Mail command failed: 550 5.7.1 Sender address rejected')?.command).toBe(
      'MAIL FROM',
    )
  })

  it("keeps a server's delivery report that quotes its exception as a report of what the server did", () => {
    const r = headline(
      'someone@gmail.com (Rerouted) at remote mailserver gmail-smtp-in.l.google.com. (192.0.2.27): SMTPSendFailedException: 421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF\n421-4.7.28 domain [example.com]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.\n421 4.7.28 review our Bulk Email Senders Guidelines. abc - gsmtp\n (421)',
    )
    expect(r).toMatchObject({ action: 'delayed', reason: 'rate-limited' })
  })

  it("reads Exim's 'retry time not reached' as a deferral in its log and as the end in its failure notice", () => {
    const log = headline(
      "2017-04-20 09:55:29 1d0TWe-0007JO-V1 == editor@example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.org'",
    )
    expect(log?.action).toBe('delayed')
    const notice = headline(
      "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    retry time not reached for any host for 'example.org'\n",
    )
    expect(notice).toMatchObject({ action: 'failed', reason: 'expired' })
  })

  it('does not read docomo\'s full mailbox (552 5.2.2 "Too much mail data") as a sending rate', () => {
    expect(headline('552 5.2.2 Too much mail data')?.reason).toBe('mailbox-full')
  })

  it("keeps a 556 whose words are not RFC 7504's from reading as a domain that takes no mail", () => {
    expect(headline('556 remote ip check error.')?.reason).not.toBe('host-not-found')
  })
})

describe("desktop programs' dialogs, and a reply whose classes disagree", () => {
  it.each([
    [
      'The recipient “bob@example.org” was rejected by the server because it does not allow relaying.',
      'relay-denied',
    ],
    [
      'The recipient “bob@example.org” was rejected by the server because the user is unknown.',
      'unknown-user',
    ],
    [
      'An Error occurred sending mail.\nThe mail server responded: Originator address does not match authentication credential.\nPlease check the message and try again.',
      'relay-denied',
    ],
    [
      'msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
      'unknown-user',
    ],
    [
      'mail(): Failed to connect to mailserver at "localhost" port 25, verify your "SMTP" and "smtp_port" setting in php.ini',
      'outgoing-server',
    ],
    // The mail program adds which address it was: the recipient's domain has the broken DNS.
    [
      'An error occurred while sending mail. The mail server responded:\nRequested action not taken: mailbox unavailable\ninvalid DNS MX or A/AAAA resource record.\nPlease check the message recipient "bob@example.org" and try again.',
      'host-not-found',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it('takes the reply code over an enhanced code of another class (Exchange\'s "554 4.3.2 … permanent")', () => {
    const r = headline(
      "Remote Server returned '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-'",
    )
    expect(r?.action).toBe('failed')
  })

  it("keeps the sending server's own verdict when it logs a remote 554 as deferred (dsn=4.0.0)", () => {
    const r = headline(
      "postfix/smtp[123]: ABC: to=<bob@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=1, dsn=4.0.0, status=deferred (host mx.example.org[192.0.2.9] refused to talk to me: 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation)",
    )
    expect(r?.action).toBe('delayed')
  })

  it('reads a bare 451 5.7.3 (STARTTLS required) as a deferral, not a failure', () => {
    expect(headline('451 5.7.3 STARTTLS is required to send mail')).toMatchObject({
      action: 'delayed',
      reason: 'tls-required',
    })
  })
})

describe('more programs, and what a not-sent message is told about retrying', () => {
  it.each([
    [
      'Cannot Send Mail. A copy has been placed in your Outbox. The recipient email address rejected by server because it does not allow relaying.',
      'relay-denied',
    ],
    ['Error: permanent error (535)', 'login-failed'],
    [
      'Exception calling "Send" with "1" argument(s): "Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender"',
      'send-as',
    ],
    [
      'SMTP failed to send: Permanent(Response { code: Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: One }, message: ["5.7.1 [2] Message rejected under suspicion of SPAM"] })',
      'spam-content',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it('tells a program refused for its rate to send again later itself, not to wait for a server that retries', () => {
    const r = headline(
      "smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit')",
    )
    expect(r).toMatchObject({ action: 'not-sent', reason: 'rate-limited' })
    const key = reasonTextKey({ reason: r?.reason ?? 'unknown', action: r?.action ?? null }, 'advice')
    expect(key).toBe('reason.rate-limited.adviceNotSent')
    const texts = locale('en') as unknown as { reason: Record<string, Record<string, string>> }
    expect(texts.reason['rate-limited']?.adviceNotSent).toMatch(/nothing will retry by itself/)
  })

  it("reads a named exception as the program's error even when its message says 'could not be delivered'", () => {
    const r = headline(
      '"Exception": "Horde_Smtp_Exception_Recipients", "Message": "Message could not be delivered - the address was not found, is unknown, or is not receiving messages."',
    )
    expect(r).toMatchObject({ action: 'not-sent', reason: 'unknown-user' })
  })

  it("does not read a host's catch-all that only says an address 'may be blacklisted' as a blocklist", () => {
    const r = headline(
      'SMTP Error: The following recipients failed: bob@example.org: The mail server could not deliver mail to\nbob@example.org.  The account or domain may\nnot exist, they may be blacklisted, or missing the proper dns entries.',
    )
    expect(r).toMatchObject({ action: 'not-sent', reason: 'unknown' })
  })

  it("reads a connecting server's IP given where a host name belongs as a block of that server, not an address typo", () => {
    expect(headline('550: [192.0.2.40] is not a fully qualified domain name ("FQDN")')?.reason).toBe(
      'blocked',
    )
  })
})

describe('pass 23: more program forms, a reply wrapped before its code, words that only look like a cause', () => {
  it.each([
    [
      'Expected response code "250" but got code "550", with message "550 MIME message is missing \'From\' header".',
      'message-format',
    ],
    [
      'An Outgoing server (SMTP) error occurred while sending mail. The server responded:  5.7.1 <DATA>: Data command rejected: only 10 messages per day',
      'sender-account',
    ],
    [
      '{{nocatch,{permanent_failure,<<"550 5.4.5 Daily user sending quota exceeded. - gsmtp\\r\\n">>}}',
      'sender-account',
    ],
    [
      "'Invalid Addresses' (3x caused by later): 471 4.7.1 <bob@example.org>: The limits for your account are exceeded. Please try again later.",
      'sender-account',
    ],
    [
      '"The message could not be sent because one of the recipients was\nrejected by the server. Server Response: \'553. To send mail, first check\nyour mail with a valid POP account; this prevents unauthorized SPAM\nrelaying. (#5.7.1)\', Port: 25, Secure(SSL): No, Server Error: 553,\nError Number: 0x800CCC79"',
      'relay-denied',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it('reads a Postfix reply wrapped before its code with the lines after it', () => {
    const r = headline(
      "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<list@lists.example.org>: host lists.example.org[192.0.2.51]\n    said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked\n    using zen.spamhaus.org; Error: open resolver;\n    https://www.spamhaus.org/returnc/pub/192.0.2.1 (in reply to RCPT TO\n    command)\n",
    )
    expect(r?.reason).toBe('system-error')
    expect(r?.diagnostic).toContain('open resolver')
  })

  it("reads Exim's failed recipient callout as the recipient, its sender callout as the sender's domain", () => {
    const recipient = headline(
      '550-Verification failed for <bob@example.org>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<bob@example.org>\n550-Response: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n550 Recipient verify failed',
    )
    expect(recipient?.reason).toBe('unknown-user')
    const sender = headline(
      '<bob@example.org>: host mx.example.org[192.0.2.7] said:\n    550-Verification failed for <alice@example.net> 550-The mail server could not\n    deliver mail to <alice@example.net>.  The account or domain may not exist, they\n    may be blacklisted, or missing the proper dns entries. 550 Sender verify\n    failed (in reply to RCPT TO command)',
    )
    expect(sender?.reason).toBe('sender-domain')
  })

  it('does not read "Malformed answer from server" as a badly written address', () => {
    expect(
      headline(
        '[Status: Error, Address: <bob@example.org>, Malformed answer from server]\n\nMessage will be retried for 4 more day(s)',
      )?.reason,
    ).toBe('system-error')
  })
})
