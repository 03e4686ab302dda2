// Fact review 94: a handover's incidents in paragraphs of their own, one resent and logged as sent;
// a resend "to the correct address" that the writer gave above; an admin center's trace details and a
// SendGrid feed copied as text; recipients the writer says got it; a reply typed without its closing
// line; a recipient replying above the bounce of their own address; trace statuses beyond Failed
// (FilteredAsSpam, one row alone); an auto-reply quoting a DSN; an expanded alias beside another's
// deferral; an expiry whose last error is the receiving server's TLS.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 94, person-written', () => {
  it('reads each incident paragraph of a handover with its own code, the one resent and logged as sent delivered', () => {
    expect(read(HANDOVER)).toEqual([
      ['partner@example.net', 'delayed', 'greylisted'],
      ['ayse.demir@example.com.tr', 'delivered', 'delivered'],
    ])
  })

  it('keeps a typo’s address failed when the writer resent “to the correct address”, and lists the address they gave as right as delivered', () => {
    expect(read(CORRECT_ADDRESS)).toEqual([
      ['mehmet.ozturk@exmaple.com', 'failed', 'host-not-found'],
      ['mehmet.ozturk@example.com', 'delivered', 'delivered'],
    ])
  })

  it('reads each “Recipient:” section of an admin center’s trace details by its own status and events', () => {
    expect(read(TRACE_DETAILS)).toEqual([
      ['m.schulz@example.net', 'failed', 'unknown-user'],
      ['k.weber@example.net', 'delivered', 'delivered'],
    ])
  })

  it('reads a SendGrid activity feed copied as “to: … Delivered / Dropped” rows, not the old 550 told below it', () => {
    expect(read(SENDGRID_FEED)).toEqual([
      ['ap.team@example.net', 'failed', 'suppressed'],
      ['billing@example.net', 'delivered', 'delivered'],
      ['cfo@example.net', 'delivered', 'delivered'],
    ])
  })

  it('lists the recipient the writer says already answered as delivered, and “Delivered to lena@….” takes no code from the line below', () => {
    expect(read(RSVP)).toEqual([
      ['t.nguyen@example.net', 'failed', 'unknown-user'],
      ['info@example.org', 'delayed', 'rate-limited'],
      ['lena.fischer@example.com.tr', 'delivered', 'delivered'],
    ])
    expect(
      read(
        'Delivered to lena.fischer@example.com.tr.\n550 5.1.1 <t.nguyen@example.net>: Recipient address rejected: User unknown\n',
      ),
    ).toEqual([
      ['t.nguyen@example.net', 'failed', 'unknown-user'],
      ['lena.fischer@example.com.tr', 'delivered', 'delivered'],
    ])
    expect(read(SLACK_ONE_FINE).map(([recipient]) => recipient)).toContain('anna.lopez@example.com')
  })

  it('shows a reply typed without its closing line (“535-5.7.8 …”) as the server’s words, not the chat below it', () => {
    const [result] = analyzeBounceReport(SCANNER_CHAT).recipients
    expect([result?.action, result?.reason, result?.diagnostic]).toEqual([
      'not-sent',
      'login-failed',
      '"Gönderim hatası. SMTP sunucusu yanıtı: 535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials"',
    ])
  })

  it('names the recipient who replies above the quoted bounce of their own address, refused at RCPT TO by their own server', () => {
    const [result] = analyzeBounceReport(RECIPIENT_REPLIES).recipients
    expect([result?.recipient, result?.reason, result?.diagnostic]).toEqual([
      'hakan.polat@example.net',
      'not-hosted',
      '554 5.7.1 <hakan.polat@example.net>: Relay access denied',
    ])
  })

  it('names the one address a sender-side failure says the message was for, and none where it was for several', () => {
    expect(read(CRM_SEND_AS)[0]?.[0]).toBe('satinalma@example.net')
    expect(
      read(
        "I sent it to ayse@example.net and bora@example.org and got this back:\nRemote Server returned '550 5.1.8 Access denied, bad outbound sender. AS(42004)'\n",
      )[0]?.[0],
    ).toBeNull()
  })
})

