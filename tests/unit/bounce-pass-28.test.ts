// Pass 28: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it: more programs' own wordings (mutt, PHPMailer,
// German Thunderbird, an SMTP log's "< 535"), a list that takes members' posts only, an SMS
// gateway the recipient turned off, and a webhook keyed "event_type".
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 28: programs, lists and gateways', () => {
  it.each([
    // Thunderbird German error dialog, server says Unsupported option, rcpt=none: https://github.com/Extended-Thunder/send-later/issues/757
    [
      'T07',
      'Senden der Nachricht ist fehlgeschlagen\nSenden der Nachricht fehlgeschlagen\nFehler beim Senden der Nachricht. Der Mail-Server antwortete: Unsupported option:\n<8d7984b6-0afb-4294-b0dc-6f5f1e7843f9@my-e-mail-adress.de>, Bitte überprüfen Sie, ob Ihre E-Mail-Adresse in den Konten-Einstellungen stimmt und wiederholen Sie den Vorgang.',
      'not-sent',
      'unknown',
      '8d7984b6-0afb-4294-b0dc-6f5f1e7843f9@my-e-mail-adress.de',
    ],
    // AVideo PHPMailer via Office 365, DATA END 5.7.60, rcpt=none: https://github.com/WWBN/AVideo/issues/1017
    [
      'C31',
      'Your message could not be sent!\nMessage could not be sent SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have permissions to send as this sender [CY4PR1701MB1800.namprd17.prod.outlook.com]\nSMTP code: 550',
      'not-sent',
      'send-as',
      null,
    ],
    // esoTalk PHPMailer data not accepted with code excerpt, no server text, rcpt=none: https://github.com/esotalk/esoTalk/issues/418
    [
      'C32',
      "SMTP Error: data not accepted.\nThe error occurred near ../core/lib/vendor/class.phpmailer.php:1234\n\n1232:         //Only send the DATA command if we have viable recipients\n1233:         if ((count($this->all_recipients) > count($bad_rcpt)) and !$this->smtp->data($header . $body)) {\n1234:             throw new phpmailerException($this->lang('data_not_accepted'), self::STOP_CRITICAL);\n1235:         }\n1236:         if ($this->SMTPKeepAlive == true) {",
      'not-sent',
      'unknown',
      null,
    ],
    // Flutter catcher EmailAutoHandler SMTP log, Exim 535 incorrect authentication data, rcpt=none: https://github.com/jhomlala/catcher/issues/198
    [
      'T15',
      'flutter: [2021-11-01 19:28:46.237776 | Connection | FINE] > AUTH LOGIN\nflutter: [2021-11-01 19:28:46.413829 | Connection | FINE] < 334 VXNlcm5hbWU6\nflutter: [2021-11-01 19:28:46.423022 | Connection | FINE] > Y3VzdG9tZXJjYXJlQHdiaHQtdnQuY29t\nflutter: [2021-11-01 19:28:46.597496 | Connection | FINE] < 334 UGFzc3dvcmQ6\nflutter: [2021-11-01 19:28:46.599863 | Connection | FINE] > ZVhBMk9YRjJlR0ZzWmpBdw==\nflutter: [2021-11-01 19:28:46.776149 | Connection | FINE] < 535 Incorrect authentication data\nflutter: [2021-11-01 19:28:46.793682 | Catcher | INFO] Report result: false',
      'not-sent',
      'login-failed',
      null,
    ],
    // Go mail-parser test fixture 25.eml, AT&T Cingular SMS gateway, recipient has restricted SMS e-mail 5.3.0, rcpt=u@ci.com: find_string id 48082665471
    [
      'T19',
      'This Message was undeliverable due to the following reason:\n\n\n<u@ci.com> has restricted SMS e-mail\n\nPlease reply to <Postmaster@ci.com>\nif you feel this message to be in error.\nReporting-MTA: dns; schemailmta04.ci.com\nArrival-Date: Tue, 29 Jun 2010 10:42:37 -0500\nReceived-From-MTA: dns; schemailedgegx04.ci.com (172.16.130.170)\n\nOriginal-Recipient: rfc822;u@ci.com\nFinal-Recipient: RFC822; <u@ci.com>\nAction: failed\nStatus: 5.3.0',
      'failed',
      'recipient-restricted',
      'u@ci.com',
    ],
    // Sweego hard_bounce webhook, response code 550 only, rcpt=recipient@example.com: https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Sweego/Tests/Webhook/Fixtures/hard_bounce.json
    [
      'T28',
      '{\n  "event_type": "hard_bounce",\n  "timestamp": "2024-08-20T08:48:35+00:00",\n  "swg_uid": "01-68d20f85-253e-4986-b7f0-0e4229df4d61",\n  "event_id": "88eaff9a-5087-47d9-afdd-6eeaddfb11ae",\n  "channel": "email",\n  "transaction_id": "8dea05e7-9e8b-43d7-b000-3f7d15304162",\n  "headers": {\n    "x-swg-uid": "01-68d20f85-253e-4986-b7f0-0e4229df4d61",\n    "x-client-id": "myid",\n    "x-campaign-pool": "default",\n    "x-campaign-canal": "mycanal",\n    "x-campaign-type": "default",\n    "x-mailer": "Sweego",\n    "x-originating-ip": "XXX.XXX.XXX.XXX",\n    "x-campaign-ref": "895000#N",\n    "x-campaign-id": "b205d7b6-9eb5-4ba7-b3b9-5e2b8cade053",\n    "x-transaction-id": "8dea05e7-9e8b-43d7-b000-3f7d15304162"\n  },\n  "campaign_tags": null,\n  "campaign_type": "default",\n  "campaign_id": "default",\n  "recipient": "recipient@example.com",\n  "domain_from": "example.org",\n  "response_code": 550,\n  "status": null\n}',
      'failed',
      'unknown',
      'recipient@example.com',
    ],
    // xen-devel list, Gmail Address not found bounce, groups.io 510 5.1.1 sender not subscribed to group, rcpt=amd-xen-safety@groups.io: find_string id 2983194469
    [
      'C68',
      "** Address not found **\n\nYour message wasn't delivered to amd-xen-safety@groups.io because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://groups.io/g/amd-xen-safety\n(Warning: This link will take you to a third-party site)\n\nThe response from the remote server was:\n510 5.1.1 Your email address, jbeulich@suse.com, is not subscribed to that group. To subscribe, send an email to amd-xen-safety+subscribe@groups.io, or visit https://groups.io/g/amd-xen-safety",
      'failed',
      'recipient-restricted',
      'amd-xen-safety@groups.io',
    ],
  ] as const)('%s', (_id, text, action, reason, recipient) => {
    expect(headline(text)).toMatchObject({ action, reason, recipient })
  })

  it.each([
    // https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/AhaSend/Tests/Webhook/Fixtures/bounced.json
    [
      'T06',
      '{\n    "type": "message.bounced",\n    "timestamp": "2024-10-27T19:35:58.267106256Z",\n    "data": {\n        "account_id": "4cdd7bdd-294e-4762-892f-83d40abf5a87",\n        "event": "on_bounced",\n        "from": "info@example.com",\n        "recipient": "someone@example.com",\n        "subject": "Sample email for testing webhooks",\n        "message_id_header": "message-id-header",\n        "user_agent": "",\n        "is_bot": "",\n        "id": "ahasend-message-id"\n    }\n}',
      'failed',
      null,
    ],
    // https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Brevo/Tests/Webhook/Fixtures/soft_bounce.json
    [
      'T26',
      '{\n    "event": "soft_bounce",\n    "email": "example@gmail.com",\n    "id": 81205,\n    "date": "2020-10-09 00:00:00",\n    "ts": 1604933619,\n    "message-id": "<201798300811.5787683@smtp-relay.mailin.fr>",\n    "ts_event": 1604933654,\n    "subject": "My first Transactional",\n    "X-Mailin-custom": "some_custom_header",\n    "sending_ip": "127.0.0.1",\n    "template_id": 22,\n    "tags": ["transac_messages"],\n    "reason": "server is down"\n}',
      'delayed',
      'network',
    ],
    // https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Mailchimp/Tests/Webhook/Fixtures/reject.json
    [
      'T35',
      '{\n  "mandrill_events": [\n    {\n      "ts": 1365109999,\n      "event": "reject",\n      "msg": {\n        "ts": 1365109999,\n        "subject": "Foo bar",\n        "email": "foo@example.com",\n        "sender": "bar@example.com",\n        "tags": [\n          "my_tag_1",\n          "my_tag_2"\n        ],\n        "smtp_events": null,\n        "opens": null,\n        "clicks": null,\n        "state": "sent",\n        "metadata": {\n          "mandrill-var-1": "foo",\n          "mandrill-var-2": "bar"\n        },\n        "_id": "7761635",\n        "_version": "123",\n        "subaccount": null,\n        "diag": null,\n        "bounce_description": null,\n        "template": null\n      }\n    }\n  ],\n  "X-Mandrill-Signature": "8ExrBIUlnVaanrjQrvL8Sh/M9pg="\n}',
      'failed',
      'suppressed',
    ],
    // https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Brevo/Tests/Webhook/Fixtures/invalid_email.json
    [
      'T36',
      '{\n    "event": "invalid_email",\n    "email": "example@gmail.com",\n    "id": 625895,\n    "date": "2020-10-09 00:00:00",\n    "ts": 1604933619,\n    "message-id": "<201798300811.5787683@smtp-relay.mailin.fr>",\n    "ts_event": 1604933654,\n    "subject": "My first Transactional",\n    "X-Mailin-custom": "some_custom_header",\n    "template_id": 22,\n    "tags": ["transac_messages"],\n    "ts_epoch": 1604933623\n}',
      'failed',
      'syntax',
    ],
    // https://github.com/symfony/symfony/blob/HEAD/src/Symfony/Component/Mailer/Bridge/Azure/Tests/Webhook/Fixtures/suppressed.json
    [
      'T37',
      '[{\n  "id": "00000000-0000-0000-0000-000000000000",\n  "topic": "/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}",\n  "subject": "sender/test@azure.com/message/00000000-0000-0000-0000-000000000001",\n  "data": {\n    "sender": "test@azure.com",\n    "recipient": "receiver@example.com",\n    "messageId": "00000000-0000-0000-0000-000000000001",\n    "status": "Suppressed",\n    "deliveryStatusDetails": {\n      "statusMessage": "Status Suppressed"\n    },\n    "deliveryAttemptTimeStamp": "2026-03-18T00:22:20.2855741+00:00"\n  },\n  "eventType": "Microsoft.Communication.EmailDeliveryReportReceived",\n  "dataVersion": "1.0",\n  "metadataVersion": "1",\n  "eventTime": "2026-03-18T00:22:20.822Z"\n}]',
      'failed',
      'suppressed',
    ],
  ] as const)(
    "reads an email service's webhook event as what became of the message: %s",
    (_id, text, action, reason) => {
      expect(headline(text)).toMatchObject(reason ? { action, reason } : { action })
    },
  )

  it.each([
    // https://github.com/lettre/lettre/issues/686
    [
      'T10',
      'lettre::transport::smtp::Error {\n    kind: Permanent(\n        Code {\n            severity: PermanentNegativeCompletion,\n            category: MailSystem,\n            detail: Four,\n        },\n    ),\n}',
      'not-sent',
      'unknown',
    ],
    // https://github.com/fewlinesco/bamboo_smtp/issues/76
    ['T12', "{:network_failure, 'smtp.gmail.com', {:error, :econnrefused}}", 'not-sent', 'outgoing-server'],
    // https://github.com/sisimai/rb-sisimai/blob/master/set-of-emails/maildir/bsd/email-ezweb-08.eml
    [
      'T40',
      "From: Postmaster@ezweb.ne.jp\nSubject: Mail System Error - Returned Mail\n\n次のあて先へのメッセージはエラーのため送信できませんでした。\n\n送信先メールアドレスが見つからないか、\n送信先メールサーバの事由により送信できませんでした。\nメールアドレスをご確認の上、再送信してください。\n\nEach of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <kijitora-neko-nyaan-22222-cats@hotmail.com>\n    >>> MAIL FROM:<neko-nyaan@example.org>\n    <<< 550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 111.86.156.22 weren't sent. We recommend that you contact your Internet service provider. The problem is that too many unwanted messages have been sent from the following IP address above. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      'failed',
      'blocked',
    ],
    // https://github.com/zone-eu/zone-mta/issues/229
    [
      'T44',
      'Feb 24 22:15:53 zone-mta node: info Sender/default/33957[3] 17078b4b170000d8f7.001 SMTPCLOSE [XsBmxvPvwXk] Connection closed response="550 5.5.0 Requested action not taken: mailbox unavailable. [MW2NAM12FT046.eop-nam12.prod.protection.outlook.com]"',
      'failed',
      'unknown-user',
    ],
  ] as const)('reads the rest of the tail as an expert would: %s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })
})
