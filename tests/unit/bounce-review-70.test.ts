// Fact review 70: Gmail's delay notice ("Message not delivered yet … Gmail will retry for 46 more
// hours") is a delay, not a final failure; a writer who denies a bounce ("I did not get any
// undeliverable notice", "No rebotan", "… haben wir NICHT bekommen") reports none, so a deferral stays
// a deferral and a text with no code and nothing returned gets no reading.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { headline, reasonsByRecipient, recipients } from '../helpers/bounce-shown'

const outcome = (text: string) => {
  const h = analyzeBounceReport(text).headline
  return h && [h.recipient, h.action, h.reason]
}

describe('fact review 70', () => {
  it.each([
    [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Delay)\nTo: <noor.haddad@example.com>\n\nMessage not delivered yet\nThere was a temporary problem delivering your message to returns@parcelpoint.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\nLEARN MORE\nThe response from the remote server was:\n\n451 4.3.0 <returns@parcelpoint.example>: Temporary lookup failure\n",
      ['returns@parcelpoint.example', 'delayed', 'system-error'],
    ],
    [
      "Delivery Status Notification (Delay)\n\nMessage not delivered yet\nThere was a temporary problem delivering your message to dana.whitfield@example.org. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.\nThe response from the remote server was:\n452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n452-4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a640c23a62f3a-a4e5b1c2d3si123456766b.412 - gsmtp\n",
      ['dana.whitfield@example.org', 'delayed', 'mailbox-full'],
    ],
  ])("reads Gmail's delay notice as a delay: %s", (text, expected) => {
    expect(outcome(text)).toEqual(expected)
  })

  it.each([
    [
      'Hi Jonas, did the invoice arrive? Our log says:\n\nto=<buchhaltung@seeblick-hotel.example>, status=deferred (host mx.seeblick-hotel.example[198.51.100.66] said: 450 4.2.0 <buchhaltung@seeblick-hotel.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/seeblick-hotel.example.html (in reply to RCPT TO command))\n\nI did not get any undeliverable notice.\n',
      ['buchhaltung@seeblick-hotel.example', 'delayed', 'greylisted'],
    ],
    [
      'Hallo Jonas, ist die Rechnung jetzt angekommen? Im Log steht bei der Mail:\n\nto=<buchhaltung@seeblick-hotel.example>, status=deferred (host mx.seeblick-hotel.example[198.51.100.66] said: 451 4.7.1 Please try again later (in reply to RCPT TO command))\n\nEine Unzustellbar-Mail habe ich nicht bekommen.\n',
      ['buchhaltung@seeblick-hotel.example', 'delayed', 'deferred'],
    ],
  ])('keeps a deferral a deferral when the writer says no bounce came: %s', (text, expected) => {
    expect(outcome(text)).toEqual(expected)
  })

  it.each([
    [
      'Hi team,\n\nOur customer\'s IT manager (a.yilmaz@nordlicht-gmbh.example) says our invoices from billing@printworks.example never reach his users. We did NOT get any bounce or undeliverable notice. He found them in his Microsoft Defender quarantine, reason "Phish". He released them but the next one is quarantined again.\n\nDo we need to change our SPF/DKIM or is this on his side?\n\nThanks\nFrank\n',
    ],
    [
      'Formulario de soporte — nueva solicitud\nNombre: Héctor Salinas\nCorreo: hsalinas@agricola-valle.example\nEmpresa: Agrícola del Valle\nAsunto: Correos llegan con horas de retraso\n\nDescripción:\nDesde el lunes los correos que enviamos a la aseguradora (siniestros@seguros-horizonte.example) llegan con 3 o 4 horas de retraso. No rebotan, no recibimos ningún error, simplemente llegan tarde (ellos nos confirman la hora en que les llega y nos reenvían los partes con retraso). A otros destinatarios llegan al momento. Enviamos desde Outlook con cuenta de Microsoft 365. ¿Pueden revisarlo? Es urgente porque los partes de siniestro tienen plazo.\n\nAdjuntos: ninguno\n',
    ],
    [
      'Hallo,\n\nunser Kunde (Herr Yilmaz, IT-Leiter bei Nordlicht GmbH, a.yilmaz@nordlicht-gmbh.example) sagt, unsere Rechnungen von rechnung@druckerei-berg.example kommen bei denen nicht an. Einen Rückläufer / eine Unzustellbar-Meldung haben wir NICHT bekommen. Herr Yilmaz hat jetzt herausgefunden, dass die Mails bei ihm in der Quarantäne von Microsoft Defender landen (als Grund steht "Phish"). Er hat sie freigegeben, aber die nächste landet wieder dort.\n\nMüssen wir an unserem SPF/DKIM etwas ändern oder ist das sein Problem? Unsere Rechnungen verschickt die Warenwirtschaft über den Server vom Provider (mailout.provider.example), normale Mails gehen über Outlook.\n\nDanke\nFrank Berg\nDruckerei Berg\n',
    ],
  ])('gives no reading when the writer says nothing bounced: %s', (text) => {
    expect(analyzeBounceReport(text).recipients).toEqual([])
  })

  it('still reads a notice whose own words deny a delivery, not a bounce', () => {
    const text =
      'Emails to nora.s@example.org show as "Failed" in the logs with "Not delivering to previously bounced address" (code 605).\n'
    expect(analyzeBounceReport(text).headline?.action).toBe('failed')
  })
})

