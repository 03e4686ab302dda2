// Fact review 93: a program's connection error code around a server's 535 is a refused login; a
// STARTTLS demand pasted from a device's log is a message never sent; a delay warning pasted below a
// failure notice keeps its own fate; a code from an incident "from March" is no cause of today's.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
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

  it('tells the recipient’s administrator, not the sender, to act on an unknown address the writer says is right', () => {
    const [result] = analyzeBounceReport(ADDRESS_RIGHT_TR).recipients
    expect([result?.recipient, result?.reason, result?.addressConfirmed]).toEqual([
      'destek@example.com.tr',
      'unknown-user',
      true,
    ])
    expect(reasonTextKey(result as NonNullable<typeof result>, 'whoActs')).toBe(
      'reason.unknown-user.whoActsConfirmed',
    )
    const asked = analyzeBounceReport(
      'Please make sure the address is correct.\n550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n',
    ).recipients[0]
    expect(asked?.addressConfirmed).toBe(false)
  })

  it('tells the sender’s administrator to secure and release an account Microsoft 365 restricted for spam (5.1.8 “bad outbound sender”), not to wait for a daily limit', () => {
    const [result] = analyzeBounceReport(RESTRICTED_SENDER).recipients
    expect(result?.reason).toBe('sender-account')
    expect(reasonTextKey(result as NonNullable<typeof result>, 'advice')).toBe(
      'reason.sender-account.adviceRestricted',
    )
  })

  it('reads the corrected address the writer resent to, and that arrived there, as delivered beside the failed one', () => {
    expect(read(RESENT_CORRECTED_TR)).toEqual([
      ['ahmet.yilmaz@example.com.tr', 'failed', 'unknown-user'],
      ['a.yilmaz@example.com.tr', 'delivered', 'delivered'],
    ])
    expect(
      read(
        '550 5.1.1 <jon.smith@example.net>: Recipient address rejected: User unknown\nI resent it to jon.smyth@example.net, not sure it arrived.\n',
      ),
    ).toEqual([['jon.smith@example.net', 'failed', 'unknown-user']])
  })

  it('reads an indented Postfix paragraph quoted below the writer’s “ahmet.k@…: ok” as its own recipient’s', () => {
    expect(
      read(
        'ahmet.k@example.com.tr: ok\n\n  <muhasebe@example.com.tr>: host mbox2.example.com.tr said: 550 5.1.1 User unknown\n',
      ),
    ).toEqual([['muhasebe@example.com.tr', 'failed', 'unknown-user']])
  })

  it('lists the recipients the writer says got the message, by address or by the first name their address opens with, as delivered beside the delayed one', () => {
    expect(read(TWO_GOT_IT_TR)).toEqual([
      ['muhasebe@example.com.tr', 'delayed', 'mailbox-full'],
      ['ahmet.k@example.com.tr', 'delivered', 'delivered'],
      ['zeynep.t@example.com.tr', 'delivered', 'delivered'],
    ])
    expect(
      read(
        'I sent the sheet to ahmet.k@example.com.tr and muhasebe@example.com.tr. Not sure ahmet.k@example.com.tr received it.\n  <muhasebe@example.com.tr>: host mbox2.example.com.tr[10.0.0.12] said: 452 4.2.2 Over quota (in reply to RCPT TO command)\n',
      ),
    ).toEqual([['muhasebe@example.com.tr', 'delayed', 'mailbox-full']])
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

  it('reads Mailman’s French “en attente d’approbation par le modérateur” as a post held for the list’s moderator, not as no code found', () => {
    expect(read(MAILMAN_HELD_FR)).toEqual([['dev-fr@lists.example.org', null, 'moderation']])
  })

  it('reads every row of a Microsoft 365 message trace export by its recipient_address and status columns, not its sender_address', () => {
    expect(read(M365_TRACE_CSV)).toEqual([
      ['eski.calisan@example.com.tr', 'failed', 'unknown'],
      ['arsiv@example.com.tr', 'delayed', 'deferred'],
      ['ik@example.com.tr', null, 'quarantined'],
      ['irem@example.com.tr', 'delivered', 'delivered'],
      ['muhasebe@example.com.tr', 'expanded', 'delivered'],
    ])
  })

  it('keeps Sendmail’s relayed and expanded recipients listed under “successful delivery notifications” relayed and expanded', () => {
    expect(read(SENDMAIL_FOUR_FATES)).toEqual([
      ['archive@example.net', 'failed', 'message-too-large'],
      ['anke@example.net', 'delivered', 'delivered'],
      ['gateway-user@example.net', 'relayed', 'delivered'],
      ['team@example.net', 'expanded', 'delivered'],
    ])
  })

  it('names the person whose out-of-office reply it is, from its own From', () => {
    expect(read(SPANISH_OUT_OF_OFFICE)).toEqual([['lucia.fernandez@example.org', null, 'auto-reply']])
  })

  it('shows the line below Domino’s “because:” as the server’s words', () => {
    expect(analyzeBounceReport(DOMINO_NOT_LISTED).recipients[0]?.diagnostic).toBe(
      'User Helga Brandt (h.brandt@example.org) not listed in Domino Directory',
    )
  })
})

