// Fact review 95: a Microsoft 365 trace's per-event export (Get-MessageTraceDetail, "#TYPE" above its
// header) and Exchange's tracking log read row by row: "Fail", "Defer", "Send external" /
// "SENDEXTERNAL"; a row's Message-ID and sender are no recipients.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 95, machine-made', () => {
  it('reads each recipient of a trace’s per-event export by its last Fail, Defer or Send external row', () => {
    expect(read(TRACE_DETAIL)).toEqual([
      ['kerem.uysal@example.net', 'failed', 'unknown-user'],
      ['depo@lojistik.example.net', 'delayed', 'network'],
      ['nur.aydin@example.org', 'delivered', 'delivered'],
    ])
  })

  it('lists no Message-ID or sender of a “Deliver” row as a recipient', () => {
    expect(read(DELIVER_ROW_WITH_IDS).map(([recipient]) => recipient)).toEqual([
      'kerem.uysal@example.net',
      'nur.aydin@example.org',
    ])
  })

  it('reads Exchange’s tracking log by its Recipients and EventId columns', () => {
    expect(read(TRACKING_LOG)).toEqual([
      ['kerem.uysal@example.net', 'failed', 'unknown-user'],
      ['nur.aydin@example.org', 'delivered', 'delivered'],
    ])
  })
})

describe('fact review 95, person-written', () => {
  it('reads a chat’s “Tekrar gönderdim” and the recipient’s “Geldi, teşekkürler” below it as delivered, and a resend told above the pasted error', () => {
    expect(read(CHAT_RESENT_CAME)).toEqual([['ayse.demir@example.com.tr', 'delivered', 'delivered']])
    expect(read(RESENT_ABOVE_PASTE)).toEqual([['ayse.demir@example.com.tr', 'delivered', 'delivered']])
  })

  it('gives a delay’s Status 4.4.1 no reply of another recipient’s 550', () => {
    const delayed = analyzeBounceReport(FAILED_AND_DELAYED).recipients.find((r) => r.action === 'delayed')
    expect([delayed?.recipient, delayed?.reply, delayed?.enhanced]).toEqual([
      'zeynep.oz@example.org',
      null,
      '4.4.1',
    ])
  })

  it('gives a Postfix log line pasted below another recipient’s refusal its own recipient', () => {
    expect(read(REFUSAL_THEN_LOG)).toEqual([
      ['j.park@example.net', 'failed', 'blocked'],
      ['orders@example.org', 'delayed', 'greylisted'],
    ])
  })

  it('names the recipient of Microsoft 365’s Turkish “İletiniz … adresine teslim edilemedi”, and the corrected address as delivered', () => {
    expect(read(TURKISH_NDR_CORRECTED)).toEqual([
      ['info@exmaple.com.tr', 'failed', 'host-not-found'],
      ['info@example.com.tr', 'delivered', 'delivered'],
    ])
  })

  it('reads a console’s tab-separated results by its Alıcı and Durum columns, each failure with its “Ayrıntılar (…)” reply', () => {
    expect(read(CONSOLE_TABLE_TR)).toEqual([
      ['arda.tunc@example.net', 'failed', 'spam-content'],
      ['bilgi@example.org', 'failed', 'mailbox-disabled'],
      ['tolga.er@example.com.tr', 'delivered', 'delivered'],
      ['n.celik@example.org', 'delivered', 'delivered'],
    ])
  })

  it('reads iOS Mail’s Turkish “Posta Gönderilemiyor” and a message left in the Outbox as not sent', () => {
    expect(read(IOS_TR).map(([, action]) => action)).toEqual(['not-sent'])
    expect(
      read(
        'When I send from my phone this appears and the message stays in the Outbox:\n553 5.7.1 <pazarlama@example.com.tr>: Sender address rejected: not owned by user kemal.aydin@example.com.tr\n',
      ).map(([, action]) => action),
    ).toEqual(['not-sent'])
  })
})