describe('fact review 94, machine-made', () => {
  it('reads every status of a Microsoft 365 trace export, FilteredAsSpam and Quarantined as held, not dropped', () => {
    expect(read(TRACE_ALL_STATUSES)).toEqual([
      ['henry.kim@example.org', 'failed', 'unknown'],
      ['isabel.cruz@example.org', 'delayed', 'deferred'],
      ['jack.ng@example.net', null, 'quarantined'],
      ['kate.obrien@example.net', null, 'filtered-spam'],
      ['all-staff@example.com', 'expanded', 'delivered'],
      ['grace.lee@example.net', 'delivered', 'delivered'],
    ])
    const header = TRACE_ALL_STATUSES.split('\n')[0]
    const failedRow = TRACE_ALL_STATUSES.split('\n').find((line) => line.includes('"Failed"'))
    expect(read(`${header}\n${failedRow}\n`)).toEqual([['henry.kim@example.org', 'failed', 'unknown']])
  })

  it('reads a Turkish out-of-office reply that quotes a bounce’s DSN fields as an auto-reply, not as that bounce', () => {
    expect(read(AUTO_REPLY_QUOTING_DSN)).toEqual([['elif.sahin@example.com.tr', null, 'auto-reply']])
  })

  it('gives Sendmail’s expanded alias its 2.0.0 alone, not the next recipient’s 421', () => {
    const expanded = analyzeBounceReport(SENDMAIL_EXPANDED_AND_DEFERRED).recipients.find(
      (r) => r.recipient === 'board@example.com',
    )
    expect([expanded?.action, expanded?.reply, expanded?.enhanced]).toEqual(['expanded', null, '2.0.0'])
  })

  it('tells the receiving side to act on a message that expired on the receiving server’s TLS', () => {
    const [result] = analyzeBounceReport(EXPIRED_ON_TLS).recipients
    expect(result?.reason).toBe('expired')
    expect(reasonTextKey(result as NonNullable<typeof result>, 'whoActs')).toBe(
      'reason.expired.whoActsReceivingSide',
    )
  })

  it('reads Mailman’s Italian hold notice as a post held for the list’s moderator', () => {
    expect(read(MAILMAN_HELD_IT)).toEqual([['dev@lists.example.org', null, 'moderation']])
  })
})

const HANDOVER =
  "SHIFT HANDOVER — Mail Ops — Wed 22 May, night -> morning\nWritten by: Tom (night shift)\n\n1) Ticket #48213 (Ayşe Demir, finance) — CLOSED\n   Yesterday afternoon her mails to ayse.demir@example.com.tr bounced with:\n     552 5.2.2 <ayse.demir@example.com.tr>: Mailbox full / quota exceeded\n   The recipient's IT emptied the mailbox last night. Finance resent at 23:40 and I\n   confirmed in the log: status=sent (250 2.0.0 Ok: queued as 4VkQ2x1ZQbz). Nothing\n   else to do, just tell Ayşe it's done if she calls.\n\n2) NEW — Sales newsletter test to partner@example.net sitting in queue since 05:10:\n   May 22 05:10:44 mx1 postfix/smtp[22871]: 9A1B22C04F: to=<partner@example.net>,\n   relay=mx.example.net[198.51.100.25]:25, delay=1.2, delays=0.1/0/0.6/0.5,\n   dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.25] said:\n   451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command))\n   Postfix will retry on its own. Please check the queue around 07:00, should be gone by then.\n   If still stuck after a few hours, escalate.\n"

const CORRECT_ADDRESS =
  "Hi Support,\n\nJust closing the loop on my ticket from this morning (#5521). Turns out I typed the domain wrong — I had written mehmet.ozturk@exmaple.com instead of mehmet.ozturk@example.com. That's what caused this:\n\n> This is the mail system at host smtp.example.org.\n>\n> I'm sorry to have to inform you that your message could not\n> be delivered to one or more recipients.\n>\n> <mehmet.ozturk@exmaple.com>: Host or domain name not found. Name service error\n>     for name=exmaple.com type=MX: Host not found, try again\n>\n> Final-Recipient: rfc822; mehmet.ozturk@exmaple.com\n> Action: failed\n> Status: 5.4.4\n\nI resent it to the correct address at 11:05 and Mehmet confirmed he got it. So all good now, you can close the ticket. Maybe autocomplete in Outlook still has the wrong one though, how do I remove it?\n\nCheers,\nOlivia\n"