const MAILMAN_HELD_FR =
  "Return-Path: <dev-fr-bounces@lists.example.org>\nFrom: dev-fr-owner@lists.example.org\nTo: emre@example.com.tr\nSubject: =?utf-8?q?Votre_message_=C3=A0_Dev-fr_est_en_attente_d=27approbation?=\nMessage-ID: <mailman.412.1718262001.1177.dev-fr@lists.example.org>\nDate: Thu, 13 Jun 2024 09:00:01 +0200\nPrecedence: bulk\nX-BeenThere: dev-fr@lists.example.org\nX-Mailman-Version: 2.1.39\nX-List-Administrivia: yes\nErrors-To: dev-fr-bounces@lists.example.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\nVotre courrier adressé à la liste Dev-fr avec l'objet\n\n    Correctif pour le module d'export\n\nest en attente d'approbation par le modérateur de la liste.\n\nLa raison de cette mise en attente est :\n\n    Message d'un non-membre sur une liste réservée aux membres\n\nSoit votre message sera transmis à la liste, soit vous recevrez une\nnotification de la décision du modérateur. Si vous souhaitez annuler\nvotre envoi, consultez l'adresse suivante :\n\n    https://lists.example.org/mailman/confirm/dev-fr/3c9f0e1d2b4a6c8e0f1a2b3c4d5e6f7a8b9c0d1e\n"

const M365_TRACE_CSV =
  '"date_time_utc","sender_address","recipient_address","subject","status","to_ip","from_ip","message_size","message_id","message_trace_id"\n"2024-06-12T07:14:03.1180000Z","partner@example.org","irem@example.com.tr","Teklif 2024/118","Delivered","","192.0.2.77","48211","<PR3P192MB0771A1B2C3D4E5F6@PR3P192MB0771.EURP192.PROD.OUTLOOK.COM>","6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"\n"2024-06-12T07:14:03.1180000Z","partner@example.org","eski.calisan@example.com.tr","Teklif 2024/118","Failed","","192.0.2.77","48211","<PR3P192MB0771A1B2C3D4E5F6@PR3P192MB0771.EURP192.PROD.OUTLOOK.COM>","7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"\n"2024-06-12T07:14:03.1180000Z","partner@example.org","muhasebe@example.com.tr","Teklif 2024/118","Expanded","","192.0.2.77","48211","<PR3P192MB0771A1B2C3D4E5F6@PR3P192MB0771.EURP192.PROD.OUTLOOK.COM>","8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"\n"2024-06-12T07:14:03.1180000Z","partner@example.org","arsiv@example.com.tr","Teklif 2024/118","Pending","","192.0.2.77","48211","<PR3P192MB0771A1B2C3D4E5F6@PR3P192MB0771.EURP192.PROD.OUTLOOK.COM>","9c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f"\n"2024-06-12T07:14:03.1180000Z","partner@example.org","ik@example.com.tr","Teklif 2024/118","Quarantined","","192.0.2.77","48211","<PR3P192MB0771A1B2C3D4E5F6@PR3P192MB0771.EURP192.PROD.OUTLOOK.COM>","0d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a"\n'

