// Fact review 78: a dashboard's Dropped row (SendGrid's suppression) is a recipient that got
// nothing; Go's "dial tcp …:25: connect: connection timed out" from a cloud machine is a program
// stopped by the provider's block on port 25; Zoho's list of recipients of an account blocked for
// sending names each of them.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 78', () => {
  it.each([
    [
      "SendGrid's Activity feed copied as text, with a Dropped row",
      'Moin,\n\nNewsletter KW11 über SendGrid. Laut Activity Feed ist das hier los, ich hab die auffälligen Zeilen rauskopiert + eine normale zum Vergleich:\n\nEvent       Email                            Subject           Time                   Details\nDelivered   h.petersen@reederei.example      Newsletter KW11   03/14/2024 08:00:12    250 2.0.0 OK\nDropped     k.albers@werft.example           Newsletter KW11   03/14/2024 08:00:12    Bounced Address\nDeferred    norderney.ferien@gmail.com       Newsletter KW11   03/14/2024 08:00:13    421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain [em1234.newsletter.example]. To protect our users from spam, mail sent from your SPF domain has been temporarily rate limited.\nDeferred    norderney.ferien@gmail.com       Newsletter KW11   03/14/2024 08:45:40    421-4.7.28 ... temporarily rate limited.\n\nWas heißt "Dropped"? Die Adresse von Albers ist doch richtig, der hat letzte Woche noch geantwortet.\n\nDanke\nFrauke\n',
      [
        ['k.albers@werft.example', 'failed', 'suppressed'],
        ['norderney.ferien@gmail.com', 'delayed', 'rate-limited'],
        ['h.petersen@reederei.example', 'delivered', 'delivered'],
      ],
    ],
    [
      'a dashboard table with Spanish statuses',
      'Hola, el Activity de SendGrid del boletín:\n\nEntregado   ana.gil@example.com        14/03/2024 08:00   250 2.0.0 OK\nDescartado  jose.mora@example.net      14/03/2024 08:00   Bounced Address\nDiferido    luis.vega@example.org      14/03/2024 08:01   451 4.7.1 Greylisted, please try again later\n\n¿Qué pasó con José?\n',
      [
        ['jose.mora@example.net', 'failed', 'suppressed'],
        ['luis.vega@example.org', 'delayed', 'greylisted'],
        ['ana.gil@example.com', 'delivered', 'delivered'],
      ],
    ],
    [
      "Go's dial tcp timeout to port 25 from Google Cloud",
      "hey - our Go worker on GCP (Compute Engine, e2-small) can't send the nightly report. It connects straight to the customer's MX, no relay. error from logs:\n\n2024/03/14 02:00:31 report: send to reports@client-corp.example failed: dial tcp 203.0.113.25:25: connect: connection timed out\n2024/03/14 02:02:42 report: retry 1/3 failed: dial tcp 203.0.113.25:25: connect: connection timed out\n2024/03/14 02:04:53 report: retry 2/3 failed: dial tcp 203.0.113.25:25: connect: connection timed out\n\ntelnet 203.0.113.25 25 from my laptop works fine. nothing changed on our side afaik\n",
      [['reports@client-corp.example', 'not-sent', 'port-blocked']],
    ],
    [
      "Go's dial tcp timeout to port 25 from DigitalOcean, told in Turkish",
      'Merhaba, DigitalOcean droplet üzerindeki Go servisimiz doğrudan alıcının MX sunucusuna (25. port) bağlanıp rapor gönderiyor. Yeni droplet açtık, şu hatayı alıyoruz:\n\n2024/03/15 03:00:12 mail: send to rapor@musteri.example: dial tcp 203.0.113.25:25: i/o timeout\n\nEski sunucudan sorunsuz gidiyordu. Alıcı tarafı bir şey değiştirmemiş.\n',
      [['rapor@musteri.example', 'not-sent', 'port-blocked']],
    ],
    [
      "Zoho's recipients of a blocked outgoing account",
      'From: Mail Delivery System <mailer-daemon@zohomail.com>\nTo: sales@example.com\nSubject: Undelivered Mail Returned to Sender\nDate: Tue, 10 Dec 2024 06:12:40 +0530\nX-ZohoMail-Bounce: 1\nContent-Type: text/plain; charset=UTF-8\n\nThis message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\nsunita.rao@example.org, ERROR_CODE :554, ERROR_CODE :5.1.8 Email Outgoing Blocked. Unusual sending activity has been detected from your account. Outgoing email has been blocked; log in to https://mail.zoho.in to verify your account and unblock, or contact your administrator.\npurchase@example.net, ERROR_CODE :554, ERROR_CODE :5.1.8 Email Outgoing Blocked. Unusual sending activity has been detected from your account. Outgoing email has been blocked; log in to https://mail.zoho.in to verify your account and unblock, or contact your administrator.\n\nReceived:from [10.1.4.22] (203.0.113.201 [203.0.113.201]) by mx.zoho.in\n\twith SMTPS id 1733791358412112.4870212; Tue, 10 Dec 2024 06:12:38 +0530 (IST)\nFrom: Sales Desk <sales@example.com>\nTo: sunita.rao@example.org, purchase@example.net\nSubject: Year-end offer - 20% off\nDate: Tue, 10 Dec 2024 06:12:36 +0530\nMessage-Id: <193aa4f11c8.d1f2b7a1@example.com>\nX-Mailer: Zoho Mail\n',
      [
        ['sunita.rao@example.org', 'failed', 'sender-account'],
        ['purchase@example.net', 'failed', 'sender-account'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