describe('fact review 70, machine-made reports', () => {
  it.each([
    [
      'Kimden: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firma.example>\nGönderildi: 15 Mart 2024 Cuma 10:42\nKime: Emre Demir <emre.demir@firma.example>\nKonu: Teslim Edilemedi: Teklif talebi - 2024/118\n\nŞu alıcılara veya gruplara teslim başarısız oldu:\n\nsatinalma@tedarikci.example (satinalma@tedarikci.example)\nGirdiğiniz e-posta adresi bulunamadı. Lütfen alıcının e-posta adresini denetleyin ve iletiyi yeniden göndermeyi deneyin. Sorun devam ederse yardım masanızla iletişim kurun.\n\n\n\n\n\n\nYöneticiler için tanılama bilgileri:\n\nOluşturan sunucu: VI1PR03MB4412.eurprd03.prod.outlook.com\n\nsatinalma@tedarikci.example\nRemote Server returned \'550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00025F95.EURPRD83.prod.outlook.com 2024-03-15T07:41:12.771Z 08DC44B3A1E22C70]\'\n\nÖzgün ileti üst bilgileri:\n\nARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b=kX2m...\nReceived: from VI1PR03MB4412.eurprd03.prod.outlook.com\n (2603:10a6:803:3e::21) by VI1PR03MB4412.eurprd03.prod.outlook.com with\n HTTPS; Fri, 15 Mar 2024 07:41:11 +0000\nFrom: Emre Demir <emre.demir@firma.example>\nTo: "satinalma@tedarikci.example" <satinalma@tedarikci.example>\nCC: Selin Aksoy <selin.aksoy@firma.example>, "Murat Öztürk"\n\t<murat.ozturk@tedarikci.example>\nSubject: Teklif talebi - 2024/118\nThread-Topic: Teklif talebi - 2024/118\nDate: Fri, 15 Mar 2024 07:41:10 +0000\nMessage-ID: <VI1PR03MB44120F8E2D1C3B4A5968778899AA1@VI1PR03MB4412.eurprd03.prod.outlook.com>\nAccept-Language: tr-TR, en-US\nContent-Language: tr-TR\nMIME-Version: 1.0\n',
    ],
    [
      'Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:\n\nj.berger@kunde.example\nDie E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden. Wenn das Problem weiterhin auftritt, wenden Sie sich an Ihr Helpdesk.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: EXSRV01.firma.local\n\nj.berger@kunde.example\nRemote Server returned \'550 5.1.1 <j.berger@kunde.example>: Recipient address rejected: User unknown in virtual mailbox table\'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\nFrom: Vertrieb <vertrieb@firma.example>\nTo: "j.berger@kunde.example" <j.berger@kunde.example>\nCC: Einkauf <einkauf@firma.example>, "Sabine Roth"\n\t<s.roth@kunde.example>\nSubject: Angebot 4471\nDate: Fri, 15 Mar 2024 07:41:10 +0000\n',
    ],
    [
      'Kimden: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firma.example>\nGönderildi: 15 Mart 2024 Cuma 10:42\nKime: Emre Demir <emre.demir@firma.example>\nKonu: Teslim Edilemedi: Teklif talebi - 2024/118\n\nŞu alıcılara veya gruplara teslim başarısız oldu:\n\nsatinalma@tedarikci.example (satinalma@tedarikci.example)\nGirdiğiniz e-posta adresi bulunamadı. Lütfen alıcının e-posta adresini denetleyin ve iletiyi yeniden göndermeyi deneyin. Sorun devam ederse yardım masanızla iletişim kurun.\n\n\n\n\n\n\nYöneticiler için tanılama bilgileri:\n\nOluşturan sunucu: VI1PR03MB4412.eurprd03.prod.outlook.com\n\nsatinalma@tedarikci.example\nRemote Server returned \'550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00025F95.EURPRD83.prod.outlook.com 2024-03-15T07:41:12.771Z 08DC44B3A1E22C70]\'\n\nOrig hdrs xx:\n\nARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b=kX2m...\nReceived: from VI1PR03MB4412.eurprd03.prod.outlook.com\n (2603:10a6:803:3e::21) by VI1PR03MB4412.eurprd03.prod.outlook.com with\n HTTPS; Fri, 15 Mar 2024 07:41:11 +0000\nFrom: Emre Demir <emre.demir@firma.example>\nTo: "satinalma@tedarikci.example" <satinalma@tedarikci.example>\nCC: Selin Aksoy <selin.aksoy@firma.example>, "Murat Öztürk"\n\t<murat.ozturk@tedarikci.example>\nSubject: Teklif talebi - 2024/118\nThread-Topic: Teklif talebi - 2024/118\nDate: Fri, 15 Mar 2024 07:41:10 +0000\nMessage-ID: <VI1PR03MB44120F8E2D1C3B4A5968778899AA1@VI1PR03MB4412.eurprd03.prod.outlook.com>\nAccept-Language: tr-TR, en-US\nContent-Language: tr-TR\nMIME-Version: 1.0\n',
    ],
  ])(
    "names no address of the returned message's folded Cc line, whatever language heads its headers: %s",
    (text) => {
      expect(recipients(text)).toHaveLength(1)
    },
  )

  it("gives a delayed recipient of a Sendmail report its own reason, not the failed one's", () => {
    expect(
      reasonsByRecipient(
        'Return-Path: <MAILER-DAEMON@relay.example.com>\nDate: Fri, 15 Mar 2024 13:12:49 -0400\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>\nMessage-Id: <202403151712.42FHCn3K019442@relay.example.com>\nTo: <catering@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="42FHCn3K019442.1710522769/relay.example.com"\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\nThis is a MIME-encapsulated message\n\n--42FHCn3K019442.1710522769/relay.example.com\n\nThe original message was received at Fri, 15 Mar 2024 09:12:44 -0400\nfrom ws12.example.com [192.0.2.45]\n\n   ----- The following addresses had permanent fatal errors -----\n<owner@bakery.example>\n    (reason: 552 5.2.0 2rb9r5RzqGDMB This message has been rejected due to content judged to be spam by the internet community IB212)\n\n   ----- The following addresses had transient non-fatal errors -----\n<events@venue.example>\n    (reason: 451 4.7.1 Please try again later)\n\n   ----- Transcript of session follows -----\n... while talking to smtp.secureserver.net.:\n>>> DATA\n<<< 552 5.2.0 2rb9r5RzqGDMB This message has been rejected due to content judged to be spam by the internet community IB212\n554 5.0.0 Service unavailable\n<events@venue.example>... Deferred: 451 4.7.1 Please try again later\n\n--42FHCn3K019442.1710522769/relay.example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.com\nReceived-From-MTA: DNS; ws12.example.com\nArrival-Date: Fri, 15 Mar 2024 09:12:44 -0400\n\nFinal-Recipient: RFC822; owner@bakery.example\nAction: failed\nStatus: 5.2.0\nRemote-MTA: DNS; smtp.secureserver.net\nDiagnostic-Code: SMTP; 552 5.2.0 2rb9r5RzqGDMB This message has been rejected due to content judged to be spam by the internet community IB212\nLast-Attempt-Date: Fri, 15 Mar 2024 13:12:49 -0400\n\nFinal-Recipient: RFC822; events@venue.example\nAction: delayed\nStatus: 4.7.1\nRemote-MTA: DNS; mx.venue.example\nDiagnostic-Code: SMTP; 451 4.7.1 Please try again later\nLast-Attempt-Date: Fri, 15 Mar 2024 13:12:49 -0400\nWill-Retry-Until: Tue, 19 Mar 2024 09:12:44 -0400\n\n--42FHCn3K019442.1710522769/relay.example.com\nContent-Type: text/rfc822-headers\n\nReturn-Path: <catering@example.com>\nReceived: from ws12.example.com (ws12.example.com [192.0.2.45])\n\tby relay.example.com (8.15.2/8.15.2) with ESMTP id 42FDCi8l011877;\n\tFri, 15 Mar 2024 09:12:44 -0400\nFrom: "Example Catering" <catering@example.com>\nTo: owner@bakery.example, events@venue.example\nSubject: Spring menu + 20% off for early bookings!!\nDate: Fri, 15 Mar 2024 09:12:41 -0400\n\n--42FHCn3K019442.1710522769/relay.example.com--\n',
      ),
    ).toEqual({
      'owner@bakery.example': 'spam-content',
      'events@venue.example': 'deferred',
    })
  })

  it("reads Microsoft 365's 4.4.317 SubjectMismatch under a TLS-enforcing connector as TLS, not a network outage", () => {
    expect(
      headline(
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>\nTo: Amira Haddad <a.haddad@contoso.example>\nSubject: Delivery delayed:Signed NDA - Contoso / Northwind\nDate: Fri, 15 Mar 2024 14:33:10 +0000\n\nDelivery is delayed to these recipients or groups:\n\nlegal@northwind.example (legal@northwind.example)<mailto:legal@northwind.example>\n\nSubject: Signed NDA - Contoso / Northwind\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n\n\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: PAXPR08MB6944.eurprd08.prod.outlook.com\nReceiving server: mail.northwind.example (198.51.100.44)\n\nlegal@northwind.example\nRemote Server at mail.northwind.example (198.51.100.44) returned '400 4.4.7 Message delayed'\n3/15/2024 2:31:07 PM - Remote Server at mail.northwind.example (198.51.100.44) returned '450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Target=mail.northwind.example LastAttemptedServerName=mail.northwind.example LastAttemptedIP=198.51.100.44:25 ConnectorId=Outbound to Northwind (TLS enforced)] [AM0PR02MB5521.eurprd02.prod.outlook.com 2024-03-15T14:31:07.213Z 08DC44B2C4F1A9E3]'\n\nOriginal message headers:\n\nFrom: Amira Haddad <a.haddad@contoso.example>\nTo: \"legal@northwind.example\" <legal@northwind.example>\nSubject: Signed NDA - Contoso / Northwind\nDate: Fri, 15 Mar 2024 12:40:51 +0000\nMessage-ID: <PAXPR08MB6944A1B2C3D4E5F6A7B8C9D0E1F2A@PAXPR08MB6944.eurprd08.prod.outlook.com>\nMIME-Version: 1.0\n",
      )?.reason,
    ).toBe('tls-required')
  })

  it.each([
    ['unsigned', 'unverified-sender'],
    ['hard-bounce', 'suppressed'],
    ['unsub', 'suppressed'],
  ])("reads Mandrill's reject_reason %s as %s", (why, reason) => {
    const text = `[{"email": "d.okonkwo@example.com", "status": "rejected", "_id": "4d9f", "reject_reason": "${why}"}]`
    expect(headline(text)?.reason).toBe(reason)
  })
})