const BOXTRAPPER =
  'Return-Path: <>\nReceived: from srv3.example.org (srv3.example.org [192.0.2.150])\n\tby mail.example.com.tr with ESMTPS id 4W01a2b3c4z5\n\tfor <murat@example.com.tr>; Tue, 11 Jun 2024 10:02:41 +0300\nFrom: ana@example.org\nTo: murat@example.com.tr\nSubject: Your email requires verification verify#7f3a9c21b4e8\nAuto-Submitted: auto-replied\nX-Boxtrapper: 7f3a9c21b4e8\nPrecedence: bulk\nDate: Tue, 11 Jun 2024 07:02:39 +0000\nContent-Type: text/plain; charset=utf-8\n\nThe message you sent requires that you verify that you\nare a real live human being and not a spam source.\n\nTo complete this verification, simply reply to this message and leave\nthe subject line intact or click the link below:\n\nhttps://srv3.example.org:2096/cgi-sys/bxd.cgi?a=ana@example.org&verify=7f3a9c21b4e8\n\nThe headers of the message sent from your address are shown below:\n\nFrom murat@example.com.tr Tue Jun 11 07:02:33 2024\nReceived: from mail.example.com.tr ([203.0.113.30]:41822)\n\tby srv3.example.org with esmtps (TLS1.3) (Exim 4.97.1)\n\t(envelope-from <murat@example.com.tr>)\n\tid 1sGwAb-0001Xy-0T\n\tfor ana@example.org; Tue, 11 Jun 2024 07:02:33 +0000\nFrom: Murat Şahin <murat@example.com.tr>\nTo: ana@example.org\nSubject: Fiyat teklifi\nDate: Tue, 11 Jun 2024 10:02:30 +0300\n'

const SPARKPOST_BATCH =
  '[\n  {\n    "msys": {\n      "message_event": {\n        "type": "bounce",\n        "bounce_class": "10",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "error_code": "550",\n        "event_id": "92356927693813856",\n        "friendly_from": "shop@example.com",\n        "ip_address": "192.0.2.33",\n        "message_id": "0001a2b3c4d5e6f7a8b9",\n        "msg_from": "msprvs1=18abc=bounces-4711@bounces.example.com",\n        "raw_rcpt_to": "p.lindqvist@example.net",\n        "rcpt_to": "p.lindqvist@example.net",\n        "raw_reason": "550 5.1.1 <p.lindqvist@example.net>... User unknown",\n        "reason": "550 5.1.1 <p.lindqvist@example.net>... User unknown",\n        "routing_domain": "example.net",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717756800",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  },\n  {\n    "msys": {\n      "message_event": {\n        "type": "delay",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "error_code": "421",\n        "event_id": "92356927693813857",\n        "friendly_from": "shop@example.com",\n        "message_id": "0001a2b3c4d5e6f7a8ba",\n        "num_retries": "2",\n        "queue_time": "1800000",\n        "raw_rcpt_to": "ana.rossi@example.org",\n        "rcpt_to": "ana.rossi@example.org",\n        "raw_reason": "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",\n        "reason": "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",\n        "routing_domain": "example.org",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717758600",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  },\n  {\n    "msys": {\n      "message_event": {\n        "type": "delivery",\n        "campaign_id": "summer-sale",\n        "customer_id": "4711",\n        "delv_method": "esmtp",\n        "event_id": "92356927693813858",\n        "friendly_from": "shop@example.com",\n        "message_id": "0001a2b3c4d5e6f7a8bb",\n        "queue_time": "3120",\n        "raw_rcpt_to": "j.okafor@example.net",\n        "rcpt_to": "j.okafor@example.net",\n        "routing_domain": "example.net",\n        "sending_ip": "192.0.2.33",\n        "subject": "Summer sale starts now",\n        "timestamp": "1717756803",\n        "transmission_id": "65832150921904138"\n      }\n    }\n  }\n]\n'

const ADDRESS_RIGHT_TR =
  "Konu: destek adresinize mail atamıyoruz\n\nMerhaba,\n\nBiz X Lojistik'ten yazıyoruz. Sizin destek@example.com.tr adresinize mail attığımızda hemen geri dönüyor. Bu bir kota sorunu değil, sizin tarafta kutu dolu falan değil; ayrıca adresi de doğru yazıyoruz, web sitenizde aynen böyle yazıyor. Bizim Microsoft 365'ten gelen hata şu:\n\n  Your message to destek@example.com.tr couldn't be delivered.\n  destek wasn't found at example.com.tr.\n\n  Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]'\n\nDiğer adreslerinize (satis@example.com.tr) sorunsuz gidiyor. Lütfen kendi tarafınızda kontrol eder misiniz?\n\nSaygılarımızla,\nOperasyon Ekibi\n"