const TRACE_DETAILS =
  'Hi, pasting the message trace export from Exchange admin center for the PO that supplier says they never received. We sent it to two of their people. Can you tell me what happened to each?\n\nMessage trace details\n---------------------\nSender: purchasing@example.org\nSubject: PO-2024-0613 Purchase Order\nReceived: 6/13/2024 8:02:11 AM\nMessage ID: <AM0PR07MB4411C2D5A1@AM0PR07MB4411.eurprd07.prod.outlook.com>\n\nRecipient: k.weber@example.net\nStatus: Delivered\nDate (UTC)              Event     Detail\n6/13/2024 8:02:11 AM    Receive   Message received by: AM0PR07MB4411.eurprd07.prod.outlook.com\n6/13/2024 8:02:12 AM    Submit    The message was submitted.\n6/13/2024 8:02:15 AM    Send external   Message sent to mx.example.net at 198.51.100.60 using TLS1.2 with AES256\n                                  250 2.6.0 <AM0PR07MB4411C2D5A1@...> Queued mail for delivery\n\nRecipient: m.schulz@example.net\nStatus: Failed\nDate (UTC)              Event     Detail\n6/13/2024 8:02:11 AM    Receive   Message received by: AM0PR07MB4411.eurprd07.prod.outlook.com\n6/13/2024 8:02:12 AM    Submit    The message was submitted.\n6/13/2024 8:02:14 AM    Fail      Reason: [{LED=550 5.4.1 Recipient address rejected: Access denied. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]};{MSG=};{FQDN=example-net.mail.protection.outlook.com};{IP=52.101.73.10};{LRT=}]\n'

const SENDGRID_FEED =
  "[9:14 AM] Priya Nair\nMorning! Quick one - the CRM (we send through SendGrid) says the renewal reminder went to 2 of the 3 contacts at Example Corp but the third one shows \"Dropped\". Customer is annoyed they didn't get it.\n\n[9:15 AM] Priya Nair\nFrom the SendGrid activity feed:\n  to: billing@example.net      Delivered   250 2.0.0 OK 1718001234 x12si33\n  to: cfo@example.net          Delivered   250 2.0.0 OK 1718001236 x13si34\n  to: ap.team@example.net      Dropped     Reason: Bounced Address\n\n[9:17 AM] Marco Rossi\nDropped = SendGrid didn't even try. That address is on our bounce suppression list. Looks like it hard-bounced in February (550 5.1.1 The email account that you tried to reach does not exist) and SendGrid suppresses it since then.\n\n[9:18 AM] Priya Nair\nCustomer says ap.team@example.net exists now, they recreated it in April\n\n[9:20 AM] Marco Rossi\nok then confirm with them it really works, then delete it from Suppressions > Bounces in SendGrid and resend. Otherwise it'll keep dropping forever\n"

const RSVP =
  "Hi support,\n\nI sent the event invitation from my Google Workspace account to 3 people yesterday. I got the two notifications below. The third person (lena.fischer@example.com.tr) already RSVP'd so that one worked. What about the other two?\n\n=== notification 1 ===\nDelivery Status Notification (Failure)\n\nAddress not found\nYour message wasn't delivered to t.nguyen@example.net because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <t.nguyen@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n\n=== notification 2 ===\nDelivery Status Notification (Delay)\n\nMessage not delivered yet\nThere was a temporary problem delivering your message to info@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n421 4.7.0 [203.0.113.21] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.\n\nRegards,\nSam\n"

const SLACK_ONE_FINE =
  "Emily Carter  10:42 AM\nhey @ops, I sent the launch announcement to the three press contacts this morning. Got one bounce back and one \"delayed\" email, pasting both below\n\nEmily Carter  10:43 AM\n```\nThis is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<r.hughes@example.net>: host mx1.example.net[203.0.113.40] said: 550 5.1.1\n    <r.hughes@example.net>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n```\n\nEmily Carter  10:44 AM\n```\nThis is the mail system at host mail.example.org.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<desk@news.example.com>: host mx.news.example.com[192.0.2.77] said: 421 4.7.0\n    Try again later, closing connection. (in reply to MAIL FROM command)\n```\n\nEmily Carter  10:45 AM\nthe third one (anna.lopez@example.com) already replied to thank me so that one's fine 🙂 what do I do about the other two?\n\nRaj Patel  10:51 AM\nRichard left the Net desk in April I think, the bounce is real. Check LinkedIn for who replaced him. The news.example.com one is just their server throttling, leave it, it'll retry\n"

