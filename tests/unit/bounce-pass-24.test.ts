// Pass 24: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it. Programs' errors in forms no wording names
// (stack traces behind log prefixes, NSError, a cloud function's JSON, a session typed by hand) are
// not sent; servers' logs that keep a message queued are delays, whatever the remote reply's class.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 24: unseen programs, logs and languages', () => {
  it.each([
    // Azure DevOps task, Office 365 SMTP: https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/49
    [
      'C15',
      '"The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful."',
      'not-sent',
      'login-failed',
    ],
    // .NET app log, Gmail STARTTLS required: https://github.com/harlam357/hfm-net/issues/152
    [
      'C17',
      '[04/01/2010-20:17:40] ! HFM.Helpers.NetworkOps.SendEmail Threw Exception:\nServer does not support secure connections.\n[04/01/2010-20:17:40] ! HFM.Forms.frmPreferences.btnTestEmail_Click Threw\nException: The SMTP server requires a secure connection or the client was\nnot authenticated. The server response was: 5.7.0 Must issue a STARTTLS\ncommand first. p10sm48772886gvf.28',
      'not-sent',
      'tls-required',
    ],
    // K-9/Thunderbird for Android logcat: https://github.com/thunderbird/thunderbird-android/issues/7409
    [
      'C34',
      '12-03 23:44:39.109 18069 18094 D SmtpTransport: SMTP >>> QUIT\n12-03 23:44:39.118 18069 18094 E MessagingController: Failed to send message\n12-03 23:44:39.118 18069 18094 E MessagingController: com.fsck.k9.mail.MessagingException: Unable to open connection to SMTP server.\n12-03 23:44:39.118 18069 18094 E MessagingController: \tat com.fsck.k9.mail.transport.smtp.SmtpTransport.open$smtp(SmtpTransport.kt:244)\n12-03 23:44:39.118 18069 18094 E MessagingController: \tat com.fsck.k9.mail.transport.smtp.SmtpTransport.sendMessage(SmtpTransport.kt:376)\n12-03 23:44:39.118 18069 18094 E MessagingController: \tat com.fsck.k9.backend.imap.ImapBackend.sendMessage(ImapBackend.kt:152)\n12-03 23:44:39.118 18069 18094 E MessagingController: \tat com.fsck.k9.controller.MessagingController.sendPendingMessagesSynchronous(MessagingController.java:1531)\n12-03 23:44:39.118 18069 18094 E MessagingController: \tat com.fsck.k9.controller.MessagingController$5.run(MessagingController.java:1416)',
      'not-sent',
      'outgoing-server',
    ],
    // FluentSMTP on WordPress via Amazon SES API: https://github.com/WPManageNinja/fluent-smtp/issues/103
    [
      'C50',
      'SimpleEmailService::sendRawEmail(): Sender - MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: Sonrise241@gmail.com Request Id: b73f7091-8332-427a-8bba-e7ce57950ac9 ',
      'not-sent',
      'unverified-sender',
    ],
    // PocketBase admin test mail via Yandex SMTP, JSON: https://github.com/pocketbase/pocketbase/issues/1068
    [
      'C52',
      '{\n  "errorDetails": "<nil>",\n  "errorMessage": "Failed to send the test email. Raw error: \\n554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1668911002-iGAH3fbul4-NLVGGnGB."\n}',
      'not-sent',
      'spam-content',
    ],
    // Ruby Net::SMTP exception with backtrace: https://github.com/mlandauer/cuttlefish/issues/191
    [
      'T01',
      'Net::SMTPFatalError - 550 5.1.1 <asdasdasd>: Recipient address rejected: User unknown in local recipient table\n\n## Backtrace\n\n    line 12 of [PROJECT_ROOT]/lib/outgoing_delivery.rb: block in send\n    line 11 of [PROJECT_ROOT]/lib/outgoing_delivery.rb: send\n    line 22 of [PROJECT_ROOT]/lib/mail_job.rb: block (2 levels) in perform',
      'not-sent',
      'unknown-user',
    ],
    // OpenSMTPD log, relay TempFail: https://github.com/OpenSMTPD/OpenSMTPD/issues/546
    [
      'T02',
      '    smtp-in: Failed command on session a6ee64eda205f046: "RCPT TO:<foo@example.com>" => 451 Temporary failure\n    relay: TempFail for c534b8c7f5ad4a41: session=a6ee64ec089bf84f, from=<test@example.com>, to=<foo@example.com>, rcpt=<->, source=127.0.0.1, relay=127.0.0.1 (localhost), delay=6m41s, stat=451 Temporary failure',
      'delayed',
      'system-error',
    ],
    // manual telnet SMTP session to Exim container: https://github.com/namshi/docker-smtp/issues/85
    [
      'T05',
      'MAIL FROM:<y_nk@some-domain-i-own.com>\n250 OK\nRCPT TO:<y_nk@gmail.com>\n550 relay not permitted',
      'not-sent',
      'relay-denied',
    ],
    // django-mailer log line, Python, 452 size: https://github.com/pinax/django-mailer/issues/90
    [
      'T12',
      "message deferred due to failure: (452, '4.3.4 Message size exceeds fixed limit'",
      'not-sent',
      'message-too-large',
    ],
    // mailsend CLI error, bare 552: https://github.com/muquit/mailsend/issues/164
    ['T13', 'Error: Expected smtp code 250, got 552', 'not-sent', 'unknown'],
    // JavaMail on Android, network unreachable: https://github.com/brandonjenniges/JavaMail-API-Android/issues/3
    [
      'T14',
      "[ W/System.err: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 465; timeout -1;\n08-21 10:18:24.578 6358-6386/com.brandonjenniges.javamailapidemo W/System.err:   nested exception is:\n08-21 10:18:24.578 6358-6386/com.brandonjenniges.javamailapidemo W/System.err: \tjava.net.ConnectException: failed to connect to smtp.gmail.com/2404:6800:4003:c02::6c (port 465) after 90000ms: isConnected failed: ENETUNREACH (Network is unreachable)\n08-21 10:18:24.579 6358-6386/com.brandonjenniges.javamailapidemo W/System.err:     at com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2100)\n08-21 10:18:24.579 6358-6386/com.brandonjenniges.javamailapidemo W/System.err:     at com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:699)\n08-21 10:18:24.579 6358-6386/com.brandonjenniges.javamailapidemo W/System.err:     at javax.mail.Service.connect(Service.java:388)",
      'not-sent',
      'outgoing-server',
    ],
    // UniFi controller, Eclipse Angus Mail / Jakarta Mail: https://github.com/jacobalberty/unifi-docker/issues/792
    [
      'T15',
      "controller-1   | [2025-03-11 10:42:50,983] <webapi-2> WARN  event  - Failed to send email. Messaging exception\ncontroller-1   | org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: mail.xyz.de, 465; timeout 10000\ncontroller-1   |        at org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2243)\ncontroller-1   |        at org.eclipse.angus.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:729)\ncontroller-1   |        at jakarta.mail.Service.connect(Service.java:367)\ncontroller-1   |        at jakarta.mail.Service.connect(Service.java:225)\ncontroller-1   |        at jakarta.mail.Service.connect(Service.java:174)\ncontroller-1   |        at com.ubnt.service.mail.E.sendMail(Unknown Source)",
      'not-sent',
      'outgoing-server',
    ],
    // Dart mailer package, Flutter log: https://github.com/dart-mailer/mailer/issues/82
    [
      'T16',
      'I/flutter ( 5656): Message not sent.\nI/flutter ( 5656): Problem: CONNECTION_ERROR: Connection error: Connection timed out, host: smtp.live.com, port: 25',
      'not-sent',
      'outgoing-server',
    ],
    // Exchange/Outlook NDR in German, mailbox full: https://github.com/corona-warn-app/cwa-quicktest-onboarding/issues/47
    [
      'T19',
      'cwa-schnelltest-onboarding@t-systems.com (cwa-schnelltest-onboarding@t-systems.com)\nDas Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie zu einem späteren Zeitpunkt noch mal, Ihre Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.',
      'failed',
      'mailbox-full',
    ],
    // MailCore iOS NSError, 550 at RCPT: https://github.com/MailCore/MailCore/issues/57
    [
      'T21',
      'Error Domain=mailcore Code=10 "Mailbox unavailable" UserInfo=0xb81d9c0 {NSLocalizedDescription=Mailbox unavailable}',
      'not-sent',
      'unknown-user',
    ],
    // Python script via smtp.163.com, DT:SPM with Chinese explanation: https://github.com/zabbix-book/zabbix_mail_with_graph/issues/1
    [
      'T22',
      "send mail error:        (554, 'DT:SPM 163 smtp12,EMCowACnzwc_BjhcKMZmAQ--.20404S2 1547175487,please see http://mail.163.com/help/help_spam_16.htm?ip=218.94.104.2&hostid=smtp12&time=1547175487')\n\n554 DT:SPM 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件。请检查是否有用户发送病毒或者垃圾邮件；",
      'not-sent',
      'spam-content',
    ],
    // 163 Mail bounce text in Chinese, bulk/complaints: https://github.com/testerSunshine/12306/issues/135
    [
      'T24',
      '抱歉，您的邮件被退回来了……\n出错原因：该邮件内容涉嫌大量群发，并且被多数用户投诉为垃圾邮件。',
      'failed',
      'spam-content',
    ],
    // CommuniGate Pro style delay notice, GoDaddy secureserver: https://github.com/tgree/psdb/issues/72
    [
      'T25',
      "Message delivery to 'tgxxxxxx@phxxxxxxors.com' delayed SMTP module(domain phasesensors.com) reports:\n connection with smtp.secureserver.net is broken",
      'delayed',
      'network',
    ],
    // Dart mailer package, relay refused without auth: https://github.com/dart-mailer/mailer/issues/83
    [
      'T26',
      'I/flutter (28587): (2)_receiverMailAddress: myname@gmail.com\nI/flutter (28587): Message not sent.\nI/flutter (28587): Problem: SMTP_ERROR: SMTP error: After sending RCPT TO:<myname@gmail.com>, response did not start with any of: [2].\nI/flutter (28587): Response from server: < 550 5.7.1 Relaying to <myname@gmail.com> denied (authentication required)',
      'not-sent',
      'relay-denied',
    ],
    // Postal CLI, Ruby Errno::ECONNREFUSED to own SMTP: https://github.com/postalserver/postal/issues/523
    [
      'T29',
      'Message was not delivered successfully to SMTP server.\nError: Errno::ECONNREFUSED (Connection refused - connect(2) for "127.0.0.1" port 2525)',
      'not-sent',
      'outgoing-server',
    ],
    // ZoneMTA log, Proofpoint greeting block, deferred: https://github.com/zone-eu/zone-mta/issues/447
    [
      'T31',
      'Jul 28 12:59:52 zonemta[4133539]: info Sender/default/4133539[6] id=svd5unyzzguhz22p 1984e8a65b30004db0.001 DEFERRED[network] from=bookings@example.com to=to@example.net src={MYSERVERIP} mx=example.net id=<bec241b7-94e5-419a-af9b-c6308d12ec1d@example.com> (554 Blocked - see https://ipcheck.proofpoint.com/?ip={MYSERVERIP})',
      'delayed',
      'blocked',
    ],
    // ZoneMTA log, no MX for recipient domain, deferred: https://github.com/Mailtrain-org/mailtrain/issues/297
    [
      'T33',
      "Aug 22 13:17:17 newsletter zone-mta[12239]: (Sender/default/12239) 15e091ac6130002871.001 DEFERRED[dns] from=SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com[SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com] to=asdasd23erasd@casfcasc.com mx=casfcasc.com (450 Can't find an MX server for casfcasc.com)",
      'delayed',
      'host-not-found',
    ],
    // Roundcube on poste.io/Haraka, split delivery: https://github.com/dirtsimple/poste.io/issues/26
    [
      'T34',
      'SMTP Error (550): Failed to add recipient "ex.google@mydomain.com" (Error: No such user).',
      'not-sent',
      'unknown-user',
    ],
    // AWS Lambda JSON error, SES sandbox: https://github.com/danilop/LambdAuth/issues/64
    [
      'T40',
      '{ "errorMessage": "Error in sendVerificationEmail: MessageRejected: Email address is not verified. The following identities failed the check in region US-WEST-2: tanzeelrana@cmail.carleotn.ca, tanzeelrana@cmail.carleton.ca" }',
      'not-sent',
      'unverified-sender',
    ],
    // Google Apps Script MailApp quota JSON: https://github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/376
    [
      'T42',
      '{\n"result": "error",\n"error": {\n"message": "Service invoked too many times for one day: email.",\n"name": "Exception",\n"fileName": "script (html contact form sendEmail)",\n"lineNumber": 60,\n"stack": "\tat script (html contact form sendEmail):60 (doPost)\n"\n}\n}',
      'not-sent',
      'sender-account',
    ],
    // older Gmail temporary-failure notice, Japanese project ML: https://github.com/rubima/rubima/issues/133
    [
      'T45',
      'Technical details of temporary failure:\nThe recipient server did not accept our requests to connect. Learn more at http://support.google.com/mail/bin/answer.py?answer=7720\n[(10) sakura.atdot.net. [49.212.20.155]:25: Connection timed out]',
      'delayed',
      'network',
    ],
  ] as const)('%s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })

  it("names the log's to= address as the recipient, never its from= sender", () => {
    // ZoneMTA's logs (zone-eu/zone-mta#447, Mailtrain-org/mailtrain#297).
    expect(
      headline(
        'Jul 28 12:59:52 zonemta[4133539]: info Sender/default/4133539[6] id=svd5unyzzguhz22p 1984e8a65b30004db0.001 DEFERRED[network] from=bookings@example.com to=to@example.net src={MYSERVERIP} mx=example.net id=<bec241b7-94e5-419a-af9b-c6308d12ec1d@example.com> (554 Blocked - see https://ipcheck.proofpoint.com/?ip={MYSERVERIP})',
      )?.recipient,
    ).toBe('to@example.net')
    expect(
      headline(
        "Aug 22 13:17:17 newsletter zone-mta[12239]: (Sender/default/12239) 15e091ac6130002871.001 DEFERRED[dns] from=SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com[SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com] to=asdasd23erasd@casfcasc.com mx=casfcasc.com (450 Can't find an MX server for casfcasc.com)",
      )?.recipient,
    ).toBe('asdasd23erasd@casfcasc.com')
  })
})
