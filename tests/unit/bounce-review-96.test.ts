// Fact review 96: a server's own 553 5.6.7 asks the sending side to declare SMTPUTF8 (RFC 6531
// §3.5), a relay's word that the next host lacks it the recipient's side; a sending service's
// suppression event is no server's reply; "b@…: delivered" opens no failed recipient's paragraph; a
// Turkish "teşekkürler aldık" inside English says the message arrived.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])
const whoActs = (text: string) => analyzeBounceReport(text).recipients.map((r) => reasonTextKey(r, 'whoActs'))

describe('fact review 96', () => {
  it('asks the sending server to declare SMTPUTF8 for a server’s own 553 5.6.7, and the recipient’s side where a relay says the next host lacks it', () => {
    expect(whoActs(SMTPUTF8_REFUSED)).toContain('reason.syntax.whoActsSmtputf8Reply')
    expect(
      whoActs(
        'müller@example.org: 553 5.6.7 Remote host does not support SMTPUTF8; non-ASCII address cannot be delivered\n',
      ),
    ).toEqual(['reason.syntax.whoActsSmtputf8'])
  })

  it('shows no JSON of a SendGrid “dropped” event as the server’s words', () => {
    const dropped = analyzeBounceReport(SENDGRID_EVENTS).recipients.find((r) => r.reason === 'suppressed')
    expect([dropped?.recipient, dropped?.diagnostic]).toEqual(['hasan@example.org', null])
  })

  it('gives a reply that names its address to that address, not to the “b@…: delivered” line below it', () => {
    expect(
      read('a@example.org failed:\n550 5.1.1 <a@example.org>: User unknown\nb@example.org: delivered\n'),
    ).toEqual([['a@example.org', 'failed', 'unknown-user']])
  })

  it('reads a Turkish “teşekkürler aldık” quoted in English as delivered', () => {
    expect(read(TURKISH_THANKS_IN_ENGLISH)).toContainEqual(['orders@example.net', 'delivered', 'delivered'])
  })
})

const SMTPUTF8_REFUSED =
  'From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nTo: <noreply@example.com>\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="wB2Cx1Lq009911.1764680000/gw.example.com"\n\n--wB2Cx1Lq009911.1764680000/gw.example.com\n\nThe original message was received at Wed, 2 Dec 2026 09:00:01 GMT\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<çağrı.öztürk@example.com.tr>\n    (reason: 553 5.6.7 SMTPUTF8 required for non-ASCII recipient address)\n\n   ----- The following addresses had transient non-fatal errors -----\n<ops@example.net>\n    (reason: 451 4.4.1 Connection timed out with mail.example.net)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.com.tr.:\n>>> RCPT To:<çağrı.öztürk@example.com.tr>\n<<< 553 5.6.7 SMTPUTF8 required for non-ASCII recipient address\n554 5.0.0 Service unavailable\n<ops@example.net>... Deferred: Connection timed out with mail.example.net.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n--wB2Cx1Lq009911.1764680000/gw.example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.com\nReceived-From-MTA: DNS; localhost\nArrival-Date: Wed, 2 Dec 2026 09:00:01 GMT\n\nFinal-Recipient: RFC822; çağrı.öztürk@example.com.tr\nAction: failed\nStatus: 5.6.7\nRemote-MTA: DNS; mx.example.com.tr\nDiagnostic-Code: SMTP; 553 5.6.7 SMTPUTF8 required for non-ASCII recipient address\nLast-Attempt-Date: Wed, 2 Dec 2026 09:00:03 GMT\n\nFinal-Recipient: RFC822; ops@example.net\nAction: delayed\nStatus: 4.4.1\nRemote-MTA: DNS; mail.example.net\nLast-Attempt-Date: Wed, 2 Dec 2026 13:00:05 GMT\nWill-Retry-Until: Mon, 7 Dec 2026 09:00:01 GMT\n\n--wB2Cx1Lq009911.1764680000/gw.example.com--\n'

const SENDGRID_EVENTS =
  '[\n  {"email":"kemal.oz@example.com.tr","timestamp":1764673200,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>","event":"bounce","category":["fatura"],"sg_event_id":"6g4ZI7SA-xmRDv57GoPIPw==","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0","reason":"550 5.7.1 Service unavailable; Client host [167.89.0.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/167.89.0.10","status":"5.7.1","type":"blocked","bounce_classification":"Reputation","tls":1,"ip":"167.89.0.10"},\n  {"email":"zeynep@example.net","timestamp":1764673260,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-556>","event":"deferred","category":["fatura"],"sg_event_id":"t7LEShmowp86DTdUW8M-GQ==","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.1","response":"451 4.7.650 The mail server [167.89.0.10] has been temporarily rate limited due to IP reputation.","attempt":"3","tls":1},\n  {"email":"hasan@example.org","timestamp":1764673300,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-557>","event":"dropped","category":["fatura"],"sg_event_id":"zmzJhfJgAfUSOW80yEbPyw==","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.2","reason":"Bounced Address","status":"5.0.0"},\n  {"email":"elif@example.com.tr","timestamp":1764673320,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-558>","event":"delivered","category":["fatura"],"sg_event_id":"rWVYmVk90MjZJ9iohOBa3w==","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.3","response":"250 2.0.0 OK 1764673320 x12si123456qkb.55 - gsmtp","tls":1,"ip":"167.89.0.10"}\n]\n'

const TURKISH_THANKS_IN_ENGLISH =
  'hi, sorry my English not so good. I send the catalog PDF (38 MB) to two people yesterday:\ndesign@example.com.tr and orders@example.net. orders@example.net replied "teşekkürler aldık" so that one is fine.\nBut for design@ I get this geri dönüş:\n\nUndelivered Mail Returned to Sender\n<design@example.com.tr>: host mx.example.com.tr[192.0.2.88] said: 552 5.3.4\n    Message size exceeds fixed maximum message size (in reply to end of DATA command)\n\nne yapmalıyım? Is their server broken?\n'
