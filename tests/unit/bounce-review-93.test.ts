// Fact review 93: a program's connection error code around a server's 535 is a refused login; a
// STARTTLS demand pasted from a device's log is a message never sent; a delay warning pasted below a
// failure notice keeps its own fate; a code from an incident "from March" is no cause of today's.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 93', () => {
  it('reads Outlook’s 0x80042109 around a quoted 535 as a refused login, not an unreachable server, without the chat’s time and name', () => {
    const [result] = analyzeBounceReport(OUTLOOK_535_CHAT).recipients
    expect([result?.action, result?.reason, result?.diagnostic?.startsWith('"Gönderme raporlandı')]).toEqual([
      'not-sent',
      'login-failed',
      true,
    ])
  })

  it('reads a copier’s “530 5.7.0 Must issue a STARTTLS command first” as not sent, and a bounce that quotes it as returned', () => {
    expect(read(COPIER_530)).toEqual([[null, 'not-sent', 'tls-required']])
    expect(
      read('Our mail to bob@example.net bounced with: 530 5.7.0 Must issue a STARTTLS command first\n'),
    ).toEqual([['bob@example.net', 'failed', 'tls-required']])
  })

  it('keeps a greylisted recipient of a “Delayed Mail (still being retried)” warning pasted below a failure notice delayed', () => {
    expect(read(POSTFIX_AND_DELAY)).toEqual([
      ['a.smith@example.org', 'failed', 'mailbox-full'],
      ['c.lee@example.net', 'failed', 'blocked'],
      ['b.jones@example.net', 'delayed', 'greylisted'],
    ])
  })

  it('reads a later “status=sent” as delivered when an old incident “from March” with its code is told above', () => {
    expect(read(OLD_INCIDENT_THEN_SENT)).toEqual([['ceo@example.net', 'delivered', 'delivered']])
  })
})

describe('fact review 93, machine-made notices', () => {
  it('reads cPanel’s BoxTrapper notice as held until the sender confirms, for the address it protects, not the one in its link', () => {
    expect(read(BOXTRAPPER)).toEqual([['ana@example.org', null, 'challenge']])
  })

  it('reads a SparkPost batch’s “delivery” event as delivered beside its bounce and delay', () => {
    expect(read(SPARKPOST_BATCH)).toEqual([
      ['p.lindqvist@example.net', 'failed', 'unknown-user'],
      ['ana.rossi@example.org', 'delayed', 'rate-limited'],
      ['j.okafor@example.net', 'delivered', 'delivered'],
    ])
  })
})

const BOXTRAPPER =
  'Return-Path: <>\nReceived: from srv3.example.org (srv3.example.org [192.0.2.150])\n\tby mail.example.com.tr with ESMTPS id 4W01a2b3c4z5\n\tfor <murat@example.com.tr>; Tue, 11 Jun 2024 10:02:41 +0300\nFrom: ana@example.org\nTo: murat@example.com.tr\nSubject: Your email requires verification verify#7f3a9c21b4e8\nAuto-Submitted: auto-replied\nX-Boxtrapper: 7f3a9c21b4e8\nPrecedence: bulk\nDate: Tue, 11 Jun 2024 07:02:39 +0000\nContent-Type: text/plain; charset=utf-8\n\nThe message you sent requires that you verify that you\nare a real live human being and not a spam source.\n\nTo complete this verification, simply reply to this message and leave\nthe subject line intact or click the link below:\n\nhttps://srv3.example.org:2096/cgi-sys/bxd.cgi?a=ana@example.org&verify=7f3a9c21b4e8\n\nThe headers of the message sent from your address are shown below:\n\nFrom murat@example.com.tr Tue Jun 11 07:02:33 2024\nReceived: from mail.example.com.tr ([203.0.113.30]:41822)\n\tby srv3.example.org with esmtps (TLS1.3) (Exim 4.97.1)\n\t(envelope-from <murat@example.com.tr>)\n\tid 1sGwAb-0001Xy-0T\n\tfor ana@example.org; Tue, 11 Jun 2024 07:02:33 +0000\nFrom: Murat Şahin <murat@example.com.tr>\nTo: ana@example.org\nSubject: Fiyat teklifi\nDate: Tue, 11 Jun 2024 10:02:30 +0300\n'