const SCANNER_CHAT =
  '[12.03.2024 09:41:07] Murat Kaya: Günaydın Selin Hanım, muhasebedeki tarayıcı yine mail atmıyor 🙁\n[12.03.2024 09:41:30] Murat Kaya: Ekranda şu yazıyor, fotoğrafını çektim yazıyorum:\n[12.03.2024 09:42:02] Murat Kaya: "Gönderim hatası. SMTP sunucusu yanıtı: 535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials"\n[12.03.2024 09:42:15] Selin Aydın: Kime gönderiyordunuz?\n[12.03.2024 09:42:40] Murat Kaya: Kendime, murat.kaya@example.com.tr adresine. Taranan faturaları PDF olarak kendime atıyorum hep. Dün akşama kadar çalışıyordu\n[12.03.2024 09:43:05] Selin Aydin: Tarayıcıda tarama@example.com.tr hesabı tanımlı, dün o hesabın şifresini değiştirdik güvenlik politikası yüzünden. Büyük ihtimal ondan\n[12.03.2024 09:43:30] Murat Kaya: Yani mail hiç gitmedi mi? Tekrar tarayayım mı?\n[12.03.2024 09:44:10] Selin Aydın: Gitmedi, tarayıcı sunucuya giriş bile yapamamış. Ben öğlen gelip ayarları güncellerim, sonra tekrar tararsınız 👍\n'

const RECIPIENT_REPLIES =
  "Subject: RE: Undelivered Mail Returned to Sender\nFrom: Hakan Polat <hakan.polat@example.net>\nTo: Sophie Martin <sophie.martin@example.org>\n\nHi Sophie,\n\nSorry about that - our new mail server wasn't set up to accept mail for our second domain yet. Our IT added example.net to it yesterday evening. Could you please send the drawings again? Nothing from before yesterday evening got through.\n\nBest,\nHakan\n\n> From: Sophie Martin <sophie.martin@example.org>\n> Sent: Tuesday, 10 September 2024 15:30\n> To: hakan.polat@example.net\n> Subject: FW: Undelivered Mail Returned to Sender\n>\n> Hi Hakan, my email with the drawings bounced, see below. Is your address right?\n>\n> > This message was created automatically by mail delivery software.\n> >\n> > A message that you sent could not be delivered to one or more of its\n> > recipients. This is a permanent error. The following address(es) failed:\n> >\n> >   hakan.polat@example.net\n> >     host mx.example.net [198.51.100.9]\n> >     SMTP error from remote mail server after RCPT TO:<hakan.polat@example.net>:\n> >     554 5.7.1 <hakan.polat@example.net>: Relay access denied\n"

const TRACE_ALL_STATUSES =
  '"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:02 PM","hr@example.com","all-staff@example.com","Open enrollment reminder","Expanded","","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","0"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:03 PM","hr@example.com","grace.lee@example.net","Open enrollment reminder","Delivered","203.0.113.20","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","1"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:03 PM","hr@example.com","henry.kim@example.org","Open enrollment reminder","Failed","","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","2"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:03 PM","hr@example.com","isabel.cruz@example.org","Open enrollment reminder","Pending","","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","3"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:04 PM","hr@example.com","jack.ng@example.net","Open enrollment reminder","Quarantined","","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","4"\n"contoso.onmicrosoft.com","<SA1PR12MB8123C4D5E6F7@SA1PR12MB8123.namprd12.prod.outlook.com>","11/4/2024 3:15:04 PM","hr@example.com","kate.obrien@example.net","Open enrollment reminder","FilteredAsSpam","","","61422","3f0e9a1c-2b4d-4e6f-8a7b-9c0d1e2f3a4b","11/2/2024 12:00:00 AM","11/5/2024 12:00:00 AM","5"\n'