describe('fact review 70, findings read more exactly', () => {
  it("reads MDaemon's transcript reply after its time stamp ('… 11:05:44.118: <-- 550 …')", () => {
    expect(
      outcome(
        'From: MDaemon@mail.example.com\nTo: procurement@example.com\nSubject: Permanent Delivery Failure\nDate: Thu, 14 Mar 2024 11:05:44 +0100\nX-MDaemon-Deliver-To: procurement@example.com\nX-Return-Path: <>\nAuto-Submitted: auto-replied\n\nThe attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.  The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n Thu 2024-03-14 11:05:42.310: Session 8812; child 3\n Thu 2024-03-14 11:05:42.311: Parsing message <c:\\mdaemon\\queues\\remote\\md5000031254.msg>\n Thu 2024-03-14 11:05:42.311: *  From: procurement@example.com\n Thu 2024-03-14 11:05:42.311: *  To: tenders@example.net\n Thu 2024-03-14 11:05:42.311: *  Subject: RFQ 2024-117 clarification\n Thu 2024-03-14 11:05:42.311: *  Size (bytes): 48211\n Thu 2024-03-14 11:05:42.311: *  Message-ID: <001201da75f3$8a9b2c10$9fd18430$@example.com>\n Thu 2024-03-14 11:05:42.312: Attempting SMTP connection to [example.net]\n Thu 2024-03-14 11:05:42.312: Resolving MX records for [example.net] (DNS Server: 192.0.2.53)...\n Thu 2024-03-14 11:05:42.338: *  P=010 S=000 D=example.net TTL=(60) MX=[d284619a.ess.barracudanetworks.com] {192.0.2.140}\n Thu 2024-03-14 11:05:42.338: *  P=020 S=001 D=example.net TTL=(60) MX=[d284619b.ess.barracudanetworks.com] {192.0.2.141}\n Thu 2024-03-14 11:05:42.339: Attempting SMTP connection to [192.0.2.140:25]\n Thu 2024-03-14 11:05:42.339: Waiting for socket connection...\n Thu 2024-03-14 11:05:42.361: *  Connection established (192.0.2.10:61422 -> 192.0.2.140:25)\n Thu 2024-03-14 11:05:42.361: Waiting for protocol to start...\n Thu 2024-03-14 11:05:42.389: <-- 220 d284619a.ess.barracudanetworks.com ESMTP (5e2f1a8b9c0d7e6f5a4b3c2d1e0f9a8b)\n Thu 2024-03-14 11:05:42.390: --> EHLO mail.example.com\n Thu 2024-03-14 11:05:42.412: <-- 250-d284619a.ess.barracudanetworks.com Hello mail.example.com [192.0.2.10], pleased to meet you\n Thu 2024-03-14 11:05:42.412: <-- 250-SIZE 100000000\n Thu 2024-03-14 11:05:42.412: <-- 250-PIPELINING\n Thu 2024-03-14 11:05:42.412: <-- 250-8BITMIME\n Thu 2024-03-14 11:05:42.412: <-- 250-STARTTLS\n Thu 2024-03-14 11:05:42.412: <-- 250 OK\n Thu 2024-03-14 11:05:42.413: --> STARTTLS\n Thu 2024-03-14 11:05:42.434: <-- 220 2.0.0 Ready to start TLS\n Thu 2024-03-14 11:05:42.470: *  TLS negotiation successful (TLS 1.2, ECDHE-RSA-AES256-GCM-SHA384)\n Thu 2024-03-14 11:05:42.470: --> EHLO mail.example.com\n Thu 2024-03-14 11:05:42.493: <-- 250 OK\n Thu 2024-03-14 11:05:42.494: --> MAIL From:<procurement@example.com> SIZE=48211\n Thu 2024-03-14 11:05:42.517: <-- 250 OK\n Thu 2024-03-14 11:05:42.517: --> RCPT To:<tenders@example.net>\n Thu 2024-03-14 11:05:42.702: <-- 250 OK\n Thu 2024-03-14 11:05:42.703: --> DATA\n Thu 2024-03-14 11:05:42.725: <-- 354 Enter message, ending with "." on a line by itself\n Thu 2024-03-14 11:05:42.726: Sending <c:\\mdaemon\\queues\\remote\\md5000031254.msg> to [192.0.2.140]...\n Thu 2024-03-14 11:05:43.092: Transfer Complete\n Thu 2024-03-14 11:05:44.118: <-- 550 permanent failure for one or more recipients (tenders@example.net:blocked)\n Thu 2024-03-14 11:05:44.118: --> QUIT\n--- End Transcript ---\n\n: Message contains [1] file attachments\n',
      ),
    ).toEqual(['tenders@example.net', 'failed', 'policy'])
  })

  it("reads Sophos's XGEMAIL_0011 as an address that does not exist", () => {
    expect(
      outcome(
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: bookings@travelco.example\nSubject: Delivery Status Notification (Failure)\nX-Failed-Recipients: info@hotel-seeblick.example\nDate: Thu, 14 Mar 2024 06:02:17 -0700 (PDT)\n\n\n** Message blocked **\n\nYour message to info@hotel-seeblick.example has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 5.7.1 XGEMAIL_0011 Command rejected\n\nFinal-Recipient: rfc822; info@hotel-seeblick.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx-01-eu-central-1.prod.hydra.sophos.com. (192.0.2.171, the server for the domain hotel-seeblick.example.)\nDiagnostic-Code: smtp; 550 5.7.1 XGEMAIL_0011 Command rejected\nLast-Attempt-Date: Thu, 14 Mar 2024 06:02:17 -0700 (PDT)\n',
      ),
    ).toEqual(['info@hotel-seeblick.example', 'failed', 'unknown-user'])
  })

  it("reads a Salesforce debug log's SINGLE_EMAIL_LIMIT_EXCEEDED as the org's own limit: nothing was sent", () => {
    expect(
      outcome(
        '15:02:44.118 (448812210)|USER_DEBUG|[83]|DEBUG|CaseNotificationService: sending escalation for 5005g00000AbCdE to [escalations@vendor.example, k.ito@example.com]\n15:02:44.131 (448838711)|EXCEPTION_THROWN|[87]|System.EmailException: SendEmail failed. First exception on row 0; first error: SINGLE_EMAIL_LIMIT_EXCEEDED, Email limit exceeded: []\n15:02:44.132 (448912033)|FATAL_ERROR|System.EmailException: SendEmail failed. First exception on row 0; first error: SINGLE_EMAIL_LIMIT_EXCEEDED, Email limit exceeded: []\n\nClass.CaseNotificationService.sendEscalation: line 87, column 1\nClass.CaseTriggerHandler.afterUpdate: line 41, column 1\nTrigger.CaseTrigger: line 14, column 1\n',
      ),
    ).toEqual([null, 'not-sent', 'sender-account'])
  })

  it("reads Outlook's 0x800CCC0F as not sent, for the address the writer was sending to, whatever a colleague asks about returned mail", () => {
    expect(
      outcome(
        '[Teams] Elif Şahin  09:47\nHakan bey günaydın, dünden beri maillerim Giden Kutusu\'nda kalıyor, gitmiyor\n\n[Teams] Elif Şahin  09:47\nOutlook\'un en altında bazen "Bağlantı kesildi" yazıyor, bazen "Güncelleştiriliyor"\n\n[Teams] Hakan Yurt  09:52\nHata mesajı geliyor mu? Geri dönen mail var mı?\n\n[Teams] Elif Şahin  09:53\nhayır dönen mail yok, sadece bekliyor. Tedarikçiye göndermem gereken sipariş var, satinalma@karadeniz-ambalaj.example adresine. Telefondan gönderdim o gitti ama bilgisayardan gitmiyor\n\n[Teams] Elif Şahin  09:54\nbir de şu çıktı bir kere: Gönderme bildirilen hata (0x800CCC0F): \'Sunucu bağlantısı beklenmedik şekilde kesildi. Bu sorunun olası nedenleri arasında sunucu sorunları, ağ sorunları veya uzun süre işlem yapılmaması olabilir.\'\n\n[Teams] Hakan Yurt  09:56\ntamam, dün antivirüs güncellemesi geldi sizde, bakıyorum şimdi. bilgisayarın adı ne?\n',
      ),
    ).toEqual(['satinalma@karadeniz-ambalaj.example', 'not-sent', 'outgoing-server'])
  })
})
