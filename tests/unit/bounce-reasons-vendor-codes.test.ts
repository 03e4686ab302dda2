// Replies read by a general rule or by a documented vendor code:
// vendor codes with few or no words, notices without a code that gave no result, suppression
// lists, temporary DNS and verification errors, and a Turkish notice that gave up on a 4xx.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import {
  openSmtpdDelay,
  openSmtpdFailure,
  postfixDelay,
  postfixReport,
  smarterMail,
  turkishGaveUp,
} from '../fixtures/bounce-wrappers'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('vendor codes and short vendor wordings', () => {
  it.each([
    // Sophos Email "SMTP error codes": 0001 no valid DKIM signature, 0006 TLS version.
    ['550 5.7.1 Message rejected XGEMAIL_0001', 'auth-failed'],
    [
      "550 5.7.1 Message rejected because the TLS version used doesn't match the version configured in your policy. XGEMAIL_0006",
      'tls-required',
    ],
    // NetEase's spam verdict, as a permanent and as a temporary refusal.
    [
      '554 DT:SPM 163 smtp3, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp3',
      'spam-content',
    ],
    [
      '550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723',
      'rate-limited',
    ],
    ['550 Suspected spam sender.', 'blocked'],
    ['550 black ip.', 'blocked'],
    ['550 user is locked.', 'mailbox-disabled'],
    ['550 Sender verification failed', 'sender-domain'],
    ['554 5.6.0 STOREDRV.Deliver; Corrupt message content', 'message-format'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it('keeps the 451 of a temporary NetEase spam verdict a delay', () => {
    expect(
      headline('451 DT:SPM 163 mx1,try again http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1'),
    ).toMatchObject({ action: 'delayed', reason: 'spam-content' })
  })
})

describe("an address on the sender's own suppression list", () => {
  it.each([
    'Not delivering to previously bounced address',
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'Suppressed',
        bouncedRecipients: [
          {
            emailAddress: 'bob@example.org',
            action: 'failed',
            status: '5.1.1',
            diagnosticCode:
              'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
          },
        ],
        timestamp: '2024-01-01T00:00:00.000Z',
        feedbackId: 'x',
        reportingMTA: 'dns; amazonses.com',
      },
      mail: { source: 'alice@example.com', destination: ['bob@example.org'] },
    }),
    JSON.stringify([
      { email: 'bob@example.org', event: 'dropped', reason: 'Bounced Address', status: '5.0.0' },
    ]),
  ])('%s', (text) => {
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'suppressed' })
  })
})

describe("temporary lookups and checks are the reporting side's fault, not the domain's or SPF's", () => {
  it.each([
    '451 #4.4.3 Temporary error occurred during SPF verification.',
    '451 4.4.3 Unable to verify address at this time.',
  ])('%s', (line) => {
    expect(headline(line)).toMatchObject({ action: 'delayed', reason: 'system-error' })
  })

  it('does not take MDaemon\'s "determined by local configuration parameters" for a server fault', () => {
    const mdaemon = `From: MDaemon@example.net
Subject: Warning: Message Delivery Delayed

After one or more unsuccessful delivery attempts the attached message is still in the queue.
The number and frequency of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND THE MESSAGE.  Here is the transcript:

 RCPT TO:<bob@example.org>
 450 Please try again later
`
    expect(headline(mdaemon)).toMatchObject({ action: 'delayed', reason: 'deferred' })
  })

  it('still reads a failed host name lookup under 4.4.3 as the recipient domain', () => {
    expect(
      headline('Deferred: Name server: example.invalid.: host name lookup failure\n451 4.4.3')?.reason,
    ).toBe('host-not-found')
  })
})

