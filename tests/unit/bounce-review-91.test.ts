// Fact review 91: a note above the notice it forwards was written after it ("bugün Elif Hanım
// 'dosyalar elimize ulaştı' diye cevap yazdı"); an earlier incident the writer says was fixed names
// neither code nor cause of this one; a code quoted with its words and then denied ("“kullanıcı
// bulunamadı / 5.1.1” durumu değil") is no cause; incidents in paragraphs of their own each keep
// their recipient.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 91', () => {
  it.each([
    ['a Turkish note above the forwarded delay notice', GMAIL_DELAY_TR],
    [
      'an English note above the pasted notice',
      "Update: the recipient confirmed this morning that the message arrived.\n\nDelivery Status Notification (Delay)\n\nMessage delivery to 'proje@example.com.tr' delayed\n\nYour message hasn't been delivered to proje@example.com.tr yet. Gmail will retry for 46 more hours.\n",
    ],
  ])('reads the delay as delivered with %s', (_, text) => {
    expect(read(text)).toEqual([['proje@example.com.tr', 'delivered', 'delivered']])
  })

  it('keeps a delay whose note above only says the notice reached the writer', () => {
    const text =
      'Hola:\n\nMe ha llegado este aviso. ¿Tengo que volver a enviarlo?\n\n----- Mensaje reenviado -----\nDe: Mail Delivery System <MAILER-DAEMON@smtp.example.com>\nAsunto: Delayed Mail (still being retried)\n\n<contratos@example.net>: host mx.example.net[198.51.100.9]\n    said: 451 4.3.0 Temporary lookup failure (in reply to RCPT TO command)\n'
    expect(read(text).map(([, action]) => action)).toEqual(['delayed'])
  })

  it('reads a program’s timeout, not the full mailbox of an earlier incident the writer says was fixed', () => {
    const [result] = analyzeBounceReport(DOTNET_TIMEOUT).recipients
    expect([result?.action, result?.reason, result?.reply]).toEqual(['not-sent', 'outgoing-server', null])
  })

  it('reads the blocklist, not the “user unknown / 5.1.1” the writer quotes and denies', () => {
    expect(read(MAILGUN_TR)).toEqual([['muhasebe@example.com.tr', 'failed', 'blocked']])
  })

  it('reads a delay and a suppression in paragraphs of their own as two recipients', () => {
    const text =
      '(1) Delivery to the following recipients has been delayed: clara.m@example.org\n\n(2) Postmark API: {"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: owen.b@example.net."}\n'
    expect(read(text)).toEqual([
      ['owen.b@example.net', 'failed', 'suppressed'],
      ['clara.m@example.org', 'delayed', 'deferred'],
    ])
  })
})

describe('fact review 92', () => {
  it('reads each of a handover’s “address → …” items with the code below it, and one that went through on a later attempt as delivered', () => {
    expect(read(HANDOVER_TR)).toEqual([
      ['ali.kaya@example.com.tr', 'failed', 'unknown-user'],
      ['zeynep.arslan@example.net', 'delayed', 'mailbox-full'],
      ['hakan.oz@example.org', 'delivered', 'delivered'],
    ])
  })

  it('reads a delay, not the blocklist of an earlier incident the writer says was settled (“çözülmüştü … o kapandı”)', () => {
    const text =
      'Konu: destek@example.net adresine giden fatura iletisi hk.\n\nMerhaba,\nGeçen ay yaşadığımız Spamhaus olayı çözülmüştü (554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org) — o kapandı.\nBugünkü durum farklı, gelen bildirim:\n\nReporting-MTA: dns; mail.example.com.tr\nFinal-Recipient: rfc822; destek@example.net\nAction: delayed\nStatus: 4.4.1\n'
    expect(read(text)).toEqual([['destek@example.net', 'delayed', 'network']])
  })

  it('names the address a chat’s pasted reply refuses, not the corrected one the message was resent to, and shows the reply without the chat’s time and name', () => {
    const text =
      '[14:02] Mehmet: abi katalog maili gitmedi, bu geldi:\n[14:02] Mehmet: 550 5.1.1 <satinalma@exampel.com.tr> User unknown\n[14:05] Ben: adres yanlış yazılmış, exampel değil example olacak\n[14:06] Mehmet: tamam düzeltip satinalma@example.com.tr adresine tekrar gönderdim\n'
    const [result] = analyzeBounceReport(text).recipients
    expect([result?.recipient, result?.action, result?.reason, result?.diagnostic]).toEqual([
      'satinalma@exampel.com.tr',
      'failed',
      'unknown-user',
      '550 5.1.1 <satinalma@exampel.com.tr> User unknown',
    ])
  })
})

