// A mail program's or library's error is told by its shape when no wording of it is known yet: a
// stack trace, an exception's name opening a line, an error object's fields, a web application's
// error log line. Each input is the real text, as a user pastes it; the look-alikes at the end are
// sending servers' reports and an email service's event, which stay reports.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe("a program's error told by its shape", () => {
  it.each([
    // Outlook's error through Stalwart (github.com/stalwartlabs/stalwart/issues/716).
    [
      "InvalidRecipientsException: Invalid recipients were provided for the message: '727' (550 5.1.2 Mailbox does not exist.\n). --> Unexpected SMTP server response. Expected: 250, actual: 550, whole response: 550 5.1.2 Mailbox does not exist.\n \nFailure code: 8a7c",
      'unknown-user',
    ],
    // Authelia's log when GMX refused its submission (github.com/authelia/authelia/issues/2571).
    [
      'time="2021-11-09T07:28:39+01:00" level=error msg="554 Transaction failed\\nReject due to policy restrictions.\\nFor explanation visit https://postmaster.gmx.net/en/error-messages?ip=**redactedpublicIP**&c=hi" method=POST path=/api/reset-password/identity/start',
      'policy',
    ],
    // A Rails application's errors when its SMTP settings are wrong (a config file's comment).
    ['SocketError (getaddrinfo: Name or service not known):', 'outgoing-server'],
    ['EOFError (end of file reached):', 'outgoing-server'],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it("reads a library's stack trace as a program error, even behind a log's timestamps", () => {
    // nodemailer's error in a pm2 log, shown in a monitoring project's sample output.
    const r = headline(
      '2023-12-04T20:14:59: Error: No recipients defined\n2023-12-04T20:14:59:     at SMTPConnection._formatError (/Users/zhangyifan/Documents/projects/pm2-monitor/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n2023-12-04T20:14:59:     at SMTPConnection._setEnvelope (/Users/zhangyifan/Documents/projects/pm2-monitor/node_modules/nodemailer/lib/smtp-connection/index.js:1023:34)',
    )
    expect(r?.action).toBe('not-sent')
  })
})

describe('look-alikes that stay reports', () => {
  it("keeps a chat program's message info quoting a Postfix bounce a returned message", () => {
    // Delta Chat's message info (github.com/chatmail/core/issues/6547).
    const r = headline(
      "Sent: 2024.10.17 15:28:19 by Me (xahr6kev1@nine.testrun.org)\nState: Failed, Encrypted\nError: Undelivered Mail Returned to Sender – This is the mail system at host nine.testrun.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<chat@casperzandbergen.nl>: host mx02.mail.icloud.com[17.57.155.25] said: 554\n    5.7.1 [CS01] Message rejected due to local policy. Please visit\n    https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)",
    )
    expect(r).toMatchObject({ action: 'failed', reply: '554' })
  })

  it("keeps an email service's bounce event failed, though it is an object with a reply inside", () => {
    // SendGrid's event webhook (github.com/spatie/mailcoach-support/issues/239).
    const r = headline(
      '   {\n      "email":"___@hotmail.com",\n      "event":"bounce",\n      "ip":"xxx",\n      "reason":"550 5.7.1 Unfortunately, messages from [w.x.y.z] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http:\\/\\/mail.live.com\\/mail\\/troubleshooting.aspx#errors. [DM6NAM11FT044.eop-nam11.prod.protection.outlook.com]",\n      "send_uuid":"c3c87e09-8063-4d13-8bf8-e8254c06b8ed",',
    )
    expect(r).toMatchObject({ action: 'failed', reason: 'blocked' })
  })
})