const SPARKPOST_BATCH =
  '[\n  {\n    "msys": {\n      "message_event": {\n        "type": "bounce",\n        "bounce_class": "10",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "error_code": "550",\n        "event_id": "92356927693813856",\n        "friendly_from": "shop@example.com",\n        "ip_address": "192.0.2.33",\n        "message_id": "0001a2b3c4d5e6f7a8b9",\n        "msg_from": "msprvs1=18abc=bounces-4711@bounces.example.com",\n        "raw_rcpt_to": "p.lindqvist@example.net",\n        "rcpt_to": "p.lindqvist@example.net",\n        "raw_reason": "550 5.1.1 <p.lindqvist@example.net>... User unknown",\n        "reason": "550 5.1.1 <p.lindqvist@example.net>... User unknown",\n        "routing_domain": "example.net",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717756800",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  },\n  {\n    "msys": {\n      "message_event": {\n        "type": "delay",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "error_code": "421",\n        "event_id": "92356927693813857",\n        "friendly_from": "shop@example.com",\n        "message_id": "0001a2b3c4d5e6f7a8ba",\n        "num_retries": "2",\n        "queue_time": "1800000",\n        "raw_rcpt_to": "ana.rossi@example.org",\n        "rcpt_to": "ana.rossi@example.org",\n        "raw_reason": "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",\n        "reason": "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",\n        "routing_domain": "example.org",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717758600",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  },\n  {\n    "msys": {\n      "message_event": {\n        "type": "delivery",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "event_id": "92356927693813858",\n        "friendly_from": "shop@example.com",\n        "message_id": "0001a2b3c4d5e6f7a8bb",\n        "queue_time": "3120",\n        "raw_rcpt_to": "j.okafor@example.net",\n        "rcpt_to": "j.okafor@example.net",\n        "routing_domain": "example.net",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717756803",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  }\n]\n'

const OUTLOOK_535_CHAT =
  '[14.05.2024 10:14] Ayşe Demir: Murat selam, Outlook\'tan mail atamıyorum, gönder\'e basınca bir süre bekliyor sonra bu hata çıkıyor:\n[14.05.2024 10:14] Ayşe Demir: "Gönderme raporlandı hata (0x80042109): Giden posta (SMTP) sunucusu bir hata bildirdi: 535 5.7.3 Authentication unsuccessful [AM0PR04CA0123.eurprd04.prod.outlook.com]"\n[14.05.2024 10:15] Ayşe Demir: muhasebe@example.com.tr adresine faturayı gönderecektim, acil\n[14.05.2024 10:16] Murat (IT): Geçen hafta şifreni değiştirdin mi?\n[14.05.2024 10:17] Ayşe Demir: evet cuma günü değiştirdim, telefonda mail çalışıyor ama\n[14.05.2024 10:17] Murat (IT): tamam bakıyorum\n[14.05.2024 10:18] Ayşe Demir: fatura karşıya gitti mi sence? giden kutusunda duruyor\n'

const COPIER_530 =
  'Support ticket #20931\nCategory: Email – cannot send\nReporter: Facilities (2nd floor)\n\nThe big Ricoh copier on the 2nd floor stopped doing "scan to email" since Monday. Scans are supposed to go to scans@example.org and to whoever types their address. The copier shows "Transmission failed" and the log on the web panel says:\n\n  SMTP server error: 530 5.7.0 Must issue a STARTTLS command first\n  Server: smtp.example.org  Port: 25  Auth: ON  SSL/TLS: OFF\n\nNothing has been received by scans@example.org since Monday. Our mail admin said they "hardened the SMTP server" over the weekend. Please advise.\n'

const POSTFIX_AND_DELAY =
  '#ops-mail  (Slack export)\n\nDeniz K. 11:02\n@here the May newsletter went out last night, we got DSNs back for 3 addresses. Pasting the Postfix bounce + the warning we got. Who needs to do what?\n\nDeniz K. 11:03\n```\nThis is the mail system at host mta1.example.com.tr.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n<a.smith@example.org>: host mx1.example.org[192.0.2.21] said: 552 5.2.2\n    <a.smith@example.org>: Recipient address rejected: Mailbox full (in reply\n    to RCPT TO command)\n\n<c.lee@example.net>: host mx.example.net[198.51.100.30] said: 554 5.7.1\n    Service unavailable; Client host [203.0.113.5] blocked using\n    zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5 (in reply\n    to RCPT TO command)\n```\n\nDeniz K. 11:05\nand this one is separate, came as "Delayed Mail (still being retried)":\n```\n<b.jones@example.net>: host mx.example.net[198.51.100.30] said: 450 4.2.0\n    <b.jones@example.net>: Recipient address rejected: Greylisted, see\n    http://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO\n    command)\n```\n\nCan S. 11:09\n203.0.113.5 is our mta1 btw\n'

const OLD_INCIDENT_THEN_SENT =
  'Hi team,\n\nTwo things about ceo@example.net, please don\'t mix them up:\n\n(1) OLD – ticket #4411 from March: we were rejected with "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net". That was fixed back then, we got delisted on 12 March and mail flowed again. Closed.\n\n(2) TODAY – the user saw this in the "Delayed" warning this morning and panicked:\n\n  <ceo@example.net>: host mx.example.net[198.51.100.30] said: 450 4.7.1\n      <ceo@example.net>: Recipient address rejected: Greylisted, please try\n      again in 300 seconds (in reply to RCPT TO command)\n\nBut our Postfix log shows the retry went through 7 minutes later:\n\n  May 16 08:19:44 mta1 postfix/smtp[22031]: 4F2A1C0D12: to=<ceo@example.net>, relay=mx.example.net[198.51.100.30]:25, delay=431, delays=0.1/420/0.4/10, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B7E2A0044)\n\nSo is there anything to do?\n'
