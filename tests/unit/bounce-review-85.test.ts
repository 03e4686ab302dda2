// Fact review 85: Amazon SES notifications pasted one after another are each read; an email
// service's activity feed copied as a table with | between its cells is read row by row; a
// challenge that allows mail only from senders approved beforehand.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 85', () => {
  it.each([
    [
      'two Amazon SES bounce notifications pasted one after the other',
      'Got these two SNS notifications for the same message (order confirmation #100245). The order had three recipients (customer + two internal copies). Which need action?\n\n{\n  "notificationType": "Bounce",\n  "bounce": {\n    "feedbackId": "0100018e3b1f7a2c-7c3a-4b1d-9e2f-000000000001",\n    "bounceType": "Transient",\n    "bounceSubType": "MailboxFull",\n    "bouncedRecipients": [\n      {\n        "emailAddress": "maria.lopez@correo-sur.example",\n        "action": "failed",\n        "status": "4.2.2",\n        "diagnosticCode": "smtp; 452 4.2.2 Mailbox full"\n      }\n    ],\n    "timestamp": "2025-03-15T10:11:42.000Z",\n    "reportingMTA": "dns; b224-13.smtp-out.eu-west-1.amazonses.example"\n  },\n  "mail": {\n    "timestamp": "2025-03-15T10:11:40.000Z",\n    "source": "orders@shop-nordic.example",\n    "sourceIp": "203.0.113.88",\n    "messageId": "0102018e3b1f6f11-aaaa-bbbb-cccc-000000000000",\n    "destination": ["maria.lopez@correo-sur.example", "warehouse@shop-nordic.example", "archive@shop-nordic.example"]\n  }\n}\n\n{\n  "notificationType": "Bounce",\n  "bounce": {\n    "bounceType": "Permanent",\n    "bounceSubType": "General",\n    "bouncedRecipients": [\n      {\n        "emailAddress": "archive@shop-nordic.example",\n        "action": "failed",\n        "status": "5.1.1",\n        "diagnosticCode": "smtp; 550 5.1.1 <archive@shop-nordic.example>: Recipient address rejected: User unknown"\n      }\n    ],\n    "timestamp": "2025-03-15T10:11:45.000Z"\n  },\n  "mail": {\n    "source": "orders@shop-nordic.example",\n    "messageId": "0102018e3b1f6f11-aaaa-bbbb-cccc-000000000000",\n    "destination": ["maria.lopez@correo-sur.example", "warehouse@shop-nordic.example", "archive@shop-nordic.example"]\n  }\n}\n\n(No Delivery notification enabled, so I don\'t know about warehouse@.)\n',
      [
        ['maria.lopez@correo-sur.example', 'failed', 'expired'],
        ['archive@shop-nordic.example', 'failed', 'unknown-user'],
      ],
    ],
    [
      'the same two in the other order',
      'Got these two SNS notifications for the same message (order confirmation #100245). The order had three recipients (customer + two internal copies). Which need action?\n\n{\n  "notificationType": "Bounce",\n  "bounce": {\n    "bounceType": "Permanent",\n    "bounceSubType": "General",\n    "bouncedRecipients": [\n      {\n        "emailAddress": "archive@shop-nordic.example",\n        "action": "failed",\n        "status": "5.1.1",\n        "diagnosticCode": "smtp; 550 5.1.1 <archive@shop-nordic.example>: Recipient address rejected: User unknown"\n      }\n    ],\n    "timestamp": "2025-03-15T10:11:45.000Z"\n  },\n  "mail": {\n    "source": "orders@shop-nordic.example",\n    "messageId": "0102018e3b1f6f11-aaaa-bbbb-cccc-000000000000",\n    "destination": ["maria.lopez@correo-sur.example", "warehouse@shop-nordic.example", "archive@shop-nordic.example"]\n  }\n}\n\n{\n  "notificationType": "Bounce",\n  "bounce": {\n    "feedbackId": "0100018e3b1f7a2c-7c3a-4b1d-9e2f-000000000001",\n    "bounceType": "Transient",\n    "bounceSubType": "MailboxFull",\n    "bouncedRecipients": [\n      {\n        "emailAddress": "maria.lopez@correo-sur.example",\n        "action": "failed",\n        "status": "4.2.2",\n        "diagnosticCode": "smtp; 452 4.2.2 Mailbox full"\n      }\n    ],\n    "timestamp": "2025-03-15T10:11:42.000Z",\n    "reportingMTA": "dns; b224-13.smtp-out.eu-west-1.amazonses.example"\n  },\n  "mail": {\n    "timestamp": "2025-03-15T10:11:40.000Z",\n    "source": "orders@shop-nordic.example",\n    "sourceIp": "203.0.113.88",\n    "messageId": "0102018e3b1f6f11-aaaa-bbbb-cccc-000000000000",\n    "destination": ["maria.lopez@correo-sur.example", "warehouse@shop-nordic.example", "archive@shop-nordic.example"]\n  }\n}\n\n(No Delivery notification enabled, so I don\'t know about warehouse@.)\n',
      [
        ['archive@shop-nordic.example', 'failed', 'unknown-user'],
        ['maria.lopez@correo-sur.example', 'failed', 'expired'],
      ],
    ],
    [
      "SendGrid's activity feed copied as a table with | between its cells",
      "Copied from SendGrid > Activity Feed, filtered on the password-reset template, last 24h. Customers are complaining they don't get reset emails. Which of these are our problem?\n\nEVENT      | RECIPIENT                         | DATE                 | REASON\nDelivered  | h.nakamura@sakura-mail.example    | Mar 11, 2025 09:02   | 250 2.0.0 OK 1710147720 x12si\nDeferred   | olga.petrova@mailbox.example      | Mar 11, 2025 09:05   | 421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. Try again later.\nDelivered  | olga.petrova@mailbox.example      | Mar 11, 2025 09:41   | 250 2.0.0 OK\nDropped    | carlos.m@reyes.example            | Mar 11, 2025 10:12   | Bounced Address\nBounce     | support-ops@globex.example        | Mar 11, 2025 10:30   | 550 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.example/query/ip/198.51.100.77\nOpen       | h.nakamura@sakura-mail.example    | Mar 11, 2025 10:31   |\n\nOur from address is no-reply@acme-store.example, dedicated IP 198.51.100.77.\n",
      [
        ['carlos.m@reyes.example', 'failed', 'suppressed'],
        ['support-ops@globex.example', 'failed', 'blocked'],
        ['h.nakamura@sakura-mail.example', 'delivered', 'delivered'],
        ['olga.petrova@mailbox.example', 'delivered', 'delivered'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
  it('reads a challenge that allows mail only from senders approved beforehand', () => {
    const text =
      'Return-Path: <verify+a8f3c2e1d4b5@cr.example.net>\nReceived: from cr-out2.cr.example.net (cr-out2.cr.example.net [198.51.100.90])\n\tby mail.example.com (Postfix) with ESMTPS id 4VyB1c6TQxz9tZ2\n\tfor <alice@example.com>; Tue, 21 May 2024 15:20:44 +0200 (CEST)\nFrom: "Tom Baker" <verify+a8f3c2e1d4b5@cr.example.net>\nReply-To: verify+a8f3c2e1d4b5@cr.example.net\nTo: alice@example.com\nSubject: Re: Partnership proposal [Verification required]\nDate: Tue, 21 May 2024 09:20:43 -0400\nMessage-ID: <cr.a8f3c2e1d4b5.1716297643@cr.example.net>\nAuto-Submitted: auto-replied\nPrecedence: bulk\nX-Challenge: a8f3c2e1d4b5\nMIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\nHello alice@example.com,\n\nI apologize for this automatic reply to your email.\n\nTo control spam, I now allow incoming messages only from senders I have\napproved beforehand.\n\nIf you would like to be added to my list of approved senders, please fill\nout the short request form (see link below). Once I approve you, I will\nreceive your original message in my inbox. You do not need to resend your\nmessage. I apologize for this one-time inconvenience.\n\nClick the link below to fill out the request:\n\nhttps://cr.example.net/approve?id=a8f3c2e1d4b5&r=tom.baker%40example.org\n\nYour original message:\n  From:    alice@example.com\n  To:      tom.baker@example.org\n  Subject: Partnership proposal\n  Date:    Tue, 21 May 2024 15:20:31 +0200\n\n--\nThis verification request was sent on behalf of tom.baker@example.org.\nUnverified messages are deleted after 30 days.\n'
    expect(readings(text)).toEqual([['tom.baker@example.org', null, 'challenge']])
  })
})