const HANDOVER_TR =
  "VARD\u0130YA DEV\u0130R NOTU - 14.03.2025 gece \u2192 sabah\nHaz\u0131rlayan: Emre \u015e.\n\n1) Example Sigorta'n\u0131n toplu duyurusu (kampanya-no 311) d\u00fcn ak\u015fam 21:30'da \u00e7\u0131kt\u0131. \u00dc\u00e7 al\u0131c\u0131da sorun vard\u0131, durumlar\u0131:\n\n - ali.kaya@example.com.tr \u2192 KALICI HATA. Sunucu cevab\u0131:\n   550 5.1.1 <ali.kaya@example.com.tr>: Recipient address rejected: User unknown in virtual mailbox table\n   M\u00fc\u015fteriye adresi kontrol etmesini s\u00f6yledim, hen\u00fcz d\u00f6n\u00fc\u015f yok.\n\n - zeynep.arslan@example.net \u2192 h\u00e2l\u00e2 kuyrukta, gece boyunca 3 kez denendi, her seferinde:\n   452 4.2.2 The email account that you tried to reach is over quota.\n   Kuyruk 5 g\u00fcn tutuyor, sabah tekrar bak\u0131ls\u0131n. Al\u0131c\u0131n\u0131n kutusu bo\u015fal\u0131rsa kendili\u011finden gider.\n\n - hakan.oz@example.org \u2192 gece 02:10'da 421 4.7.0 alm\u0131\u015ft\u0131 ama 02:40 denemesinde 250 2.0.0 OK ile teslim edildi. Kapand\u0131.\n\n2) Yaz\u0131c\u0131/taray\u0131c\u0131 taraf\u0131 sessiz, bir \u015fey yok.\n\nSabah vardiyas\u0131: sadece zeynep.arslan kuyru\u011funu takip edin, ali.kaya i\u00e7in m\u00fc\u015fteriden do\u011fru adres gelirse yeniden g\u00f6nderim yap\u0131lacak.\n"

describe('fact review 92: an old bounce below the words that date it', () => {
  it('reads the SendGrid drop, not the bounce from two months ago listed below “… from 2 months ago:”', () => {
    expect(read(SENDGRID_OLD_BOUNCE)).toEqual([['hannah.price@example.net', 'failed', 'suppressed']])
  })
})

const SENDGRID_OLD_BOUNCE =
  "Ticket #50122 \u2014 Welcome mail not received (Rails app / SendGrid)\n\nCustomer Hannah Price (hannah.price@example.net) says she never gets our welcome / password reset mails. Our Rails log shows the API call succeeded:\n\nI, [2025-03-20T08:14:02.551 #1234]  INFO -- : [SendgridMailer] POST /v3/mail/send -> 202 Accepted (x-message-id: 9sV3aF2kQ7uXb1yZ)\n\nBut in the SendGrid Activity feed the event for that message is:\n\n  Event: DROPPED\n  Reason: Bounced Address\n  Recipient: hannah.price@example.net\n  Time: 2025-03-20 08:14:03 UTC\n\nLooking further back in Activity there's a bounce from 2 months ago:\n  Event: BOUNCE  2025-01-09 17:40:11 UTC\n  Reason: 550 5.1.1 The email account that you tried to reach does not exist.\n\nShe told us on the phone her mailbox was only created again in February after a company name change (same address). She can receive mails from everyone else now. What do we do?\n"

describe('fact review 92: an address with a non-ASCII domain', () => {
  it('lists an Exim recipient whose domain is not ASCII, each with its own reply', () => {
    const replies = analyzeBounceReport(EXIM_IDN).recipients.map((r) => [r.recipient, r.reply])
    expect(replies).toEqual([
      ['anna@partner.example', '452'],
      ['jörg.müller@bücherstube.example', '550'],
    ])
  })
})

const EXIM_IDN =
  'From: Mail Delivery System <Mailer-Daemon@mail.verlag.example>\nTo: lektorat@verlag.example\nSubject: Mail delivery failed: returning message to sender\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  anna@partner.example\n    host mx.partner.example [198.51.100.4]\n    SMTP error from remote mail server after RCPT TO:<anna@partner.example>:\n    452 4.2.2 <anna@partner.example>: Mailbox full\n  j\u00f6rg.m\u00fcller@b\u00fccherstube.example\n    host mx.xn--bcherstube-dcb.example [203.0.113.88]\n    SMTP error from remote mail server after RCPT TO:<j\u00f6rg.m\u00fcller@b\u00fccherstube.example>:\n    550 5.1.1 User unknown\n'

describe('fact review 92: SMTPUTF8', () => {
  it('tells the recipient’s side to give an ASCII address or turn on SMTPUTF8, not the sender to fix the spelling', () => {
    const [r] = analyzeBounceReport(SMTPUTF8).recipients
    expect([r?.recipient, r?.enhanced]).toEqual(['jörg.müller@bücherstube.example', '5.6.7'])
    expect(reasonTextKey(r as NonNullable<typeof r>, 'whoActs')).toBe('reason.syntax.whoActsSmtputf8')
  })
})