const AUTO_REPLY_QUOTING_DSN =
  'Return-Path: <>\nReceived: from mx.example.com.tr (mx.example.com.tr [198.51.100.61])\n\tby mail.example.net (Postfix) with ESMTPS id 4VqT2m1Kc9z3xLp\n\tfor <sarah.jones@example.net>; Mon, 29 Jul 2024 09:03:12 +0000 (UTC)\nFrom: =?utf-8?Q?Elif_=C5=9Eahin?= <elif.sahin@example.com.tr>\nTo: Sarah Jones <sarah.jones@example.net>\nSubject: =?utf-8?Q?Otomatik_yan=C4=B1t:_RE:_Teslimat_hatas=C4=B1_-_550_5.1.1?=\nDate: Mon, 29 Jul 2024 12:03:10 +0300\nMessage-ID: <auto.7f3a91b2@mx.example.com.tr>\nIn-Reply-To: <CAJ9pQ1x8=k2@mail.example.net>\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nPrecedence: bulk\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\nMerhaba,\n\n29 Temmuz - 9 Ağustos tarihleri arasında yıllık izindeyim ve e-postalarıma\nerişimim sınırlı olacak. Acil konular için lütfen ekip arkadaşım\nBurak Çelik\'e (burak.celik@example.com.tr) yazın.\n\nİyi çalışmalar,\nElif Şahin\nLojistik Koordinatörü\n\n-----Original Message-----\nFrom: Sarah Jones <sarah.jones@example.net>\nSent: Monday, July 29, 2024 12:02 PM\nTo: Elif Şahin <elif.sahin@example.com.tr>\nSubject: RE: Teslimat hatası - 550 5.1.1\n\nHi Elif, our invoice to your colleague bounced with this error:\n\n    Final-Recipient: rfc822; ahmet.yildiz@example.com.tr\n    Action: failed\n    Status: 5.1.1\n    Diagnostic-Code: smtp; 550 5.1.1 <ahmet.yildiz@example.com.tr>:\n        Recipient address rejected: User unknown\n\nCould you tell me his new address? Thanks, Sarah\n'

const SENDMAIL_EXPANDED_AND_DEFERRED =
  'Return-Path: <>\nReceived: from localhost (localhost)\n\tby gw.example.com (8.17.1/8.17.1) id 44LCk1aH019233;\n\tTue, 21 May 2024 16:46:01 +0200\nDate: Tue, 21 May 2024 16:46:01 +0200\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nMessage-Id: <202405211446.44LCk1aH019233@gw.example.com>\nTo: <peter.novak@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="44LCk1aH019233.1716302761/gw.example.com"\nSubject: Warning: could not send message for past 4 hours\nAuto-Submitted: auto-generated (warning-timeout)\n\nThis is a MIME-encapsulated message\n\n--44LCk1aH019233.1716302761/gw.example.com\n\n    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Tue, 21 May 2024 12:45:12 +0200\nfrom office.example.com [192.0.2.30]\n\n----- Transcript of session follows -----\n<board@example.com>... expanded to multiple addresses\n<eva.horak@example.org>... Deferred: 421 4.3.2 Service not available, closing transmission channel\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n--44LCk1aH019233.1716302761/gw.example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.com\nArrival-Date: Tue, 21 May 2024 12:45:12 +0200\n\nFinal-Recipient: RFC822; board@example.com\nAction: expanded\nStatus: 2.0.0\nLast-Attempt-Date: Tue, 21 May 2024 12:45:13 +0200\n\nFinal-Recipient: RFC822; eva.horak@example.org\nOriginal-Recipient: rfc822;board@example.com\nAction: delayed\nStatus: 4.3.2\nRemote-MTA: DNS; mx.example.org\nDiagnostic-Code: SMTP; 421 4.3.2 Service not available, closing transmission channel\nLast-Attempt-Date: Tue, 21 May 2024 16:46:01 +0200\nWill-Retry-Until: Sun, 26 May 2024 12:45:12 +0200\n\n--44LCk1aH019233.1716302761/gw.example.com\nContent-Type: text/rfc822-headers\n\nReturn-Path: <peter.novak@example.com>\nReceived: from office.example.com (office.example.com [192.0.2.30])\n\tby gw.example.com (8.17.1/8.17.1) with ESMTPS id 44LAjCdE017002\n\tfor <board@example.com>; Tue, 21 May 2024 12:45:12 +0200\nFrom: Peter Novak <peter.novak@example.com>\nTo: board@example.com\nSubject: Q2 board pack\nDate: Tue, 21 May 2024 12:45:05 +0200\nMessage-ID: <5a6b7c8d-9e0f-1a2b-3c4d-5e6f7a8b9c0d@example.com>\n\n--44LCk1aH019233.1716302761/gw.example.com--\n'