describe('notices without a code now give a result', () => {
  it.each([
    ['bob@example.org: Envelope expired', 'expired'],
    ['bob@example.org: Domain does not exist', 'host-not-found'],
    ['bob@example.org: Loop detected', 'system-error'],
  ] as const)("OpenSMTPD's failure notice: %s", (line, reason) => {
    expect(headline(openSmtpdFailure(line))).toMatchObject({
      recipient: 'bob@example.org',
      action: 'failed',
      reason,
    })
  })

  it('reads OpenSMTPD\'s delay notice by its recipient line, not its "temporary failure report" boilerplate', () => {
    expect(headline(openSmtpdDelay('bob@example.org: Network error on destination MXs'))).toMatchObject({
      action: 'delayed',
      reason: 'network',
    })
  })

  it("reads SmarterMail's failed connection attempts as a network failure it gave up on", () => {
    expect(headline(smarterMail('Failed four Attempts to connect to recipients mail server'))).toMatchObject({
      action: 'failed',
      reason: 'expired',
      cause: 'network',
    })
  })
})

describe('a Turkish notice that gave up on a temporary reply', () => {
  it('is a failure after retrying, with the last reply as its cause', () => {
    expect(headline(turkishGaveUp('451 4.3.0 Mail server temporarily rejected message.'))).toMatchObject({
      action: 'failed',
      reason: 'expired',
      cause: 'system-error',
    })
    expect(headline(turkishGaveUp('450 Please try again later'))).toMatchObject({
      action: 'failed',
      reason: 'expired',
      cause: null,
    })
  })
})