const SMTPUTF8 =
  'Return-Path: <>\nReceived: by smtp.verlag.example (Postfix)\n\tid 4ZkP1c3Rr8z9vQm; Thu, 8 May 2025 11:20:33 +0200 (CEST)\nDate: Thu, 8 May 2025 11:20:33 +0200 (CEST)\nFrom: MAILER-DAEMON@smtp.verlag.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: lektorat@verlag.example\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="4ZkP1c3Rr8z9vQm.1746696033/smtp.verlag.example"\nContent-Transfer-Encoding: 8bit\nMessage-Id: <20250508092033.4ZkP1c3Rr8z9vQm@smtp.verlag.example>\n\nThis is a MIME-encapsulated message.\n\n--4ZkP1c3Rr8z9vQm.1746696033/smtp.verlag.example\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nThis is the mail system at host smtp.verlag.example.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<j\u00f6rg.m\u00fcller@b\u00fccherstube.example>: SMTPUTF8 is required, but was not offered\n    by host mx.xn--bcherstube-dcb.example[203.0.113.88]\n\n--4ZkP1c3Rr8z9vQm.1746696033/smtp.verlag.example\nContent-Description: Delivery report\nContent-Type: message/global-delivery-status\nContent-Transfer-Encoding: 8bit\n\nReporting-MTA: dns; smtp.verlag.example\nX-Postfix-Queue-ID: 4ZkP1c3Rr8z9vQm\nX-Postfix-Sender: rfc822; lektorat@verlag.example\nArrival-Date: Thu, 8 May 2025 11:20:31 +0200 (CEST)\n\nFinal-Recipient: utf-8; j\u00f6rg.m\u00fcller@b\u00fccherstube.example\nOriginal-Recipient: utf-8;j\u00f6rg.m\u00fcller@b\u00fccherstube.example\nAction: failed\nStatus: 5.6.7\nRemote-MTA: dns; mx.xn--bcherstube-dcb.example\nDiagnostic-Code: X-Postfix; SMTPUTF8 is required, but was not offered by host\n    mx.xn--bcherstube-dcb.example[203.0.113.88]\n\n--4ZkP1c3Rr8z9vQm.1746696033/smtp.verlag.example\nContent-Description: Undelivered Message Headers\nContent-Type: message/global-headers\nContent-Transfer-Encoding: 8bit\n\nReturn-Path: <lektorat@verlag.example>\nReceived: from [10.8.0.14] (unknown [10.8.0.14])\n\t(Authenticated sender: lektorat@verlag.example)\n\tby smtp.verlag.example (Postfix) with UTF8SMTPSA id 4ZkP1c3Rr8z9vQm;\n\tThu, 8 May 2025 11:20:31 +0200 (CEST)\nFrom: Lektorat Verlag <lektorat@verlag.example>\nTo: J\u00f6rg M\u00fcller <j\u00f6rg.m\u00fcller@b\u00fccherstube.example>\nSubject: Manuskript \u201eStra\u00dfen und Br\u00fccken\u201c \u2013 Korrekturfahnen\nDate: Thu, 8 May 2025 11:20:28 +0200\nMessage-ID: <c0ffee12-fahnen@verlag.example>\n\n--4ZkP1c3Rr8z9vQm.1746696033/smtp.verlag.example--\n'

describe('fact review 91: notices', () => {
  it('tells whoever runs the forwarding to act when SPF fails on the forwarded copy', () => {
    const [result] = analyzeBounceReport(
      '<satis.ekibi@example.net> (expanded from <satis@example.com.tr>): host\n    mx.example.net[198.51.100.77] said: 550 5.7.23 The message was rejected\n    because of Sender Policy Framework violation (in reply to end of DATA command)\n',
    ).recipients
    expect([result?.recipient, result?.reason, result?.forwarded]).toEqual([
      'satis@example.com.tr',
      'auth-failed',
      true,
    ])
  })

  it('reads each of SmarterMail’s “Failed Recipient:” entries, also one whose reason has no code', () => {
    expect(read(SMARTERMAIL)).toEqual([
      ['n.fischer@kunde-beispiel.de', 'failed', 'mailbox-full'],
      ['tom.baker@contoso-holdings.cmo', 'failed', 'host-not-found'],
    ])
  })
})