describe('pass 20–23 leftovers: a cause in words the codes would misread', () => {
  it.each([
    // Zoho borrows 5.2.3 (message too long) for a policy refusal (crisp-oss/email-bounce-parser
    // fixture 554_5_2_3_policy_violation).
    [
      '<support@databit.ch>: host mx.zoho.eu[158.203.221.166] said: 554 5.2.3\n    MailPolicy violation Error delivering to mailboxes (in reply to end of DATA\n    command)',
      'policy',
    ],
    // Yahoo's deferral for complaints about the sending IP (github.com/sendgrid/sendgrid-python/issues/933).
    [
      'Error: "421 4.7.0 [XXX] Messages from x.x.x.x temporarily deferred due to user complaints - 4.16.55.1" when sending email to Yahoo',
      'rate-limited',
    ],
    // Microsoft 365's reason line, pasted without its reply code (MicrosoftDocs/microsoft-365-docs#11190):
    // the sender's own organisation blocks the recipient.
    [
      "5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant allow/block list policy.",
      'sender-account',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)?.reason).toBe(reason)
  })

  it.each([
    // QQ Mail through Python's smtplib (github.com/0xBitWild/MTeam-CLI/pull/12).
    ["smtp failed: (550, b'The mail may contain inappropriate words or content.')", 'spam-content'],
    // Outlook Express's dialog (ihmars.com techtipOE550).
    [
      "The message could not be sent because one of the recipients was rejected by\nthe server. The rejected e-mail address was 'anemail@anisp.net', Subject: 'Re: Whatever,',\nAccount: 'mail.yourisp.net', Server: 'mail.yourisp.net', Protocol: SMTP,\nServer Response: '550 not local host anisp.net, not a gateway', Port 25,\nSecure (SSL): no, Server Error: 550, Error Number: 0x800CCC79.",
      'relay-denied',
    ],
  ] as const)('%s', (text, reason) => {
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason })
  })

  it("reads a Japanese carrier's domain filter, worded as an unknown user after DATA, as the recipient's restriction", () => {
    // docomo, from bouncehammer's examples/17-messages.eml (message 4); Sisimai's Reason::Filtered.
    const r = headline(
      '   ----- The following addresses had permanent fatal errors -----\n<message-is-rejected-by-the-domain-fileters@docomo.ne.jp>\n    (reason: 550 Unknown user message-is-rejected-by-the-domain-fileters@docomo.ne.jp)\n\n   ----- Transcript of session follows -----\n... while talking to mfsmax.docomo.ne.jp.:\n>>> DATA\n<<< 550 Unknown user message-is-rejected-by-the-domain-fileters@docomo.ne.jp\n554 5.0.0 Service unavailable\n\nReporting-MTA: dns; smtp-out-78.example.jp\n\nFinal-Recipient: RFC822; message-is-rejected-by-the-domain-fileters@docomo.ne.jp\nAction: failed\nStatus: 5.2.0\nRemote-MTA: DNS; mfsmax.docomo.ne.jp\nDiagnostic-Code: SMTP; 550 Unknown user message-is-rejected-by-the-domain-fileters@docomo.ne.jp\n',
    )
    expect(r).toMatchObject({ command: 'DATA', reason: 'recipient-restricted' })
  })

  it("reads a relay refusal from the recipient's Postini gateway, named on Exim's host line, as its own domain's", () => {
    // Exim's failure notice (weboke.nl knowledge base, "Mail delivery failed").
    const r = headline(
      'SMTP error from remote mail server after RCPT TO:<email@adres.nl>: 554 No relaying allowed - psmtp\nhost boox.nl.s200a1.psmtp.com [207.126.147.10]: 554 No relaying allowed - psmtp',
    )
    expect(r?.reason).toBe('not-hosted')
  })
})

describe("a program's error the explainer cannot explain", () => {
  it("is told as not sent, and points to the program's user rather than a sending server's logs", () => {
    // An openssl session typed by hand (github.com/Excision-Mail/Excision-Mail/issues/54).
    const r = headline(
      'auth plain goobledegook\n235 2.0.0 Authentication succeeded\nmail from: <logname@ZZdomain.org>\n250 2.0.0 Ok\nrcpt to: <test-53c9ca14@appmaildev.com>\n250 2.1.5 Destination address valid: Recipient ok\ndata\n354 Enter mail, end with "." on a line by itself\nFrom: qqq <logname@ZZdomain.org>\nSubject: DKIM test\ndkim etst \ndkim test\n.\n550 message rejected',
    )
    expect(r).toMatchObject({ action: 'not-sent', reason: 'unknown', enhanced: null })
    expect(reasonTextKey({ reason: 'unknown', action: 'not-sent' }, 'explanation')).toBe(
      'reason.unknown.explanationNotSent',
    )
    expect(reasonTextKey({ reason: 'unknown', action: 'not-sent' }, 'whoActs')).toBe(
      'reason.unknown.whoActsNotSent',
    )
    expect(reasonTextKey({ reason: 'unknown', action: 'failed' }, 'whoActs')).toBe('reason.unknown.whoActs')
    expect(reasonTextKey({ reason: 'policy', action: 'not-sent' }, 'explanation')).toBe(
      'reason.policy.explanation',
    )
  })
})