const TRACE_DETAIL =
  '#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTraceDetail\n"Date","Event","Action","Detail","Data","MessageId","MessageTraceId","Organization","RecipientAddress","SenderAddress","StartDate","EndDate"\n"3/21/2025 12:40:03 PM","Receive","","Message received by: VI1PR04MB6101.eurprd04.prod.outlook.com","<root><MEP Name=""ConnectorId"" String=""VI1PR04MB6101\\Client Submission""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","3f0e1d2c-4b5a-4697-8a1b-2c3d4e5f6071","contoso-tr.onmicrosoft.com","kerem.uysal@example.net","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n"3/21/2025 12:40:05 PM","Fail","","Reason: [{LED=550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM3PEPF0000A791.eurprd04.prod.outlook.com 2025-03-21T12:40:05.212Z 08DD67A1B2C3D4E5]};{MSG=};{FQDN=example-net.mail.protection.outlook.com};{IP=52.101.73.12};{LRT=}]. OR (2) The recipient server did not accept our requests to connect.","<root><MEP Name=""ServerHostname"" String=""VI1PR04MB6101""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","3f0e1d2c-4b5a-4697-8a1b-2c3d4e5f6071","contoso-tr.onmicrosoft.com","kerem.uysal@example.net","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n"3/21/2025 12:40:03 PM","Receive","","Message received by: VI1PR04MB6101.eurprd04.prod.outlook.com","<root><MEP Name=""ConnectorId"" String=""VI1PR04MB6101\\Client Submission""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","contoso-tr.onmicrosoft.com","nur.aydin@example.org","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n"3/21/2025 12:40:06 PM","Send external","","Message sent to mx.example.org at 203.0.113.25 using TLS1.2 with AES256","<root><MEP Name=""ConnectorId"" String=""To_DefaultOpportunisticTLS""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","contoso-tr.onmicrosoft.com","nur.aydin@example.org","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n"3/21/2025 12:40:03 PM","Receive","","Message received by: VI1PR04MB6101.eurprd04.prod.outlook.com","<root><MEP Name=""ConnectorId"" String=""VI1PR04MB6101\\Client Submission""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","contoso-tr.onmicrosoft.com","depo@lojistik.example.net","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n"3/21/2025 12:41:10 PM","Defer","","Reason: [{LED=451 4.4.0 DNS query failed. The error was: DNS query failed with error: ServerFailure};{MSG=};{FQDN=lojistik.example.net};{IP=};{LRT=3/21/2025 12:41:10 PM}]. OR (2) The recipient server did not accept our requests to connect.","<root><MEP Name=""ServerHostname"" String=""VI1PR04MB6101""/></root>","<PA4PR04MB7782F1A2B3C4D5E6@PA4PR04MB7782.eurprd04.prod.outlook.com>","c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","contoso-tr.onmicrosoft.com","depo@lojistik.example.net","rapor@example.com.tr","3/19/2025 12:00:00 AM","3/22/2025 12:00:00 AM"\n'

const DELIVER_ROW_WITH_IDS =
  '"Date","Event","Action","Detail","Data","MessageId","MessageTraceId","Organization","RecipientAddress","SenderAddress"\n"3/21/2025 12:40:05 PM","Fail","","Reason: [{LED=550 5.1.1 User unknown};{MSG=};{FQDN=};{IP=};{LRT=}]","","<PA4PR04MB7782@PA4PR04MB7782.eurprd04.prod.outlook.com>","3f0e","contoso-tr.onmicrosoft.com","kerem.uysal@example.net","rapor@example.com.tr"\n"3/21/2025 12:40:06 PM","Deliver","","The message was successfully delivered.","","<PA4PR04MB7782@PA4PR04MB7782.eurprd04.prod.outlook.com>","7a6b","contoso-tr.onmicrosoft.com","nur.aydin@example.org","rapor@example.com.tr"\n'

const TRACKING_LOG =
  '"Timestamp","EventId","Source","Sender","Recipients","MessageSubject","RecipientStatus","ServerHostname"\n"3/21/2025 12:40:03 PM","RECEIVE","SMTP","rapor@example.com.tr","kerem.uysal@example.net;nur.aydin@example.org","Mart raporu","","EX01"\n"3/21/2025 12:40:05 PM","FAIL","SMTP","rapor@example.com.tr","kerem.uysal@example.net","Mart raporu","[{LED=550 5.1.1 User unknown};{MSG=};{FQDN=mx.example.net};{IP=198.51.100.23};{LRT=}]","EX01"\n"3/21/2025 12:40:06 PM","SENDEXTERNAL","SMTP","rapor@example.com.tr","nur.aydin@example.org","Mart raporu","250 2.0.0 OK","EX01"\n'

const CHAT_RESENT_CAME =
  "14.05.2024 10:02 - Murat Kaya: Selam Ayşe hanım, size dün akşam gönderdiğim teklif geri döndü, şöyle bir hata geldi:\n14.05.2024 10:02 - Murat Kaya: <ayse.demir@example.com.tr>: host mail.example.com.tr[198.51.100.14] said: 552 5.2.2 <ayse.demir@example.com.tr>: Mailbox full (quota exceeded) (in reply to RCPT TO command)\n14.05.2024 10:05 - Ayşe Demir: Ay evet, kutum dolmuş 🙈 IT'ye söyledim kotayı artırdılar, eski mailleri de sildim\n14.05.2024 10:06 - Ayşe Demir: Tekrar atabilir misiniz?\n14.05.2024 10:31 - Murat Kaya: Tekrar gönderdim\n14.05.2024 10:33 - Ayşe Demir: Geldi, teşekkürler 👍\n14.05.2024 10:33 - Murat Kaya: Rica ederim\n"

const RESENT_ABOVE_PASTE =
  'I resent it and it was delivered. The earlier error was:\n\n<ayse.demir@example.com.tr>: host mail.example.com.tr[198.51.100.14] said: 552 5.2.2 <ayse.demir@example.com.tr>: Mailbox full (quota exceeded) (in reply to RCPT TO command)\n'

