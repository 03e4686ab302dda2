// Pass 31: texts no earlier pass had met, from the public source named beside each: webhook JSON
// whose Message-ID or "source" is not the recipient, SES's event publishing, Exim's over-long lines,
// a delay worded "has been delayed", maddy's "Use Submission", a Polish policy refusal and Postfix's
// code-less status=bounced.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

describe('pass 31: webhooks, event publishing and code-less verdicts', () => {
  it.each([
    // lnking81/mail-relay-chart webhook.md (relay webhook: soft bounce mailbox full)
    [
      'C13',
      '{\n  "event": "bounced",\n  "timestamp": "2026-02-11T14:40:00.000Z",\n  "message_id": "<abc123-456def@example.com>",\n  "queue_id": "1A2B3C4D-EFGH-5678-IJKL-9MNOPQRSTUV",\n  "from": "sender@yourdomain.com",\n  "to": ["user@example.com"],\n  "bounce_type": "soft",\n  "bounce_code": "452",\n  "bounce_message": "452 4.2.2 Mailbox full - user over quota",\n  "metadata": {\n    "attempts": 2,\n    "reason": "",\n    "error_details": {\n      "code": "452",\n      "msg": "Mailbox full - user over quota",\n      "component": "remote"\n    }\n  }\n}',
      'delayed',
      'mailbox-full',
      'user@example.com',
    ],
    // lnking81/mail-relay-chart webhook.md (relay webhook: deferred, connection timed out)
    [
      'C16',
      '{\n  "event": "deferred",\n  "timestamp": "2026-02-11T14:50:00.000Z",\n  "message_id": "<abc123-456def@example.com>",\n  "queue_id": "1A2B3C4D-EFGH-5678-IJKL-9MNOPQRSTUV",\n  "from": "sender@yourdomain.com",\n  "to": ["user@unreachable.com"],\n  "host": "",\n  "response": "Connection timed out",\n  "delay": 30000,\n  "next_attempt": "2026-02-11T15:20:00.000Z",\n  "metadata": {\n    "attempts": 2,\n    "reason": "connection timeout"\n  }\n}',
      'delayed',
      'network',
      'user@unreachable.com',
    ],
    // find_string id 56888230107 (SkySpark notes: Exim lines too long)
    [
      'C23',
      'message has lines too long for transport (received 3896, limit 2048)',
      'failed',
      'message-format',
      null,
    ],
    // find_string id 71079526923 (JS test: delay notice, mailbox full)
    [
      'C29',
      'Delivery to the following recipient has been delayed: slow@acme.com. Status: 4.2.2 mailbox full, will try again later',
      'delayed',
      'mailbox-full',
      'slow@acme.com',
    ],
    // find_string id 39832005525 (SES event doc: Transient mailboxfull, delayed)
    [
      'C30',
      '{\n  "eventType": "Bounce",\n  "mail": {\n    "timestamp": "2021-08-23 06:56:30.087",\n    "source": "Contoso <test@contoso.mail.com>",\n    "sourceArn": "arn:aws:ses:us-east-1:123:identity/mail.contoso.com",\n    "sendingAccountId": "742617195046",\n    "messageId": "1a70218a-de80-4cf9-9802-2ca63f175f87",\n    "destination": ["adella.gerlach@yahoo.com"],\n    "headersTruncated": false,\n    "headers": [...],\n    "commonHeaders": {\n      "from": ["Contoso <test@contoso.mail.com>"],\n      "to": ["adella.gerlach@yahoo.com"],\n      "messageId": "1a70218a-de80-4cf9-9802-2ca63f175f87",\n      "subject": "Hello from Contoso.com!"\n    },\n    "tags": {\n      "ses:operation": ["SendRawEmail"],\n      "ses:configuration-set": ["config-set-value"],\n      "ses:source-ip": ["10.22.22.33"],\n      "ses:from-domain": ["mail@contoso.com"],\n      "ses:caller-identity": ["caller-id-value"]\n    }\n  },\n  "bounce": {\n    "feedbackId": "0100017755bd1a4a-653e5aa7-6579-4300-b6db-20d34f971c80-000000",\n    "bounceType": "Transient",\n    "bounceSubType": "mailboxfull",\n    "bouncedRecipients": [\n      {\n        "emailAddress": "adella.gerlach@yahoo.com",\n        "action": "delayed",\n        "status": "4.0.0",\n        "diagnosticCode": "smtp; 452 4.2.2 Mailbox full"\n      }\n    ],\n    "timestamp": "2021-08-23 06:56:32.087",\n    "reportingMTA": "dns; s01.spamshield.eu"\n  }\n}',
      'delayed',
      'mailbox-full',
      'adella.gerlach@yahoo.com',
    ],
    // foxcpp/maddy#517 (maddy log: 501 5.1.8 Use Submission for outgoing SMTP)
    [
      'T02',
      'smtp: RCPT error\t{"effective_rcpt":"xxx@gmail.com","msg_id":"5462730f","reason":"reject directive used","smtp_code":501,"smtp_enchcode":"5.1.8","smtp_msg":"Use Submission for outgoing SMTP","to":"xxx@gmail.com"}\nsmtp: Rcpt\t{"msg_id":"5462730f","to":"xxx@gmail.com"}\nsmtp: aborted\t{"msg_id":"5462730f"}',
      'not-sent',
      'relay-denied',
      'xxx@gmail.com',
    ],
    // support.konto.pl a2813 (Polish: forpsi SMTP account policy block)
    [
      'T10',
      '550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071',
      'failed',
      'policy',
      null,
    ],
    // find_string id 68930394636 (French LPIC quiz: loops back to myself)
    [
      'T20',
      '# tail -n 2 /var/log/mail.log\npostfix/smtp[7120]: 4Sdf981Z: to=<bob@example.com>, relay=mail.example.com[192.168.1.10]:25, status=bounced (mail for example.com loops back to myself)',
      'failed',
      'system-error',
      'bob@example.com',
    ],
  ] as const)('%s', (_id, text, action, reason, recipient) => {
    expect(analyzeBounceReport(text).headline).toMatchObject({ action, reason, recipient })
  })

  it.each([
    // mailcow/mailcow-dockerized#6486 (Postfix log: status=sent to iCloud)
    '14/04/2025, 10:58:09\tinfo\t5B46F13477EF: to=<redacted1@icloud.com>, relay=mx01.mail.icloud.com[17.57.152.5]:25, delay=7.6, delays=1.5/0.05/1/5.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5F6EDC000D5)',
    // lnking81/mail-relay-chart webhook.md (relay webhook: delivered event)
    '{\n  "event": "delivered",\n  "timestamp": "2026-02-11T14:30:00.000Z",\n  "message_id": "<abc123-456def@example.com>",\n  "queue_id": "1A2B3C4D-EFGH-5678-IJKL-9MNOPQRSTUV",\n  "from": "sender@yourdomain.com",\n  "to": ["recipient@example.com"],\n  "host": "mail.example.com",\n  "response": "250 2.0.0 OK: Message queued as 1234567890",\n  "delay": 1523,\n  "metadata": {\n    "attempts": 1,\n    "mx_host": "mail.example.com"\n  }\n}',
  ])(
    'reads a success code with the sending side’s own word for it as delivered, not as no failure: %s',
    (text) => {
      expect(analyzeBounceReport(text).headline).toMatchObject({ action: 'delivered' })
    },
  )
})
