// Pass 27: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it: receiving servers' logs (Exim, Kerio, Postfix's
// mailq), webhooks, and programs' errors, with the recipient they name, never the sender (Exim's F=,
// Kerio's "mail from <…>", a log's time column, a refused sender), or none where only a sender is named.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 27: logs, webhooks and programs, and the recipient they name', () => {
  it.each([
    // Nextcloud AIO email settings test, no server reply shown: https://github.com/nextcloud/all-in-one/issues/5773
    [
      'C17',
      'A problem occurred while sending the email. Please revise your settings. (Error: Email could not be sent. Check your mail server log)',
      'not-sent',
      'unknown',
      null,
    ],
    // eM Client log, submission server 4.3.0 temporary lookup failure: https://github.com/stalwartlabs/stalwart/issues/386
    [
      'T13',
      '22:30:26 giedrius@zeusman.lt SMTP Sending messages: Recipient address \'admin@zeusit.lt\' not accepted due to the following reason: \n             "4.3.0 <giedrius@zeusman.lt>: Temporary lookup failure\n         "\n22:30:26 giedrius@zeusman.lt [SMTP] MailClient.Storage.Application.ItemOperationException: Cannot send message (Sending email "test messaga 1" failed with error: Email recipient not accepted by the server.)',
      'not-sent',
      'system-error',
      'admin@zeusit.lt',
    ],
    // Stalwart Rust MTA log, permanent-failure DSN after 451 address lookup failed: https://github.com/stalwartlabs/stalwart/issues/777
    [
      'T14',
      '2024-09-20T10:38:44Z INFO DSN permanent failure notification (delivery.dsn-perm-fail) queueId = 197417664021987369, from = "noreply-spf@mail.etam-software.eu", to = ["postmaster@etam-software.eu"], size = 2238, total = 1, to = "postmaster@etam-software.eu", hostname = "localhost", code = 451, details = "Address lookup failed.", total = 64',
      'failed',
      'host-not-found',
      null,
    ],
    // Odoo 12 smtplib SMTPSenderRefused, Brazilian host rejects bounce sender: https://github.com/odoo/odoo/issues/75032
    [
      'C21',
      "('Message delivery failed', \"Email sending failed by SMTP server'None'.\\nSMTPSenderRefused: 550\\n5.7.1Unauthorized shipping - Check your domain's MX and/or SPF\\nbounce+12-res.users-2@loja.xxx.br\") ",
      'not-sent',
      'auth-failed',
      null,
    ],
    // ERPNext email queue smtplib, 551 sender not valid for login: https://github.com/frappe/erpnext/issues/7056
    [
      'C25',
      "frappe.email.queue.flush\n\nError\t\n\n(551, 'Sender address is not valid for your login. Check your email program settings.', u'Administrator <admin@example.com>')\nTraceback (most recent call last):\n  File \"/home/frappe/frappe-bench/apps/frappe/frappe/email/queue.py\", line 306, in send_one\n    smtpserver.sess.sendmail(email.sender, email.recipient, encode(email.message))\n  File \"/usr/lib/python2.7/smtplib.py\", line 736, in sendmail\n    raise SMTPSenderRefused(code, resp, from_addr)\nSMTPSenderRefused: (551, 'Sender address is not valid for your login. Check your email program settings.', u'Administrator <admin@example.com>')",
      'not-sent',
      'send-as',
      null,
    ],
    // Frappe smtplib, Postfix 553 sender not owned by auth user: https://github.com/frappe/frappe/issues/7021
    [
      'C26',
      "(553, '5.7.1 Sender address rejected: not owned by auth user.', u'Notifications <admin@example.com>')\nTraceback (most recent call last):\n  File \"/home/frappe/frappe-bench/apps/frappe/frappe/email/queue.py\", line 425, in send_one\n    smtpserver.sess.sendmail(email.sender, recipient.recipient, encode(message))\n  File \"/usr/lib64/python2.7/smtplib.py\", line 735, in sendmail\n    raise SMTPSenderRefused(code, resp, from_addr)\nSMTPSenderRefused: (553, '5.7.1 Sender address rejected: not owned by auth user.', u'Notifications <admin@example.com>')",
      'not-sent',
      'send-as',
      null,
    ],
    // Postfix smtpd inbound reject, relay access denied: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/postfix
    [
      'C30',
      'Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from 1-2-3-4-example.com[1.2.3.4]: 554 5.7.1 <smtp@example.com>: Relay access denied; from=<john@example.com> to=<smtp@example.org> proto=SMTP helo=<198.51.100.17>',
      'failed',
      'relay-denied',
      'smtp@example.org',
    ],
    // Exim mainlog inbound RCPT rejected, unknown user: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim
    [
      'C31',
      '2013-06-15 16:36:49 H=altmx.marsukov.com [111.67.203.116] F=<kadrofutcheti@mail.ru> rejected RCPT <oksana@birzhatm.ua>: Unknown user',
      'failed',
      'unknown-user',
      'oksana@birzhatm.ua',
    ],
    // Exim mainlog sender verify fail pasted alone, MX points nowhere: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim
    [
      'C32',
      '2013-06-07 02:02:09 H=treeladders.kiev.ua [91.232.21.92] sender verify fail for <mailer@treeladders.kiev.ua>: all relevant MX records point to non-existent hosts',
      null,
      'sender-domain',
      null,
    ],
    // Kerio Connect security log, SpamCop DNSBL rejection: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/kerio
    [
      'T19',
      '[29/May/2017 17:29:29] IP address 185.140.108.56 found in DNS blacklist SpamCop, mail from <noreply-tjgqNffcgPfpbZtpDzasm@oakspaversusa.com> to <info@verinion.com> rejected',
      'failed',
      'blocked',
      'info@verinion.com',
    ],
    // Kerio Connect security log, sender domain does not exist: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/kerio
    [
      'T20',
      '[17/May/2017 22:14:57] Message from IP address 67.211.219.82, sender <promo123@goodresponse.site> rejected: sender domain does not exist',
      'failed',
      'sender-domain',
      null,
    ],
    // Exim mainlog, rejected after DATA for virus signature: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim-spam
    [
      'C53',
      '2013-06-15 11:20:36 [2516] 1Unmew-0000ea-SE H=egeftech.static.otenet.gr [83.235.177.148]:32706 I=[1.2.3.4]:25 F=auguriesvbd40@google.com rejected after DATA: This message contains a virus (Sanesecurity.Junk.39934.UNOFFICIAL).',
      'failed',
      'spam-content',
      null,
    ],
    // Exim local_scan SpamAssassin score rejection: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim-spam
    [
      'C56',
      '2004-01-18 07:15:35 1Ai79e-0000Dq-8i F=uzwltcmwto24@melissacam.biz H=lsanca1-ar3-4-47-028-040.lsanca1.elnk.dsl.genuity.net [4.47.28.40] P=smtp rejected by local_scan(): Rejected: hits=7.5 required=5.0 trigger=5.0',
      'failed',
      'spam-content',
      null,
    ],
    // ESOS storage appliance TUI, ssmtp exited with 1, no cause: https://github.com/quantum/esos/issues/47
    [
      'T35',
      '│                   ERROR                    │\n│                                            │\n│ The /usr/sbin/ssmtp command exited with 1. │\n│  Check the mail log for more information.  │',
      'not-sent',
      'unknown',
      null,
    ],
    // Postfix mailq entry, connection refused by recipient MX: https://github.com/kumina/postfix_exporter/blob/HEAD/showq/testdata/showq.txt
    [
      'C59',
      '00C33202B6     4823 Mon Feb 24 11:32:37  sender@example.com\n                   (connect to gafe.se[151.252.30.111]:25: Connection refused)\n                                         recipient@gafe.se',
      'delayed',
      'network',
      'recipient@gafe.se',
    ],
    // Mailgun webhook failed-temporary event, 452 over quota: https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Mailgun/Tests/Webhook/Fixtures/temporary_failure.json
    [
      'T38',
      '{\n    "signature": {\n        "token": "fafa24ab7699395ccfce2847b87dce8a29f6696a79127ee77c",\n        "timestamp": "1661621361",\n        "signature": "4328a8ea0818dcb218382cf70ccee285c45a8755f5f5616be90b887b67d84593"\n    },\n    "event-data": {\n        "id": "Fs7-5t81S2ispqxqDw2U4Q",\n        "timestamp": 1521472262.908181,\n        "log-level": "warn",\n        "event": "failed",\n        "reason": "generic",\n        "severity": "temporary",\n        "delivery-status": {\n            "attempt-no": 1,\n            "certificate-verified": true,\n            "code": 452,\n            "description": "",\n            "enhanced-code": "4.2.2",\n            "message": "4.2.2 The email account that you tried to reach is over quota. Please direct\\n4.2.2 the recipient to\\n4.2.2  https://support.example.com/mail/?p=422",\n            "mx-host": "smtp-in.example.com",\n            "retry-seconds": 600,\n            "session-seconds": 0.1281740665435791,\n            "tls": true,\n            "utf8": true\n        },\n        "envelope": {\n            "sender": "bob@app.symfony.com",\n            "transport": "smtp",\n            "targets": "alice@example.com",\n            "sending-ip": "209.61.154.250"\n        },\n        "recipient": "alice@example.com",\n        "recipient-domain": "example.com"\n    }\n}',
      'delayed',
      'mailbox-full',
      'alice@example.com',
    ],
    // Mailgun webhook failed-permanent event, No Such User Here: https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Mailgun/Tests/Webhook/Fixtures/permanent_failure_no_description.json
    [
      'T40',
      '{\n    "signature": {\n        "token": "fff0ebc59c0516f4ce0823212a2f45e5c67814420b99fe558b",\n        "timestamp": "1661590666",\n        "signature": "a0cd251821d8fd56a2130b541becc8e441023574e602fe9829a9ab9fbfdea33f"\n    },\n    "event-data": {\n        "id": "G9Bn5sl1TC6nu79C8C0bwg",\n        "timestamp": 1521233195.375624,\n        "log-level": "error",\n        "event": "failed",\n        "severity": "permanent",\n        "reason": "bounce",\n        "delivery-status": {\n            "attempt-no": 1,\n            "message": "No Such User Here",\n            "code": 550,\n            "enhanced-code": "",\n            "session-seconds": 0\n        },\n        "envelope": {\n            "sender": "bob@app.symfony.com",\n            "transport": "smtp",\n            "targets": "alice@example.com"\n        },\n        "message": {\n            "headers": {\n                "to": "Alice <alice@example.com>",\n                "message-id": "20130503192659.13651.20287@app.symfony.com",\n                "from": "Bob <bob@app.symfony.com>",\n                "subject": "Test permanent_fail webhook"\n            },\n            "attachments": [],\n            "size": 111\n        },\n        "recipient": "alice@example.com",\n        "recipient-domain": "example.com"\n    }\n}',
      'failed',
      'unknown-user',
      'alice@example.com',
    ],
    // Postfix mailq entry, connection to recipient MX timed out: https://github.com/kumina/postfix_exporter/blob/HEAD/showq/testdata/showq.txt
    [
      'C66',
      '06373212DC     4088 Sat Feb 22 00:34:11  sender@example.com\n           (connect to smtp.falun.se[192.121.234.25]:25: Connection timed out)\n                                         recipient@utb.falun.se',
      'delayed',
      'network',
      'recipient@utb.falun.se',
    ],
    // Postfix submission SASL failure because auth service unreachable: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/postfix-sasl
    [
      'C69',
      'Feb  3 08:29:28 mail postfix/smtpd[21022]: warning: unknown[1.1.1.1]: SASL LOGIN authentication failed: Connection lost to authentication server',
      'not-sent',
      'login-temporary',
      null,
    ],
    // Exim sender verification failed, unrouteable sender address, pasted alone: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim
    [
      'C77',
      '2013-06-10 10:10:59 H=ufficioestampa.it (srv.ufficioestampa.it) [193.169.56.211] sender verify fail for <user@example.com>: Unrouteable address',
      null,
      'sender-domain',
      null,
    ],
    // Exim RCPT rejected by zen.spamhaus.org DNSBL: https://github.com/fail2ban/fail2ban/blob/HEAD/fail2ban/tests/files/logs/exim-spam
    [
      'C78',
      '2013-06-15 11:19:33 [2249] H=([2.181.148.95]) [2.181.148.95]:52391 I=[1.2.3.4]:25 F=fantasizesg4@google.com rejected RCPT some@email.com: rejected found in dnsbl zen.spamhaus.org',
      'failed',
      'blocked',
      'some@email.com',
    ],
  ] as const)('%s', (_id, text, action, reason, recipient) => {
    expect(headline(text)).toMatchObject({ action, reason, recipient })
  })

  it("keeps Sendmail's own words out of the programs' errors", () => {
    // Sendmail's expiry ("Cannot send message for 5 days") is no mail program's "Cannot send message".
    expect(headline('Cannot send message for 3 days')?.action).not.toBe('not-sent')
  })
})
