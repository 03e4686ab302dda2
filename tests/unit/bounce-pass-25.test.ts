// Pass 25: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it. Programs' errors in more shapes (Dart, Rust,
// Swift, Ruby objects, logrus and Monolog lines, sessions typed in lower case), causes named without
// a code, a message body typed into a session kept out of the cause, servers' logs that keep a
// message queued.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 25: unseen programs, logs and causes without a code', () => {
  it.each([
    // gophish via Gmail SMTP, recipient refused in its own session: https://github.com/gophish/gophish/issues/2313
    [
      'C06',
      'time="2021-09-24T17:27:57Z" level=warning msg="550 5.1.1 The email account that you tried to reach does not exist. Please try\\n5.1.1 double-checking the recipient\'s email address for typos or\\n5.1.1 unnecessary spaces. Learn more at\\n5.1.1  https://support.google.com/mail/?p=NoSuchUser 17si5697335qks.415 - gsmtp" code=550 email="\\"xxxx xxxx\\" <xxxxx@xxxxx>"',
      'not-sent',
      'unknown-user',
    ],
    // PHP address-validation library, MX throttles: https://github.com/zytzagoo/smtp-validate-email/issues/9
    [
      'T01',
      'SMTP_Validate_Email_Exception_Unexpected_Response: 421 4.7.1 Intrusion prevention active for [my ip address][R] in SMTP_Validate_Email->expect() (line 658',
      'not-sent',
      'blocked',
    ],
    // Postfix bounce, Outlook.com S3140 block list: https://github.com/CryptoverseCC/ethmail.cc/issues/32
    [
      'C11',
      "This is the mail system at host mail.ethmail.cc.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<[billsou@hotmail.com](mailto:billsou@hotmail.com)>: host\n    hotmail-com.olc.protection.outlook.com[104.47.18.225] said: 550 5.7.1\n    Unfortunately, messages from [128.199.34.175] weren't sent. Please contact\n    your Internet service provider since part of their network is on our block\n    list (S3140). You can also refer your provider to\n    [http://mail.live.com/mail/troubleshooting.aspx#errors](https://mail.live.com/mail/troubleshooting.aspx#errors).\n    [VI1EUR06FT053.eop-eur06.prod.protection.outlook.com] (in reply to MAIL\n    FROM command)\nReporting-MTA: dns; mail.ethmail.cc\nX-Postfix-Queue-ID: E4A596E73E1\nX-Postfix-Sender: rfc822; [0x131a858718ed52f79f5204cbc7daa6af03c694dd@ethmail.cc](mailto:0x131a858718ed52f79f5204cbc7daa6af03c694dd@ethmail.cc)\nArrival-Date: Mon, 20 Jun 2022 02:39:37 +0000 (UTC)\n\nFinal-Recipient: rfc822; [billsou@hotmail.com](mailto:billsou@hotmail.com)\nOriginal-Recipient: rfc822;[billsou@hotmail.com](mailto:billsou@hotmail.com)\nAction: failed\nStatus: 5.7.1",
      'failed',
      'blocked',
    ],
    // openssl s_client session by hand to own submission server, message refused after DATA: https://github.com/Excision-Mail/Excision-Mail/issues/54
    [
      'C14',
      'auth plain goobledegook\n235 2.0.0 Authentication succeeded\nmail from: <logname@ZZdomain.org>\n250 2.0.0 Ok\nrcpt to: <test-53c9ca14@appmaildev.com>\n250 2.1.5 Destination address valid: Recipient ok\ndata\n354 Enter mail, end with "." on a line by itself\nFrom: qqq <logname@ZZdomain.org>\nSubject: DKIM test\ndkim etst \ndkim test\n.\n550 message rejected',
      'not-sent',
      'unknown',
    ],
    // K-9 Mail Android, bare negative reply: https://github.com/thunderbird/thunderbird-android/issues/2735
    ['C25', 'Failed to send some messages - Negative SMTP reply: 553', 'not-sent', 'unknown'],
    // OpenSMTPD mda log, LMTP 550 kept as temporary failure: https://github.com/OpenSMTPD/OpenSMTPD/issues/1276
    [
      'T07',
      'smtpd[24227]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379\nfrom=<me@runxiyu.org> to=<powxy/-/repos/powxy@forge.lindenii.runxiyu.org>\nrcpt=<powxy/-/repos/powxy@forge.lindenii.runxiyu.org> user=forge delay=40s result=TempFail \nstat=Error (temporary failure: "mail.lmtp: LMTP server error: 550 5.7.1 <powxy/-/repos/powxy@forge.lindenii.runxiyu.org> Permanent failure: unrecognized patch header format")',
      'delayed',
      'system-error',
    ],
    // Mandrill API send result, rejected unsigned: https://github.com/renz45/mandrill_mailer/issues/113
    // (a sending domain not verified with Mandrill: fact review 70, no account limit or suspension)
    [
      'C28',
      '[0] => Array\n        (\n            [email] => test@test.com\n            [status] => rejected\n            [_id] => 4d9fba17f3ea47dca81381ae266d8d9b\n            [reject_reason] => unsigned\n        )',
      'failed',
      'unverified-sender',
    ],
    // Mandrill API JSON result, rejected invalid-sender: https://github.com/renz45/mandrill_mailer/issues/95
    [
      'T08',
      '[\n    {\n        "email": "user@example.org",\n        "status": "rejected",\n        "_id": "SOME_ID",\n        "reject_reason": "invalid-sender"\n    }\n]',
      'failed',
      'syntax',
    ],
    // Postal test-app-smtp, Ruby timeout to its SMTP server: https://github.com/postalserver/postal/issues/364
    [
      'T10',
      'Message was not delivered successfully to SMTP server.\nError: Timeout::Error (execution expired)',
      'not-sent',
      'outgoing-server',
    ],
    // Deno SMTP client, Mail.ru mailbox terminated: https://github.com/manyuanrong/deno-smtp/issues/45
    [
      'T11',
      'Uncaught (in promise) Error: 550: Message was not accepted -- invalid mailbox.  Local mailbox der@mail.ru is unavailable: user is terminated',
      'not-sent',
      'mailbox-disabled',
    ],
    // Thunderbird for Android setup, outgoing server check fails: https://github.com/thunderbird/thunderbird-android/issues/11489
    [
      'C35',
      'Failed to check the outgoing server settings\n\nNetwork error\n\nConnection closed',
      'not-sent',
      'outgoing-server',
    ],
    // K-9 Mail notification, retries exceeded: https://github.com/thunderbird/thunderbird-android/issues/8110
    ['C36', 'Failed to send some messages. Retries exceeded', 'not-sent', 'unknown'],
    // FreeScout helpdesk send error, stream size limit: https://github.com/freescout-help-desk/freescout/issues/318
    [
      'T14',
      'Send error. Expected response code 250 but got code "554", with message "554 Message rejected: Stream is more than 10485760 bytes long. "',
      'not-sent',
      'message-too-large',
    ],
    // Rails via Mailgun SMTP, Rollbar: https://github.com/pivorakmeetup/pivorak-web-app/issues/712
    [
      'C39',
      'Net::SMTPAuthenticationError: 535 5.7.0 Mailgun is not loving your login or password\n\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 977, in check_auth_response\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 741, in auth_plain\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 733, in authenticate\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 568, in do_start',
      'not-sent',
      'login-failed',
    ],
    // libetpan C library on iOS, SMTP connect refused: https://github.com/dinhvh/libetpan/issues/63
    ['T16', 'MAILSMTP_ERROR_CONNECTION_REFUSED', 'not-sent', 'outgoing-server'],
    // Rails ActionMailer config error in Sentry: https://github.com/publiclab/plots2/issues/8811
    [
      'T18',
      "ArgumentError: wrong authentication type \n  app/controllers/users_controller.rb:261:in `reset'\n    PasswordResetMailer.reset_notify(user, key).deliver_now unless user.nil? # respond the same to both successes and failures; security",
      'not-sent',
      'login-method',
    ],
    // PHP Swift mailer, server requires STARTTLS: https://github.com/formtools/core/issues/757
    [
      'C42',
      "Fatal error: Uncaught exception 'Swift_BadResponseException' with message 'Expected response code(s) [250] but got response [530 5.7.0 Must issue a STARTTLS command first]' in xxx/xxx/xxx//httpdocs/modules/swift_mailer/php5/Swift.php:250 Stack trace: #0 \nxxx/xxx/xxx//httpdocs/modules/swift_mailer/php5/Swift.php(310): Swift->assertCorrectResponse(Object(Swift_Events_ResponseEvent), 250) #1 ",
      'not-sent',
      'tls-required',
    ],
    // Mailpile event JSON, own Postfix submission wants STARTTLS: https://github.com/mailpile/Mailpile/issues/2251
    [
      'T20',
      '{\n "data": {\n  "auth": true, \n  "delivered": 0, \n  "host": "smtp.sample.ca", \n  "last_error": "5.7.0 Must issue a STARTTLS command first (530 5.7.0 Must issue a STARTTLS command first)", \n  "last_error_details": {\n   "smtp_error": "530: 5.7.0 Must issue a STARTTLS command first"\n  }, \n  "mid": "9", \n  "proto": "smtp", \n  "recipients": 2, \n  "sid": "lmk0lXvx"\n }, \n "date": "Thu, 16 Apr 2020 00:39:08 -0000", \n "event_id": "5e97a92c-01d44-394d", \n "flags": "i", \n "message": "Could not send mail to john@hotmail.com", \n "private_data": {\n  "noreply@sample.ca>john@hotmail.com": false, \n  "noreply@sample.ca>noreply@sample.ca": false\n }, \n "source": ".plugins.compose.Sendit", \n "ts": 1586997548.521665\n}',
      'not-sent',
      'tls-required',
    ],
    // Sendmail mailq status, connection timed out: https://github.com/trustedsec/social-engineer-toolkit/issues/355
    ['C48', 'stat=Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com', 'delayed', 'network'],
    // Exim receiving log, own MX misconfiguration defers Gmail: https://github.com/hestiacp/hestiacp/issues/4132
    [
      'C51',
      '2023-11-06 01:17:28 H=mail-vs1-f41.google.com [209.85.217.41] X=TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_128_GCM:128 CV=no SNI="mail.yyy.com" F=<yyy@gmail.com> temporarily rejected RCPT <sales@yyy.com>: lowest numbered MX record points to local host',
      'delayed',
      'system-error',
    ],
    // mox Go queue, DMARC report refused for sender domain without MX: https://github.com/mjl-/mox/issues/408
    [
      'T26',
      'remote smtp server sent unexpected response status code: got 450, expected 2xx, transient: 450 No valid MX for your FROM address',
      'delayed',
      'sender-domain',
    ],
    // .NET SMTP test, username used as address: https://github.com/0x101-Cyber-Security/NetLock-RMM/issues/94
    [
      'C54',
      'System.FormatException: The specified string is not in the form required for an e-mail address.',
      'not-sent',
      'syntax',
    ],
    // Rust lettre to Amazon SES SMTP, 554 without text: https://github.com/lettre/lettre/issues/694
    [
      'T28',
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }) }', service/examples/send.rs:9:45",
      'not-sent',
      'unknown',
    ],
    // Elixir bamboo_smtp/gen_smtp throw, unparsable recipient: https://github.com/fewlinesco/bamboo_smtp/issues/148
    [
      'T29',
      '{:nocatch, {:permanent_failure, "501 Invalid command or cannot parse to address\\r\\n"}}',
      'not-sent',
      'syntax',
    ],
    // Flutter dart mailer with Gmail, login refused: https://github.com/dart-mailer/mailer/issues/95
    [
      'T30',
      '[VERBOSE-2:ui_dart_state.cc(148)] Unhandled Exception: Incorrect username / password',
      'not-sent',
      'login-failed',
    ],
    // Swift-SMTP to Office 365, opaque error number: https://github.com/Kitura/Swift-SMTP/issues/119
    ['T32', 'The operation couldn’t be completed. (SwiftSMTP.SMTPError error 3.)', 'not-sent', 'unknown'],
    // Tiscali Italy submission refuses weak password: https://github.com/MailCore/mailcore2/pull/1517
    ['T34', 'authentication rejected: your password is too simple', 'not-sent', 'login-failed'],
    // DSN diagnostic line, folder full: https://github.com/voku/PHPMailer-BMH/issues/23
    ['C55', 'Diagnostic-Code:550 5.2.5 Folder full', 'failed', 'mailbox-full'],
    // SendGrid v3 API 403 response in Ruby, unverified sender: https://github.com/sendgrid/sendgrid-ruby/pull/489
    [
      'C58',
      '#<SendGrid::Response:0x000000010aaa22c8 @status_code="403", @body="{\\"errors\\":[{\\"message\\":\\"The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements\\",\\"field\\":\\"from\\",\\"help\\":null}]}", @headers={"server"=>["nginx"], "date"=>["Sun, 17 Jul 2022 20:06:44 GMT"], "content-type"=>["application/json"], "content-length"=>["281"], "connection"=>["close"], "access-control-allow-origin"=>["https://sendgrid.api-docs.io"], "access-control-allow-methods"=>["POST"], "access-control-allow-headers"=>["Authorization, Content-Type, On-behalf-of, x-sg-elas-acl"], "access-control-max-age"=>["600"], "x-no-cors-reason"=>["https://sendgrid.com/docs/Classroom/Basics/API/cors.html"], "strict-transport-security"=>["max-age=600; includeSubDomains"]}>',
      'not-sent',
      'unverified-sender',
    ],
    // iOS app with MailCore2 to Outlook.com SMTP via OAuth: https://github.com/MailCore/mailcore2/issues/637
    [
      'T38',
      "2014-03-12 16:49:01.107 MailApp[9748:60b] sendOutboxEmail error:Unable to authenticate with the current session's credentials.",
      'not-sent',
      'login-failed',
    ],
    // Sendmail transcript and delay warning, sender domain does not resolve: https://auctionpro.co.kr/?p=2544
    [
      'C64',
      'The original message was received at Wed, 26 Dec 2018 06:06:59 GMT from control@localhost\n—– Transcript of session follows —– … while talking to []:\n>>> DATA\n<<< 451 4.1.8 Domain of sender address im@ssss.co.kr does not resolve test@test.com... Deferred: 451 4.1.8 Domain of sender address im@ssss.co.kr does not resolve <<< 503 5.0.0 Need RCPT (recipient)\nWarning: message still undelivered after 4 hours Will keep trying until message is 1 week old',
      'delayed',
      'sender-domain',
    ],
    // K-9 Mail notification, truncated RCPT rejection: https://github.com/thunderbird/thunderbird-android/issues/3201
    [
      'C70',
      'Failed to send some messages.\nAll RCPT commands were rejected with this error: S...',
      'not-sent',
      'unknown',
    ],
    // Thunderbird for Android with Optimum mail, sender refused: https://github.com/thunderbird/thunderbird-android/issues/9206
    ['C71', '"Failed to send some messages" "Sender refused"', 'not-sent', 'policy'],
  ] as const)('%s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })

  it('gives a cause named without a code, and no delivery status, rather than no answer', () => {
    // Exim's log phrase pasted alone (github.com/ait-aecid/kyoushi-environment/issues/1).
    expect(headline('all relevant MX records point to non-existent hosts')).toMatchObject({
      action: null,
      reason: 'host-not-found',
    })
    // A greeting is no failure, whatever its words (github.com/Foundry376/Mailspring/issues/1145).
    expect(
      headline(
        'SMTP: 220 We do not authorize the use of this system to transport unsolicited, and/or bulk e-mail',
      ),
    ).toBeUndefined()
  })
})