const EXPIRED_ON_TLS =
  'Return-Path: <>\nReceived: by mail.example.com (Postfix)\n\tid 4WbT7K2hQjz6Hn1; Sat, 31 Aug 2024 08:02:14 +0000 (UTC)\nDate: Sat, 31 Aug 2024 08:02:14 +0000 (UTC)\nFrom: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: billing@example.com\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="4W7hYQ0cS4z6Hm8.1725091334/mail.example.com"\nMessage-Id: <4WbT7K2hQjz6Hn1@mail.example.com>\n\nThis is a MIME-encapsulated message.\n\n--4W7hYQ0cS4z6Hm8.1725091334/mail.example.com\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.example.com.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<accounts@example.net>: message is expired after 5 days; last error:\n    Server certificate not trusted: host mx1.example.net[203.0.113.66]:25\n    MTA-STS policy for example.net requires a valid certificate matching\n    mx1.example.net\n\n--4W7hYQ0cS4z6Hm8.1725091334/mail.example.com\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: 4W7hYQ0cS4z6Hm8\nX-Postfix-Sender: rfc822; billing@example.com\nArrival-Date: Mon, 26 Aug 2024 08:02:12 +0000 (UTC)\n\nFinal-Recipient: rfc822; accounts@example.net\nOriginal-Recipient: rfc822;accounts@example.net\nAction: failed\nStatus: 4.7.5\nDiagnostic-Code: X-Postfix; Server certificate not trusted: host\n    mx1.example.net[203.0.113.66]:25 MTA-STS policy for example.net requires a\n    valid certificate matching mx1.example.net\n\n--4W7hYQ0cS4z6Hm8.1725091334/mail.example.com\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\nReturn-Path: <billing@example.com>\nReceived: from app01.example.com (app01.example.com [192.0.2.50])\n\tby mail.example.com (Postfix) with ESMTPS id 4W7hYQ0cS4z6Hm8\n\tfor <accounts@example.net>; Mon, 26 Aug 2024 08:02:12 +0000 (UTC)\nFrom: Billing <billing@example.com>\nTo: accounts@example.net\nSubject: Invoice INV-2024-0831\nDate: Mon, 26 Aug 2024 08:02:11 +0000\nMessage-ID: <inv-2024-0831.7781@example.com>\n\n--4W7hYQ0cS4z6Hm8.1725091334/mail.example.com--\n'

const MAILMAN_HELD_IT =
  'Return-Path: <dev-bounces@lists.example.org>\nReceived: from lists.example.org (lists.example.org [198.51.100.33])\n\tby mail.example.com (Postfix) with ESMTP id 4TzR8c0Q2Lz4wB9\n\tfor <giulia.romano@example.com>; Wed, 10 Jan 2024 15:31:07 +0100 (CET)\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\nSubject: Il tuo messaggio a Dev attende l\'approvazione del moderatore\nFrom: dev-owner@lists.example.org\nTo: giulia.romano@example.com\nMessage-ID: <mailman.311.1704897067.1402.dev@lists.example.org>\nDate: Wed, 10 Jan 2024 15:31:07 +0100\nPrecedence: bulk\nX-BeenThere: dev@lists.example.org\nX-Mailman-Version: 2.1.39\nList-Id: Sviluppo <dev.lists.example.org>\nX-List-Administrivia: yes\nErrors-To: dev-bounces@lists.example.org\nSender: "Dev" <dev-bounces@lists.example.org>\n\nIl tuo messaggio a:\n\n    Dev\n\ncon oggetto:\n\n    Re: rilascio 4.2 - errore 550 5.7.1 nel server di test\n\nè stato trattenuto in attesa che il moderatore della lista lo approvi.\n\nIl messaggio è stato trattenuto per questo motivo:\n\n    Il mittente non è iscritto alla lista (Post by non-member to a\n    members-only list)\n\nO il messaggio sarà approvato, oppure riceverai una notifica della\ndecisione del moderatore. Se vuoi annullare il messaggio, visita:\n\n    https://lists.example.org/mailman/confirm/dev/6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d\n'

const CRM_SEND_AS =
  'Merhaba,\n\nCRM\'den (Dynamics) müşterilere giden teklif mailleri bugün sabahtan beri gitmiyor. Geçen ay "552 5.3.4 Message size exceeds fixed maximum message size" hatası almıştık, ekleri küçülttük ve o sorun çözüldü; bu başka bir şey. CRM\'in hata kaydında şu var (alıcı: satinalma@example.net):\n\n  Email send failed. Recipient: satinalma@example.net\n  Server response: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:0A003D86, 1.36674:0A000000, 1.61250:00000000[EndDiagnosticData]\n\nCRM, crm.servis@example.com.tr hesabıyla giriş yapıp teklif@example.com.tr adresinden gönderiyor. Dün teklif@ kutusunda izin düzenlemesi yapılmıştı, ilgisi olabilir mi?\n\nTeşekkürler,\nSerkan\n'