const RESTRICTED_SENDER =
  "[Teams – BT Destek]\n\nHakan 08:55\nGünaydın, pazarlama@example.com.tr hesabından sabahtan beri hiç mail gitmiyor. Kullanıcı 3 müşteriye (ayse@example.net, bora@example.org, cem@example.net) teklif atmış, üçü de aynı hatayla dönmüş:\n\nHakan 08:56\nYour message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send messages outside of your organization. Contact your email admin for assistance.\nRemote Server returned '550 5.1.8 Access denied, bad outbound sender. AS(42004) [VI1EUR04HT123.eop-eur04.prod.protection.outlook.com]'\n\nHakan 08:57\nDün gece bu hesaptan 4000 tane \"fatura\" konulu garip mail çıkmış loglara göre. Kullanıcı bir linke tıklayıp şifresini girmiş olabilir.\n\nSelin 09:01\nHmm bu hesap ele geçirilmiş gibi. Ne yapalım?\n"

const RESENT_CORRECTED_TR =
  "Selam Gökhan,\n\nGeçen hafta çarşamba ahmet.yilmaz@example.com.tr adresine sözleşmeyi attım, şu döndü:\n\n  <ahmet.yilmaz@example.com.tr>: host mail.example.com.tr[192.0.2.55] said: 550\n      5.1.1 <ahmet.yilmaz@example.com.tr>: Recipient address rejected: User\n      unknown in virtual mailbox table (in reply to RCPT TO command)\n\nMeğer adresi yanlış yazmışım, doğrusu a.yilmaz@example.com.tr imiş (kartvizitine baktım). Düzeltip a.yilmaz@example.com.tr adresine tekrar gönderdim, Ahmet Bey aldığını teyit etti. Bilgin olsun diye yazıyorum, ticket'ı kapatabilirsin.\n\nNur\n"

const SENDMAIL_FOUR_FATES =
  'Received: from localhost (localhost)\n\tby mx.example.net (8.17.2/8.17.2) id 45A6F2q1004411;\n\tMon, 10 Jun 2024 08:15:31 +0200\nDate: Mon, 10 Jun 2024 08:15:31 +0200\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\nMessage-Id: <202406100615.45A6F2q1004411@mx.example.net>\nTo: <peter@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="45A6F2q1004411.1717999931/mx.example.net"\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\nThis is a MIME-encapsulated message\n\n--45A6F2q1004411.1717999931/mx.example.net\n\nThe original message was received at Mon, 10 Jun 2024 08:15:02 +0200\nfrom host.example.com [203.0.113.5]\n\n   ----- The following addresses had successful delivery notifications -----\n<anke@example.net>  (successfully delivered to mailbox)\n<gateway-user@example.net>  (relayed to non-DSN-aware mailer)\n<team@example.net>  (expanded to multi-recipient alias)\n\n   ----- The following addresses had permanent fatal errors -----\n<archive@example.net>\n    (reason: 552 5.3.4 Message size exceeds fixed maximum message size)\n\n   ----- Transcript of session follows -----\n... while talking to store.example.net.:\n>>> DATA\n<<< 552 5.3.4 Message size exceeds fixed maximum message size\n554 5.0.0 Service unavailable\n\n--45A6F2q1004411.1717999931/mx.example.net\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\nReceived-From-MTA: DNS; host.example.com\nArrival-Date: Mon, 10 Jun 2024 08:15:02 +0200\n\nFinal-Recipient: RFC822; anke@example.net\nAction: delivered (to mailbox)\nStatus: 2.1.5\nLast-Attempt-Date: Mon, 10 Jun 2024 08:15:05 +0200\n\nFinal-Recipient: RFC822; gateway-user@example.net\nAction: relayed (to non-DSN-aware mailer)\nStatus: 2.0.0\nRemote-MTA: DNS; legacy-gw.example.net\nLast-Attempt-Date: Mon, 10 Jun 2024 08:15:12 +0200\n\nFinal-Recipient: RFC822; team@example.net\nAction: expanded (to multi-recipient alias)\nStatus: 2.0.0\nLast-Attempt-Date: Mon, 10 Jun 2024 08:15:05 +0200\n\nFinal-Recipient: RFC822; archive@example.net\nAction: failed\nStatus: 5.3.4\nRemote-MTA: DNS; store.example.net\nDiagnostic-Code: SMTP; 552 5.3.4 Message size exceeds fixed maximum\n    message size\nLast-Attempt-Date: Mon, 10 Jun 2024 08:15:31 +0200\n\n--45A6F2q1004411.1717999931/mx.example.net\nContent-Type: text/rfc822-headers\n\nReturn-Path: <peter@example.com>\nReceived: from host.example.com (host.example.com [203.0.113.5])\n\tby mx.example.net (8.17.2/8.17.2) with ESMTPS id 45A6F2q0004409\n\tfor <anke@example.net>; Mon, 10 Jun 2024 08:15:02 +0200\nFrom: Peter Hall <peter@example.com>\nTo: anke@example.net, gateway-user@example.net, team@example.net, archive@example.net\nSubject: Site survey photos (38 MB)\nDate: Mon, 10 Jun 2024 08:14:40 +0200\n\n--45A6F2q1004411.1717999931/mx.example.net--\n'