const FAILED_AND_DELAYED =
  "Konu: İLT: Undelivered Mail Returned to Sender\n\nMerhaba Emre Bey,\n\nDün toplantı davetini üç kişiye gönderdim: Ali Bey (ali.kara@example.com.tr), Mehmet Bey (mehmet.yilmaz@example.net) ve Zeynep Hanım (zeynep.oz@example.org). Ali Bey katılacağını yazdı, ona ulaşmış. Ama diğer ikisi için aşağıdaki iki mesaj geldi. Ne yapmam gerekiyor, ikisine de tekrar mı göndereyim?\n\nSaygılarımla,\nSelin Arslan\nSatın Alma\n\n----- 1. mesaj -----\nFrom: Mail Delivery System <MAILER-DAEMON@smtp.example.com.tr>\nSent: 13 Mayıs 2024 Pazartesi 17:48\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host smtp.example.com.tr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<mehmet.yilmaz@example.net>: host mx2.example.net[192.0.2.40] said: 550 5.1.1\n    <mehmet.yilmaz@example.net>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)\n\n----- 2. mesaj -----\nFrom: Mail Delivery System <MAILER-DAEMON@smtp.example.com.tr>\nSent: 13 Mayıs 2024 Pazartesi 21:50\nSubject: Delayed Mail (still being retried)\n\nThis is the mail system at host smtp.example.com.tr.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<zeynep.oz@example.org>: connect to mail.example.org[203.0.113.77]:25:\n    Connection timed out\n\nFinal-Recipient: rfc822; zeynep.oz@example.org\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mail.example.org[203.0.113.77]:25:\n    Connection timed out\n"

const REFUSAL_THEN_LOG =
  'j.park@example.net: 554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org\n\nMay 15 06:10:44 gw01 postfix/smtp[22871]: 7C1E22A0F3: to=<orders@example.org>, relay=mx.example.org[192.0.2.81]:25, dsn=4.7.1, status=deferred (host mx.example.org[192.0.2.81] said: 451 4.7.1 Greylisted)\n'

const TURKISH_NDR_CORRECTED =
  "Talep No: 2024-05-0917\nKonu: Mail gitmiyor?\nAçan: Hakan Öztürk (hakan.ozturk@example.org)\n\nSabah müşteriye fiyat listesini attım, şu geldi:\n\nTeslim Edilemedi: Fiyat Listesi Mayıs\nİletiniz info@exmaple.com.tr adresine teslim edilemedi.\nAlan adı exmaple.com.tr bulunamadı. Adresin yazımını denetleyin ve yeniden göndermeyi deneyin.\n\nUzak Sunucu Tarafından Döndürülen '550 5.4.310 DNS domain exmaple.com.tr does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=exmaple.com.tr] [AM4PEPF00027A5C.eurprd04.prod.outlook.com]'\n\nSonra fark ettim adresi yanlış yazmışım :) doğrusu info@example.com.tr, ona tekrar gönderdim, müşteri aldığını teyit etti. Yani çözüldü ama bu hatayı neden aldım merak ettim, kayıt için açıyorum.\n"

const CONSOLE_TABLE_TR =
  "Merhaba, yönetici konsolundan e-posta günlüğü araması yaptım, sonuçları aşağıya yapıştırıyorum. Genel müdürün 14 Mayıs'ta gönderdiği duyuru iki adrese ulaşmamış görünüyor, diğerleri tamam mı?\n\nTarih\tGönderen\tAlıcı\tKonu\tDurum\n14 May 2024 16:02:11\tgm@example.com.tr\ttolga.er@example.com.tr\tBayram tatili duyurusu\tTeslim edildi\n14 May 2024 16:02:11\tgm@example.com.tr\tn.celik@example.org\tBayram tatili duyurusu\tTeslim edildi\n14 May 2024 16:02:12\tgm@example.com.tr\tarda.tunc@example.net\tBayram tatili duyurusu\tGeri döndü\n14 May 2024 16:02:12\tgm@example.com.tr\tbilgi@example.org\tBayram tatili duyurusu\tGeri döndü\n\nAyrıntılar (arda.tunc@example.net):\nAlıcı sunucusu yanıtı: 550 5.7.1 [192.0.2.10] Message rejected due to local policy: content flagged as spam. Contact postmaster@example.net\n\nAyrıntılar (bilgi@example.org):\nAlıcı sunucusu yanıtı: 550 5.2.1 The email account that you tried to reach is disabled.\n\nTeşekkürler,\nCem\n"

const IOS_TR =
  'Posta Gönderilemiyor\n"Teklif revizyonu" başlıklı ileti sunucu tarafından reddedildi.\nSunucu yanıtı: 553 5.7.1 <pazarlama@example.com.tr>: Sender address rejected: not owned by user kemal.aydin@example.com.tr\n'
