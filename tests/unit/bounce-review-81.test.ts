// Fact review 81: two or more Gmail notices, each naming its recipient inside a sentence ("Your
// message wasn't delivered to bob@… because …"), are each about their own recipient; a suppression
// list's old bounce code is not what this send met; a JSON log's "to" array names every recipient;
// a delay the sending server still retries is nothing to resend; an auto-reply saying nobody reads
// the mailbox any more asks the sender to write elsewhere; a webhook's reply is quoted from its field.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 81', () => {
  it.each([
    [
      'two Gmail notices pasted under a French note, one address not found and one blocked for its attachment',
      "Bonjour,\n\nMon mail pour l'inscription à la brocante n'est pas passé, j'ai reçu ça. J'avais mis ma collègue claire.dubois@asso-quartier.example en copie et elle l'a bien reçu, donc je ne comprends pas.\n\nMerci d'avance,\nNathalie\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nDate: lun. 9 sept. 2024 à 18:31\nSubject: Delivery Status Notification (Failure)\nTo: <nathalie.bernard@asso-quartier.example>\n\n\n** Address not found **\n\nYour message wasn't delivered to jean.martin@mairie-ville.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <jean.martin@mairie-ville.example>: Recipient address rejected: User unknown in local recipient table\n\n\n** Message blocked **\n\nYour message to inscriptions@mairie-ville.example has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n552 5.7.0 This message was blocked because its content presents a potential security issue. Attachment type .exe (formulaire_inscription.exe) not allowed.\n",
      [
        ['jean.martin@mairie-ville.example', 'failed', 'unknown-user'],
        ['inscriptions@mairie-ville.example', 'failed', 'spam-content'],
      ],
    ],
    [
      'two Gmail “Address not found” notices, the second naming its recipient only in its sentence',
      "Subject: Delivery Status Notification (Failure)\n\n** Address not found **\n\nYour message wasn't delivered to anna.k@firma-eins.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <anna.k@firma-eins.example>: Recipient address rejected: User unknown\n\n\n** Address not found **\n\nYour message wasn't delivered to ben.l@firma-zwei.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
      [
        ['anna.k@firma-eins.example', 'failed', 'unknown-user'],
        ['ben.l@firma-zwei.example', 'failed', 'unknown-user'],
      ],
    ],
    [
      "Postmark's refusal of an inactive address above the old bounce its suppression list keeps",
      'From: support ticket #8812 (via web form)\nName: Kim Park\nEmail: kim.park@studio.example\nMessage:\nI\'ve requested the password reset 5 times and nothing arrives. Not in spam either. Please help!!\n\n---- internal note (Ravi) ----\nChecked our API logs for the password-reset call:\n\nPOST https://api.postmarkapp.example/email  ->  HTTP 422\n{\n  "ErrorCode": 406,\n  "Message": "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: kim.park@studio.example. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression. "\n}\n\nPostmark Suppressions tab shows: kim.park@studio.example — Reason: HardBounce — 2024-02-03 — "550 5.1.1 mailbox unavailable"\nLooks like her mailbox had a problem in February, she says it works fine now (she\'s writing to us from it).\n',
      [['kim.park@studio.example', 'not-sent', 'suppressed']],
    ],
    [
      'a SendGrid Dropped row above the old bounce its suppression list keeps',
      'Customer says she gets nothing from us. SendGrid activity for kim.park@studio.example:\n\nDropped   kim.park@studio.example   Password reset   Oct 02, 10:00   Bounced Address\nSuppressions > Bounces: kim.park@studio.example — 2024-02-03 — 550 5.1.1 mailbox unavailable\n\nShe confirms the mailbox works today (she emailed us from it).\n',
      // Not sent by the service, and it will not try again: labelled 'Failed: your sending service did not send it'.
      [['kim.park@studio.example', 'failed', 'suppressed']],
    ],
    [
      'a Go JSON log whose "to" array holds two recipients',
      '{"level":"error","ts":"2024-09-03T14:22:05.118Z","caller":"mailer/send.go:112","msg":"smtp.SendMail failed","to":["legal@lawfirm.example","paralegal@lawfirm.example"],"from":"alerts@monitoring.example","server":"mx1.lawfirm.example:25","error":"554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45"}\n{"level":"info","ts":"2024-09-03T14:22:05.120Z","caller":"mailer/queue.go:40","msg":"message dropped after error, not retried","id":"9f1c2e"}\n\n^ this is from our monitoring box (203.0.113.45). the law firm says they never got the alerts. we send directly to their MX, no smarthost.\n',
      [
        ['legal@lawfirm.example', 'not-sent', 'blocked'],
        ['paralegal@lawfirm.example', 'not-sent', 'blocked'],
      ],
    ],
    [
      "a Go log of smtp.SendMail's error",
      '2024/09/03 14:22:05 mailer: sending alert to legal@lawfirm.example, paralegal@lawfirm.example via mx1.lawfirm.example:25\n2024/09/03 14:22:05 mailer: smtp.SendMail: 554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n2024/09/03 14:22:05 mailer: giving up, message discarded\n',
      [[null, 'not-sent', 'blocked']],
    ],
    [
      "Mailgun's log rows with their severity, failed (permanent) and failed (temporary), beside a delivery",
      'Cześć,\n\nwysłałam newsletter testowo do trzech osób i dwa z trzech maili nie doszły?? Wklejam logi z Mailguna. Co mam zrobić?\n\nPozdrawiam,\nAgnieszka (agnieszka@kwiaciarnia.example)\n\nLogs — domain mg.kwiaciarnia.example\n2024-10-01 10:02:11  delivered           ania.nowak@sklep-online.example   250 Great success\n2024-10-01 10:02:12  failed (permanent)  piotr.zielinski@hurtownia.example 550 5.1.1 <piotr.zielinski@hurtownia.example>: Recipient address rejected: mailbox unavailable\n2024-10-01 10:02:13  failed (temporary)  ola.wisniewska@biuro-rachunkowe.example  451 4.7.1 Greylisted, please try again in 300 seconds   [will retry, attempt 1 of 8]\n',
      [
        ['piotr.zielinski@hurtownia.example', 'failed', 'unknown-user'],
        ['ola.wisniewska@biuro-rachunkowe.example', 'delayed', 'greylisted'],
        ['ania.nowak@sklep-online.example', 'delivered', 'delivered'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it('reads a ticket whose writer found nothing in spam ("Not in spam either") with the service\'s refusal below', () => {
    const text =
      'From: support ticket #8812 (via web form)\nName: Kim Park\nEmail: kim.park@studio.example\nMessage:\nI\'ve requested the password reset 5 times and nothing arrives. Not in spam either. Please help!!\n\n---- internal note (Ravi) ----\nChecked our API logs for the password-reset call:\n\nPOST https://api.postmarkapp.example/email  ->  HTTP 422\n{\n  "ErrorCode": 406,\n  "Message": "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: kim.park@studio.example. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression. "\n}\n\nLooks like her mailbox had a problem in February, she says it works fine now (she\'s writing to us from it).\n'
    expect(readings(text)).toEqual([['kim.park@studio.example', 'not-sent', 'suppressed']])
  })

  it('advises no resend for a server-side fault still being retried, as the delay notice itself says', () => {
    const [r] = analyzeBounceReport(
      'Hola equipo de soporte:\n\nMe ha llegado este aviso al enviar el contrato a nuestro proveedor. ¿Tengo que volver a enviarlo? No quiero que le llegue dos veces.\n\nUn saludo,\nLucía Fernández\nDepartamento Legal — Construcciones Ebro S.L.\nlucia.fernandez@ebro-construcciones.example\n\n----- Mensaje reenviado -----\nDe: Mail Delivery System <MAILER-DAEMON@smtp.ebro-construcciones.example>\nPara: lucia.fernandez@ebro-construcciones.example\nAsunto: Delayed Mail (still being retried)\n\nThis is the mail system at host smtp.ebro-construcciones.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<contratos@proveedor-hierros.example>: host mx.proveedor-hierros.example[198.51.100.9]\n    said: 451 4.3.0 Temporary lookup failure (in reply to RCPT TO command)\n\nReporting-MTA: dns; smtp.ebro-construcciones.example\nArrival-Date: Wed, 17 Jul 2024 09:12:40 +0200 (CEST)\n\nFinal-Recipient: rfc822; contratos@proveedor-hierros.example\nOriginal-Recipient: rfc822;contratos@proveedor-hierros.example\nAction: delayed\nStatus: 4.3.0\nRemote-MTA: dns; mx.proveedor-hierros.example\nDiagnostic-Code: smtp; 451 4.3.0 Temporary lookup failure\nWill-Retry-Until: Mon, 22 Jul 2024 09:12:40 +0200 (CEST)\n',
    ).recipients
    expect(r).toMatchObject({ action: 'delayed', reason: 'system-error' })
    expect(reasonTextKey(r as NonNullable<typeof r>, 'advice')).toBe('reason.system-error.adviceQueued')
  })

  it('reads an auto-reply that says the person has left as one asking to write elsewhere, not an out-of-office', () => {
    const departed = analyzeBounceReport(
      'From: Beatriz Lopes <beatriz@example.org>\nTo: accounts-payable@example.com\nSubject: Automatic reply: Invoice 9912 overdue\nDate: Thu, 6 Jun 2024 09:15:02 +0000\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nPrecedence: bulk\nContent-Type: text/plain; charset="utf-8"\n\nThank you for your message. I have left Example Org as of 31 May 2024 and\nthis mailbox is no longer monitored; your email will not be read or\nforwarded. Please resend it to ap-team@example.org.\n',
    ).headline
    expect(departed).toMatchObject({ reason: 'auto-reply', cause: 'mailbox-disabled' })
    expect(reasonTextKey(departed as NonNullable<typeof departed>, 'whoActs')).toBe(
      'reason.auto-reply.whoActsDeparted',
    )
    const away = analyzeBounceReport(
      'From: a@example.org\nSubject: Automatic reply: hi\nAuto-Submitted: auto-replied\n\nI left Berlin on Friday and am out of the office until 10 June. For urgent matters contact b@example.org.\n',
    ).headline
    expect(away).toMatchObject({ reason: 'auto-reply', cause: null })
  })
  it.each([
    [
      'a SendGrid event batch',
      '[\n  {\n    "email": "ella@example.net",\n    "timestamp": 1717506000,\n    "smtp-id": "<9f8e7d6c5b4a.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0@geopod-ismtpd-12>",\n    "event": "processed",\n    "category": ["invoice"],\n    "sg_event_id": "cHJvY2Vzc2VkLTEyMzQ1Njc4LUFiQ2RFZkdoSWpLbE1uT3A",\n    "sg_message_id": "AbCdEfGhIjKlMnOp.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0"\n  },\n  {\n    "email": "ella@example.net",\n    "timestamp": 1717506003,\n    "smtp-id": "<9f8e7d6c5b4a.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0@geopod-ismtpd-12>",\n    "event": "delivered",\n    "category": ["invoice"],\n    "sg_event_id": "ZGVsaXZlcmVkLTAtMTIzNDU2NzgtQWJDZEVmR2hJaktsTW5PcC0w",\n    "sg_message_id": "AbCdEfGhIjKlMnOp.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0",\n    "response": "250 2.0.0 Ok: queued as 4VqT1m0Hc2z4Kp",\n    "ip": "203.0.113.100",\n    "tls": 1\n  },\n  {\n    "email": "fred@example.org",\n    "timestamp": 1717506004,\n    "smtp-id": "<9f8e7d6c5b4a.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0@geopod-ismtpd-12>",\n    "event": "bounce",\n    "category": ["invoice"],\n    "sg_event_id": "Ym91bmNlLTEtMTIzNDU2NzgtQWJDZEVmR2hJaktsTW5PcC0x",\n    "sg_message_id": "AbCdEfGhIjKlMnOp.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.1",\n    "reason": "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-43f2a1b2c3dsi1234567qtb.12 - gsmtp",\n    "status": "5.1.1",\n    "type": "bounce",\n    "bounce_classification": "Invalid Address",\n    "ip": "203.0.113.100",\n    "tls": 1\n  },\n  {\n    "email": "gail@example.org",\n    "timestamp": 1717506010,\n    "smtp-id": "<9f8e7d6c5b4a.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.0@geopod-ismtpd-12>",\n    "event": "deferred",\n    "category": ["invoice"],\n    "sg_event_id": "ZGVmZXJyZWQtMy0xMjM0NTY3OC1BYkNkRWZHaElqS2xNbk9wLTI",\n    "sg_message_id": "AbCdEfGhIjKlMnOp.filterdrecv-7c9f5d6b8-x2kqz-1-665F1A2B-1A.2",\n    "response": "451 4.3.0 <gail@example.org>: Temporary lookup failure",\n    "attempt": "3",\n    "ip": "203.0.113.100",\n    "tls": 1\n  }\n]\n',
      'gail@example.org',
      '451 4.3.0 <gail@example.org>: Temporary lookup failure',
    ],
    [
      'a Mailgun event whose code is a number beside its message',
      '{\n  "signature": {\n    "token": "a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0",\n    "timestamp": "1717510000",\n    "signature": "d2271d12299f6592d9d44cd9d250f0704e4674c30d79d07c47a66f95ce71cf55"\n  },\n  "event-data": {\n    "event": "failed",\n    "id": "G9Bn5sl1TC6nu79C8C0bwg",\n    "timestamp": 1717510000.123456,\n    "severity": "temporary",\n    "reason": "generic",\n    "log-level": "warn",\n    "recipient": "hana@example.net",\n    "recipient-domain": "example.net",\n    "envelope": {\n      "transport": "smtp",\n      "sender": "bounce+1a2b3c.4d5e6f-hana=example.net@mg.example.com",\n      "sending-ip": "203.0.113.140",\n      "targets": "hana@example.net"\n    },\n    "delivery-status": {\n      "attempt-no": 2,\n      "code": 421,\n      "description": "",\n      "message": "4.4.2 mx.example.net Error: timeout exceeded",\n      "retry-seconds": 900,\n      "mx-host": "mx.example.net",\n      "session-seconds": 30.2,\n      "tls": true,\n      "certificate-verified": true\n    },\n    "message": {\n      "headers": {\n        "to": "hana@example.net, ivan@example.net",\n        "message-id": "20240604141000.1.ABCDEF0123456789@mg.example.com",\n        "from": "Example Billing <billing@example.com>",\n        "subject": "Your receipt"\n      },\n      "attachments": [],\n      "size": 18234\n    },\n    "flags": { "is-routed": false, "is-authenticated": true, "is-system-test": false, "is-test-mode": false },\n    "tags": ["receipt"],\n    "user-variables": {}\n  }\n}\n',
      'hana@example.net',
      '421 4.4.2 mx.example.net Error: timeout exceeded',
    ],
    [
      'an Amazon SES bounce inside an SNS envelope',
      '{\n  "Type": "Notification",\n  "MessageId": "5b1c2d3e-4f5a-5b6c-9d7e-8f9a0b1c2d3e",\n  "TopicArn": "arn:aws:sns:us-east-1:123456789012:ses-bounces",\n  "Message": "{\\"notificationType\\": \\"Bounce\\", \\"bounce\\": {\\"feedbackId\\": \\"0100018fe2b1c3d4-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000\\", \\"bounceType\\": \\"Permanent\\", \\"bounceSubType\\": \\"General\\", \\"bouncedRecipients\\": [{\\"emailAddress\\": \\"paul@example.net\\", \\"action\\": \\"failed\\", \\"status\\": \\"5.1.1\\", \\"diagnosticCode\\": \\"smtp; 550 5.1.1 <paul@example.net>: Recipient address rejected: User unknown in virtual mailbox table\\"}], \\"timestamp\\": \\"2024-06-04T12:01:22.000Z\\", \\"remoteMtaIp\\": \\"198.51.100.50\\", \\"reportingMTA\\": \\"dsn; a8-12.smtp-out.amazonses.com\\"}, \\"mail\\": {\\"timestamp\\": \\"2024-06-04T12:01:20.512Z\\", \\"source\\": \\"News <news@example.com>\\", \\"sourceArn\\": \\"arn:aws:ses:us-east-1:123456789012:identity/example.com\\", \\"sourceIp\\": \\"203.0.113.77\\", \\"callerIdentity\\": \\"ses-smtp-user.20240101-120000\\", \\"sendingAccountId\\": \\"123456789012\\", \\"messageId\\": \\"0100018fe2b1b9aa-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000\\", \\"destination\\": [\\"paul@example.net\\", \\"quinn@example.org\\"], \\"headersTruncated\\": false, \\"headers\\": [{\\"name\\": \\"From\\", \\"value\\": \\"News <news@example.com>\\"}, {\\"name\\": \\"To\\", \\"value\\": \\"paul@example.net, quinn@example.org\\"}, {\\"name\\": \\"Subject\\", \\"value\\": \\"June newsletter\\"}, {\\"name\\": \\"MIME-Version\\", \\"value\\": \\"1.0\\"}, {\\"name\\": \\"Content-Type\\", \\"value\\": \\"text/html; charset=UTF-8\\"}], \\"commonHeaders\\": {\\"from\\": [\\"News <news@example.com>\\"], \\"to\\": [\\"paul@example.net\\", \\"quinn@example.org\\"], \\"messageId\\": \\"0100018fe2b1b9aa-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000\\", \\"subject\\": \\"June newsletter\\"}}}",\n  "Timestamp": "2024-06-04T12:01:22.615Z",\n  "SignatureVersion": "1",\n  "Signature": "EXAMPLEpH+..",\n  "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",\n  "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:ses-bounces:0a1b2c3d"\n}\n',
      'paul@example.net',
      '550 5.1.1 <paul@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    ],
  ])(
    'quotes the reply of %s as its field gives it, not a window of the JSON',
    (_name, text, recipient, said) => {
      const r = analyzeBounceReport(text).recipients.find((x) => x.recipient === recipient)
      expect(r?.diagnostic).toBe(said)
    },
  )
})