const TWO_GOT_IT_TR =
  "Merhaba IT,\n\nDün akşam bütçe tablosunu 3 kişiye gönderdim: ahmet.k@example.com.tr, zeynep.t@example.com.tr ve muhasebe@example.com.tr. Ahmet ve Zeynep aldıklarını yazdı, hatta Zeynep cevap bile verdi. Sadece muhasebe için Zimbra'dan şu uyarı geldi:\n\n  Subject: Delayed Mail (still being retried)\n  This is the mail system at host zimbra.example.com.tr.\n\n  ####################################################################\n  # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n  ####################################################################\n\n  Your message could not be delivered for more than 4 hour(s).\n  It will be retried until it is 5 day(s) old.\n\n  <muhasebe@example.com.tr>: host mbox2.example.com.tr[10.0.0.12] said: 452 4.2.2\n      <muhasebe@example.com.tr>: Over quota (in reply to RCPT TO command)\n\nNe yapmam lazım? Muhasebe ekibine haber mi vereyim?\n"

const SPANISH_OUT_OF_OFFICE =
  'Return-Path: <lucia.fernandez@example.org>\nReceived: from mx.example.org (mx.example.org [192.0.2.140])\n\tby mail.example.com.tr with ESMTPS id 4VzK1q2Lk9z3x\n\tfor <ahmet@example.com.tr>; Thu, 13 Jun 2024 10:05:12 +0300\nFrom: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@example.org>\nTo: Ahmet Öztürk <ahmet@example.com.tr>\nSubject: =?UTF-8?Q?Respuesta_autom=C3=A1tica:_Reuni=C3=B3n_550_del_proyecto?=\nDate: Thu, 13 Jun 2024 07:05:10 +0000\nMessage-ID: <auto-8f7e6d5c@example.org>\nIn-Reply-To: <20240613100458.ABC123@example.com.tr>\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nPrecedence: auto_reply\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\nHola,\n\nEstoy fuera de la oficina hasta el 1 de julio y tengo acceso limitado al\ncorreo electrónico. Su mensaje no será reenviado.\n\nPara asuntos urgentes relacionados con el proyecto, contacte con Javier Ruiz\n(javier.ruiz@example.org) o llame al +34 915 550 421.\n\nUn saludo,\nLucía Fernández\nDepartamento de Compras\n'

const DOMINO_NOT_LISTED =
  'Date: Thu, 6 Jun 2024 09:14:55 +0200\nMIME-Version: 1.0\nFrom: Postmaster@example.org\nTo: Serkan Yilmaz <serkan@example.com.tr>\nSubject: DELIVERY FAILURE: User Helga Brandt (h.brandt@example.org) not listed in\n Domino Directory\nMessage-ID: <OFA1B2C3D4.E5F6A7B8-ONC1258B2A.002F1E3D@example.org>\nContent-Type: Text/Plain\nContent-Transfer-Encoding: 8bit\n\nYour message\n\n  Subject: Sipariş 4471 / Bestellung 4471\n\nwas not delivered to:\n\n  h.brandt@example.org\n\nbecause:\n\n  User Helga Brandt (h.brandt@example.org) not listed in Domino Directory\n\n'

