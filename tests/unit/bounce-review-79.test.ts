// Fact review 79: an email service's event list in which a delivery follows a deferral (or comes
// first, newest on top) was delivered; a report that lists its recipients under headings by fate
// (SmarterMail's "… succeeded:", "… has been delayed …:", Sendmail's "successful delivery
// notifications") gives each the fate of its heading.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 79', () => {
  it.each([
    [
      "SendGrid's event list for one recipient, deferred twice, then delivered",
      'Hola Marta,\n\nte paso lo que veo en SendGrid (Activity → búsqueda por destinatario) del correo de la factura que reclama el cliente. Parece que al principio fue rechazado pero luego sí entró. ¿Lo confirmas para contestarle?\n\nDestinatario: rrhh@example.es (alojado en Microsoft 365)\nAsunto: Factura F-2025-0488\n\n  14/03/2025 08:15:02   Processed\n  14/03/2025 08:15:04   Deferred    451 4.7.650 The mail server [167.89.0.10] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB4D2AA1F2E3D4] [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2025-03-14T08:15:04.133Z 08DD62A7C4D0E1F2]\n  14/03/2025 08:21:40   Deferred    451 4.7.650 The mail server [167.89.0.10] has been temporarily rate limited due to IP reputation. (S775)\n  14/03/2025 08:48:11   Delivered   250 2.6.0 <xyz123@geopod-ismtpd-7> [InternalId=98765, Hostname=AM9PR04MB8123.eurprd04.prod.outlook.com] Queued mail for delivery\n\nGracias,\nJorge (Atención al cliente)\n',
      [['rrhh@example.es', 'delivered', 'delivered']],
    ],
    [
      "Mailgun's log, a temporary failure, then delivered",
      'Can someone confirm this one reached the customer? Mailgun logs for the order confirmation:\n\n2025-03-14 10:02:11  Accepted          orders@mg.example.com → paul.simmons@example.net\n2025-03-14 10:02:13  Temporary Failure paul.simmons@example.net  421 4.7.0 Try again later, closing connection. (greylisted)\n2025-03-14 10:07:20  Delivered         paul.simmons@example.net  250 2.0.0 OK  1710410840 q5-20020a05\n',
      [['paul.simmons@example.net', 'delivered', 'delivered']],
    ],
    [
      "SparkPost's events, a delay, then a delivery",
      'SparkPost events for message 0123-abcd (copied from the Events page):\n\nType        Timestamp             Recipient              Reason\ninjection   2025-03-14T07:00:00Z  o.brandt@example.com\ndelay       2025-03-14T07:00:02Z  o.brandt@example.com   421 4.7.28 [198.51.100.44] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.\ndelivery    2025-03-14T07:31:40Z  o.brandt@example.com   250 2.0.0 OK 1710401500 x11si12345qkb.201 - gsmtp\n',
      [['o.brandt@example.com', 'delivered', 'delivered']],
    ],
    [
      "SmarterMail's report with failed, delayed and succeeded sections",
      "From: postmaster@mail.example.com\nTo: bookings@example.com\nSubject: Undeliverable: Group booking confirmation - June retreat\nDate: Wed, 29 May 2024 15:44:02 -0500\nX-SmarterMail-Spam: 0\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"SM_DSN_4d8a1f\"\n\n--SM_DSN_4d8a1f\nContent-Type: text/plain; charset=utf-8\n\nThe following message could not be delivered to all recipients:\n\n Sent: 5/29/2024 3:40:55 PM\n Subject: Group booking confirmation - June retreat\n\nDelivery to the following recipients failed permanently:\n\n    karen.lee@example.org\n    Reason: Remote host said: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-1f44c9a1234sm1234567b3.41 - gsmtp\n\nDelivery to the following recipients has been delayed. SmarterMail will keep trying for 2 more day(s):\n\n    frontdesk@example.net\n    Reason: Remote host said: 452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-6123abc4567si1234567a12.345 - gsmtp\n\nDelivery to the following recipients succeeded:\n\n    paul.okafor@example.org\n    sam@example.com\n\n--SM_DSN_4d8a1f\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; karen.lee@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n\nFinal-Recipient: rfc822; frontdesk@example.net\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 The recipient's inbox is out of storage space.\n\n--SM_DSN_4d8a1f\nContent-Type: text/rfc822-headers\n\nFrom: Bookings <bookings@example.com>\nTo: karen.lee@example.org, frontdesk@example.net, paul.okafor@example.org\nCc: sam@example.com\nSubject: Group booking confirmation - June retreat\n\n--SM_DSN_4d8a1f--\n",
      [
        ['karen.lee@example.org', 'failed', 'unknown-user'],
        ['frontdesk@example.net', 'delayed', 'mailbox-full'],
        ['paul.okafor@example.org', 'delivered', 'delivered'],
      ],
    ],
    [
      'the same report pasted without its machine-readable part',
      "From: postmaster@mail.example.com\nTo: bookings@example.com\nSubject: Undeliverable: Group booking confirmation - June retreat\n\nThe following message could not be delivered to all recipients:\n\n Sent: 5/29/2024 3:40:55 PM\n Subject: Group booking confirmation - June retreat\n\nDelivery to the following recipients failed permanently:\n\n    karen.lee@example.org\n    Reason: Remote host said: 550 5.1.1 The email account that you tried to reach does not exist.\n\nDelivery to the following recipients has been delayed. SmarterMail will keep trying for 2 more day(s):\n\n    frontdesk@example.net\n    Reason: Remote host said: 452 4.2.2 The recipient's inbox is out of storage space.\n\nDelivery to the following recipients succeeded:\n\n    paul.okafor@example.org\n    sam@example.com\n",
      [
        ['karen.lee@example.org', 'failed', 'unknown-user'],
        ['frontdesk@example.net', 'delayed', 'mailbox-full'],
        ['paul.okafor@example.org', 'delivered', 'delivered'],
      ],
    ],
    [
      "Sendmail's report with successful delivery notifications",
      'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>\nTo: <reports@example.com>\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\nThe original message was received at Thu, 30 May 2024 09:12:01 -0400\nfrom ws22.example.com [192.0.2.22]\n\n   ----- The following addresses had permanent fatal errors -----\n<c.wu@example.org>\n    (reason: 550 5.2.2 <c.wu@example.org>... Mailbox full)\n\n   ----- The following addresses had successful delivery notifications -----\n<board@example.com>  (successfully delivered to mailbox)\n<m.ortiz@example.net>  (relayed to non-DSN-aware mailer)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> DATA\n<<< 550 5.2.2 <c.wu@example.org>... Mailbox full\n554 5.0.0 Service unavailable\n',
      [
        ['c.wu@example.org', 'failed', 'mailbox-full'],
        ['board@example.com', 'delivered', 'delivered'],
        ['m.ortiz@example.net', 'relayed', 'delivered'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
