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
      'sender-account',
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
})