const OUTLOOK_535_CHAT =
  '[14.05.2024 10:14] Ayşe Demir: Murat selam, Outlook\'tan mail atamıyorum, gönder\'e basınca bir süre bekliyor sonra bu hata çıkıyor:\n[14.05.2024 10:14] Ayşe Demir: "Gönderme raporlandı hata (0x80042109): Giden posta (SMTP) sunucusu bir hata bildirdi: 535 5.7.3 Authentication unsuccessful [AM0PR04CA0123.eurprd04.prod.outlook.com]"\n[14.05.2024 10:15] Ayşe Demir: muhasebe@example.com.tr adresine faturayı gönderecektim, acil\n[14.05.2024 10:16] Murat (IT): Geçen hafta şifreni değiştirdin mi?\n[14.05.2024 10:17] Ayşe Demir: evet cuma günü değiştirdim, telefonda mail çalışıyor ama\n[14.05.2024 10:17] Murat (IT): tamam bakıyorum\n[14.05.2024 10:18] Ayşe Demir: fatura karşıya gitti mi sence? giden kutusunda duruyor\n'

const COPIER_530 =
  'Support ticket #20931\nCategory: Email – cannot send\nReporter: Facilities (2nd floor)\n\nThe big Ricoh copier on the 2nd floor stopped doing "scan to email" since Monday. Scans are supposed to go to scans@example.org and to whoever types their address. The copier shows "Transmission failed" and the log on the web panel says:\n\n  SMTP server error: 530 5.7.0 Must issue a STARTTLS command first\n  Server: smtp.example.org  Port: 25  Auth: ON  SSL/TLS: OFF\n\nNothing has been received by scans@example.org since Monday. Our mail admin said they "hardened the SMTP server" over the weekend. Please advise.\n'

const POSTFIX_AND_DELAY =
  '#ops-mail  (Slack export)\n\nDeniz K. 11:02\n@here the May newsletter went out last night, we got DSNs back for 3 addresses. Pasting the Postfix bounce + the warning we got. Who needs to do what?\n\nDeniz K. 11:03\n```\nThis is the mail system at host mta1.example.com.tr.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n<a.smith@example.org>: host mx1.example.org[192.0.2.21] said: 552 5.2.2\n    <a.smith@example.org>: Recipient address rejected: Mailbox full (in reply\n    to RCPT TO command)\n\n<c.lee@example.net>: host mx.example.net[198.51.100.30] said: 554 5.7.1\n    Service unavailable; Client host [203.0.113.5] blocked using\n    zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5 (in reply\n    to RCPT TO command)\n```\n\nDeniz K. 11:05\nand this one is separate, came as "Delayed Mail (still being retried)":\n```\n<b.jones@example.net>: host mx.example.net[198.51.100.30] said: 450 4.2.0\n    <b.jones@example.net>: Recipient address rejected: Greylisted, see\n    http://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO\n    command)\n```\n\nCan S. 11:09\n203.0.113.5 is our mta1 btw\n'

const OLD_INCIDENT_THEN_SENT =
  'Hi team,\n\nTwo things about ceo@example.net, please don\'t mix them up:\n\n(1) OLD – ticket #4411 from March: we were rejected with "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net". That was fixed back then, we got delisted on 12 March and mail flowed again. Closed.\n\n(2) TODAY – the user saw this in the "Delayed" warning this morning and panicked:\n\n  <ceo@example.net>: host mx.example.net[198.51.100.30] said: 450 4.7.1\n      <ceo@example.net>: Recipient address rejected: Greylisted, please try\n      again in 300 seconds (in reply to RCPT TO command)\n\nBut our Postfix log shows the retry went through 7 minutes later:\n\n  May 16 08:19:44 mta1 postfix/smtp[22031]: 4F2A1C0D12: to=<ceo@example.net>, relay=mx.example.net[198.51.100.30]:25, delay=431, delays=0.1/420/0.4/10, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B7E2A0044)\n\nSo is there anything to do?\n'