describe("the sender's own address or account, named as such", () => {
  it.each([
    // Postfix reject_unlisted_sender / reject_unverified_sender: the refused address is the one
    // before "Sender address rejected", the sender's own; no recipient is missing. An unverified
    // sender is one whose own domain's server said its mailbox does not exist: the sender's domain.
    [
      '550 5.1.0 <alice@sender.example>: Sender address rejected: User unknown in virtual mailbox table',
      'policy',
    ],
    [
      '450 4.1.7 <alice@sender.example>: Sender address rejected: unverified address: host mx.sender.example[192.0.2.8] said: 550 5.1.1 <alice@sender.example>: Recipient address rejected: User unknown in local recipient table',
      'sender-domain',
    ],
    // Google Workspace SMTP relay: the sending account, not the recipient's mailbox.
    [
      '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain. - gsmtp',
      'sender-account',
    ],
    // Microsoft 365 5.7.501–503: the sending account was banned for the spam it sent.
    [
      "Remote Server returned '550 5.7.501 Access denied, spam abuse detected. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653'",
      'sender-account',
    ],
    ['550 5.7.503 Access denied, spam abuse detected.', 'sender-account'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it('still reads a missing recipient and a disabled recipient mailbox as the recipient’s', () => {
    expect(headline('550 5.7.1 <bob@example.org>: Recipient address rejected: User unknown')?.reason).toBe(
      'unknown-user',
    )
    expect(headline('550 5.2.1 The email account that you tried to reach is disabled. - gsmtp')?.reason).toBe(
      'mailbox-disabled',
    )
  })
})

describe('two notices pasted together', () => {
  it('gives the later failure, not the earlier delay, for the same recipient', () => {
    const delay = postfixDelay(
      'host mx.example.org[192.0.2.4] said: 451 4.3.0 Temporary failure (in reply to end of DATA command)',
      '4.3.0',
    )
    const failure = postfixReport(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      '5.1.1',
      'RCPT TO',
    )
    const report = analyzeBounceReport(`${delay}\n\n${failure}`)
    expect(report.recipients).toHaveLength(1)
    expect(report.headline).toMatchObject({ action: 'failed', reply: '550', reason: 'unknown-user' })
  })
})

describe("mail servers' own wordings", () => {
  it.each([
    [
      "550-5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550 5.7.1 service provider instead. - gsmtp",
      'blocked',
    ],
    ['550 Sender has no A, AAAA, or MX DNS records.', 'sender-domain'],
    ['550 Rejected: HELO/EHLO forged mail.example.com', 'helo-name'],
    ['550 5.7.1 Relay rejected for policy reasons.', 'relay-denied'],
    ['550 Relay Disabled', 'relay-denied'],
    ['553 5.7.1 <alice@example.org>: Sender address rejected: not logged in', 'relay-denied'],
    [
      '554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe',
      'spam-content',
    ],
    ['550 5.7.1 Blocked by SpamAssassin', 'spam-content'],
    ['451 4.3.0 <bob@example.org> Temporary user lookup failure', 'system-error'],
    [
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients.",
      'sender-account',
    ],
    ['552 bob@example.org account is full (quota exceeded)', 'mailbox-full'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })
})

describe('sending services, lists and web cards, read for who can act', () => {
  it.each([
    // SparkPost's own suppression list, not the recipient's policy.
    ['554 5.7.1 recipient address was suppressed due to customer policy', 'suppressed'],
    [
      '554 5.7.1 [internal] recipient address suppressed due to customer policy (Spam Complaint)',
      'suppressed',
    ],
    // Comcast's #BL000000 is its blocklist of the sending IP, whatever "for spam" says.
    [
      '554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
      'blocked',
    ],
    // Mailman's DMARC rule is the list's, not a failed SPF/DKIM check of the sender.
    [
      'Your message to the Staff mailing-list was rejected for the following reasons:\n\nYou are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.',
      'recipient-restricted',
    ],
    // Gmail's "Recipient inbox full" card, pasted from the app without a code.
    [
      "Recipient inbox full\nYour message couldn't be delivered to bob@example.org. Their inbox is full, or it's getting too much mail right now.",
      'mailbox-full',
    ],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it('reads an Amazon SES Transient bounce as given up after retries, not as still being retried', () => {
    const notification = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [
          { emailAddress: 'bob@example.org', diagnosticCode: 'smtp; 552 5.2.2 Mailbox full' },
        ],
        reportingMTA: 'dns; a8-1.smtp-out.amazonses.com',
      },
    })
    expect(headline(notification)).toMatchObject({
      recipient: 'bob@example.org',
      action: 'failed',
      reason: 'expired',
      cause: 'mailbox-full',
    })
  })
})

describe('a message the servers could not convert, and the sender organisation’s own rules', () => {
  it.each([
    // Exchange could not convert a TNEF part the sending program built: no content filter.
    [
      '554 5.6.0 STOREDRV.Deliver.Exception:ConversionFailedException; Failed to process message due to a permanent exception with message Content conversion: Corrupt summary tnef content. ConversionFailedException: Content conversion: Corrupt summary tnef content.',
      'message-format',
    ],
    ['554 5.6.0 STOREDRV.Deliver; Corrupted content', 'message-format'],
    // A data loss prevention rule of the sender's own organisation, not a recipient-side list.
    [
      "550 5.7.1 Delivery not authorized, message refused. Your message was blocked by your organization's data loss prevention (DLP) policy.",
      'policy',
    ],
    ['550 5.7.1 Delivery not authorized, message refused', 'recipient-restricted'],
    ['554 5.7.1 <alice@example.org>: From address is not one of your addresses', 'relay-denied'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })
})

describe('refusals that name the sending side, and a rate in words', () => {
  it.each([
    // "does not accept mail from …" names the sender, not a null MX of the recipient's domain.
    ['554 5.7.1 this system does not accept mail from your country "CN"', 'policy'],
    ['550 5.7.1 This server does not accept mail from your IP address', 'blocked'],
    [
      '556 5.1.10 <bob@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)',
      'host-not-found',
    ],
    // Mailprotector: the words say rate; the 4.4.2 beside them does not make it a network fault.
    ['421 4.4.2 Message submission rate for this client has exceeded the configured limit', 'rate-limited'],
    // The server answered "Connection refused": it is reachable, it refuses the sending host.
    ['501 Connection Refused', 'blocked'],
    [
      '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient',
      'recipient-restricted',
    ],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it('keeps a connection that was never answered a network problem', () => {
    const log =
      'Jan  1 10:00:00 mx postfix/smtp[123]: 4F2A31C0: to=<bob@example.org>, relay=none, delay=0.1, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.4]:25: Connection refused)'
    expect(headline(log)?.reason).toBe('network')
  })
})

describe('a limit or a block for a cause the reply names', () => {
  it.each([
    // Gmail rate-limits for a missing TLS or PTR: the cause must be fixed, slowing down cannot help.
    [
      "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
      'tls-required',
    ],
    [
      '421-4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      'blocked',
    ],
    // Headers the sending program wrote wrongly are no content verdict.
    ['550-5.7.1 The message contains a unicode character in a disallowed header.', 'message-format'],
    [
      '550-5.7.1 Encoded-word syntax is not permitted in message header Message-ID. To reduce the amount of spam sent to Gmail, this message has been blocked. Please review RFC 5322 specifications.',
      'message-format',
    ],
    // The sender's rate, not a server fault or a full mailbox.
    ['450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.', 'rate-limited'],
    ['452 bob@example.org message threshold exceeded - AUP#CXMXRT', 'rate-limited'],
    // MessageLabs refuses to relay: the account's settings, not a mistyped address.
    [
      '553-you are trying to use me [server-5.tower-21.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.25, mail.example.net] do this.',
      'relay-denied',
    ],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })
})

describe('a reply code alone, and a reply code with words the tool does not know', () => {
  it.each([
    ['452 Requested action not taken: insufficient system storage', 'system-error'],
    ['552 Requested mail action aborted: exceeded storage allocation', 'mailbox-full'],
    ['551 User not local; please try <bob@other.example>', 'unknown-user'],
  ] as const)('keeps the RFC meaning for the RFC wording: %s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it.each([
    '552 zzqx frobnicated beyond the widget horizon',
    '553 zzqx frobnicated beyond the widget horizon',
  ])('does not guess a confident cause from the code when the words say something else: %s', (line) => {
    expect(headline(line)?.reason).toBe('unknown')
  })
})

describe('a blocked sending host, whatever "spam" says beside it', () => {
  it.each([
    [
      '550 5.7.1 Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com',
      'blocked',
    ],
    ['550 Dynamic/zombied/spam IPs blocked. Please use the SMTP server of your ISP', 'blocked'],
    ['553 5.3.0 Rejecting open proxy 192.0.2.7', 'blocked'],
    ['554 5.5.6 Invalid message content', 'message-format'],
    ['553 5.5.3 Mail from not owned by user. LPN105_421', 'send-as'],
    // A refusal that names the content stays the content's, even after "Connection refused".
    ['550 5.7.1 Connection refused: Message contains banned word', 'spam-content'],
    ['554 Message blocked: spam detected', 'spam-content'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })
})

describe('the sender’s quota, the message’s lines, and a refusal Exim logged as temporary', () => {
  it.each([
    // Microsoft's table wording of SubmissionQuotaExceeded: the sender's sending limit.
    ['554 5.2.2 Submission quota exceeded', 'sender-account'],
    // SparkPost: lines the sending program did not wrap (RFC 5322 §2.1.1), not an over-long command.
    ['550 5.6.0 Body line too long (see RFC2822 section 3.5)', 'message-format'],
    ['550 5.6.0 Header line too long (see RFC2822 section 3.5)', 'message-format'],
    ['500 5.5.2 Line too long', 'syntax'],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })

  it("reads Exim's 'temporarily rejected RCPT' log line as a refusal for now", () => {
    const log =
      '2024-01-01 10:00:00 H=(client.example.com) [192.0.2.9] F=<alice@example.com> temporarily rejected RCPT <bob@example.org>: testdb lookup forced DEFER'
    expect(headline(log)?.action).toBe('delayed')
  })
})

describe('words that look like another cause', () => {
  it.each([
    ['541 5.4.1 Mail rejected by destination domain', 'policy'],
    // An SPF refusal names the IP and the domain it claims to send for (here inside a report).
    [
      postfixReport('550 192.0.2.1 is not allowed to send mail from example.com', '5.0.0', 'MAIL FROM'),
      'auth-failed',
    ],
    ['550 5.7.1 <alice@example.org>: not allowed to send mail from this address', 'relay-denied'],
    // Gmail's German 421 names the blocked IP only at the end of a long line.
    [
      '421 4.7.0 Unser System hat eine ungewöhnliche Anzahl unerwünschter E-Mails von Ihrer IP-Adresse festgestellt. Um unsere Nutzer vor Spam zu schützen, wurden E-Mails von Ihrer IP-Adresse vorübergehend blockiert.',
      'blocked',
    ],
    // A domain called "junk" is not a junk-mail verdict; a TLS session note is not a TLS refusal.
    [
      'The following recipient(s) could not be reached:\n\nTEST@JUNK.TEST.CA on 1/1/2024\nThe destination server for this recipient could not be found in Domain Name Service (DNS).\n<mx.example.com #5.4.0>',
      'host-not-found',
    ],
    ['550 5.7.1 Message classified as junk', 'spam-content'],
    ['ESMTPS STARTTLS proto=TLSv1.2; 550 5.7.23 SPF validation failed', 'auth-failed'],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })
})

describe('multi-line replies, queue throttling and a relay’s own log', () => {
  it('reads a phrase that a multi-line reply splits across its continuation lines', () => {
    const gmail =
      '421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF\n421-4.7.28 domain [example.com]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.'
    expect(headline(gmail)?.reason).toBe('rate-limited')
  })

  it('reads Exchange Online’s organisation queue quota as throttling, not a full mailbox', () => {
    expect(headline('450 4.7.3 Organization queue quota exceeded')?.reason).toBe('rate-limited')
  })

  it("reads the reader's own Postfix refusing a client as its own rule, not the recipient's", () => {
    const log =
      'Jan  1 10:00:00 relay postfix/smtpd[99]: NOQUEUE: reject: RCPT from unknown[172.17.0.1]: 554 5.7.1 <bob@gmail.com>: Recipient address rejected: Access denied; from=<alice@example.com> to=<bob@gmail.com> proto=ESMTP helo=<client>'
    expect(headline(log)?.reason).toBe('policy')
    expect(headline('554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied')?.reason).toBe(
      'recipient-restricted',
    )
  })
})

describe('a blocklist answer that is no listing, and limits that are no full mailbox', () => {
  it.each([
    // Spamhaus refusing the receiving server's open resolver: that server's DNS, not a listing.
    [
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.53',
      'system-error',
    ],
    [
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
      'blocked',
    ],
    [
      '550 5.7.1 The group brigade@googlegroups.com has exceeded its quota for total number of external recipients',
      'sender-account',
    ],
    ['550-"Your IP: 192.0.2.1 : Your domain example.com is not allowed in header From"', 'relay-denied'],
    [
      '501 Connection rejected by policy [7.7] 12345, please visit www.symanteccloud.com/troubleshooting for more details about this error message.',
      'blocked',
    ],
  ] as const)('%s → %s', (line, reason) => {
    expect(headline(line)?.reason).toBe(reason)
  })
})

describe('suppressions and blocks that mention spam, and a mailbox quota in Domino’s words', () => {
  it.each([
    // Mailgun's and Postmark's own suppressions, not a content verdict.
    ['550 5.7.1 Not delivering to a user who marked your messages as spam', 'suppressed'],
    [
      postfixReport(
        '406 You tried to send to a recipient that has been marked as inactive. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.',
        '5.0.0',
        'RCPT TO',
      ),
      'suppressed',
    ],
    // An IP blocked by a filter named "Anti-Spam" is the IP's block.
    ['554 5.7.1 IP 192.0.2.1 has been blocked by the Spectrum Anti-Spam system', 'blocked'],
    ["552 Message exceeds recipient's mail file quota", 'mailbox-full'],
  ] as const)('%s → %s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })
})