const SMARTERMAIL =
  'Return-Path: <>\nReceived: from mail.agency-example.com (mail.agency-example.com [198.51.100.14])\n\tby mail.agency-example.com with SMTP;\n\tMon, 11 Mar 2024 09:14:52 +0100\nDate: Mon, 11 Mar 2024 09:14:52 +0100\nFrom: "System Administrator" <postmaster@agency-example.com>\nTo: lena.hoffmann@agency-example.com\nSubject: Undeliverable Mail\nMessage-ID: <a1b2c3d4e5f6a7b8@mail.agency-example.com>\nX-SmarterMail-Spam: SmarterMail: Bounce\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nCould not deliver message to the following recipient(s):\n\nFailed Recipient: n.fischer@kunde-beispiel.de\nReason: Remote host said: 552 5.2.2 <n.fischer@kunde-beispiel.de>: Recipient address rejected: Mailbox full\n\nFailed Recipient: tom.baker@contoso-holdings.cmo\nReason: Failed to connect to the recipients mail server. No MX records were found for the \'contoso-holdings.cmo\' domain.\n\n   -- The header and top 20 lines of the message follows --\n\nReceived: from [10.0.0.23] (unknown [10.0.0.23]) by mail.agency-example.com with SMTP;\n   Mon, 11 Mar 2024 09:14:49 +0100\nMessage-ID: <7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@agency-example.com>\nDate: Mon, 11 Mar 2024 09:14:47 +0100\nFrom: Lena Hoffmann <lena.hoffmann@agency-example.com>\nTo: n.fischer@kunde-beispiel.de, tom.baker@contoso-holdings.cmo\nCc: j.weber@kunde-beispiel.de\nSubject: Proposal draft v3\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHallo Nina, hi Tom,\n\nanbei der dritte Entwurf des Angebots.\n'

const GMAIL_DELAY_TR =
  "Merhaba,\n\nD\u00fcn proje@example.com.tr adresine g\u00f6nderdi\u011fim maille ilgili a\u015fa\u011f\u0131daki uyar\u0131 geldi, panik oldum. Ama bug\u00fcn kar\u015f\u0131 taraftan Elif Han\u0131m \"dosyalar elimize ula\u015ft\u0131, te\u015fekk\u00fcrler\" diye cevap yazd\u0131. Yani sonunda ula\u015ft\u0131 m\u0131, yoksa bir \u015fey mi yapmam gerekiyor? Bir daha olmamas\u0131 i\u00e7in ne yapmal\u0131y\u0131z?\n\n---------- Y\u00f6nlendirilen ileti ----------\nG\u00f6nderen: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nKonu: Delivery Status Notification (Delay)\n\nMessage delivery to 'proje@example.com.tr' delayed\n\nYour message hasn't been delivered to proje@example.com.tr yet. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com.tr. 203.0.113.50: timed out]\n\nTe\u015fekk\u00fcrler,\nSerkan\n"

const DOTNET_TIMEOUT =
  'Posting in #dev-help:\n\nWe\'re moving our .NET 6 worker to the new provider. They told us "use port 465 with SSL". Now every send hangs ~100 s and then throws:\n\nSystem.Net.Mail.SmtpException: The operation has timed out.\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   at Acme.Notifications.EmailSender.SendAsync(Notification n) in /src/Acme.Notifications/EmailSender.cs:line 74\n\nCode:\n  var client = new SmtpClient("smtp.provider.example.com", 465) { EnableSsl = true, Credentials = cred };\n  client.Send(new MailMessage("alerts@example.com", "ops-team@example.net", subject, body));\n\nNo bounce email ever arrives at alerts@example.com. Is ops-team@example.net rejecting us? (FYI last month ops-team had a full mailbox, 552 5.2.2, but they fixed that.)\n'

const MAILGUN_TR =
  'Destek talebi #55810\n\nMerhaba,\nmuhasebe@example.com.tr adresine Mailgun \u00fczerinden g\u00f6nderdi\u011fimiz e-faturalar ula\u015fm\u0131yor. Mailgun panelinde "Failed" g\u00f6r\u00fcn\u00fcyor. Hemen s\u00f6yleyeyim: adres DO\u011eRU, ki\u015fi var, bu bir "kullan\u0131c\u0131 bulunamad\u0131 / 5.1.1" durumu de\u011fil, telefonla teyit ettim. Logdaki olay:\n\n{\n  "event": "failed",\n  "severity": "permanent",\n  "reason": "generic",\n  "recipient": "muhasebe@example.com.tr",\n  "delivery-status": {\n    "attempt-no": 1,\n    "code": 554,\n    "enhanced-code": "",\n    "message": "Service unavailable; Client host [198.51.100.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.7",\n    "mx-host": "mx.example.com.tr",\n    "session-seconds": 0.81\n  },\n  "timestamp": 1715670123.41\n}\n\nMailgun bu adresi bounce listesine de eklemi\u015f san\u0131r\u0131m, sonraki g\u00f6nderimler hi\u00e7 denenmiyor. Ne yapmal\u0131y\u0131z?\n'
