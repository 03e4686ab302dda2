// Fact review 82: a code the writer remembers from an earlier incident is not what happened when
// the text says what did (an auto-reply it quotes, mail that goes through now); an email service's
// CSV export and its events with their reasons indented below are each recipient's own record;
// JavaMail's debug output lists its valid unsent addresses; a bounce of an automatic message (a
// failure notice, an auto-reply) has nobody's address to correct; ChoiceMail's and TMDA's challenges.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 82', () => {
  it.each([
    [
      "a forwarded German out-of-office under a note recalling February's 550 5.7.1",
      'Betreff: WG: Automatische Antwort: Angebot Nr. 2024-117\n\nHallo Support,\n\nich habe heute das Angebot an Herrn Vogel geschickt und sofort diese Antwort bekommen. Ist die Mail jetzt nicht angekommen? Muss ich sie nochmal schicken? Bei der letzten Störung im Februar kam ja "550 5.7.1 Relaying denied" – ist das wieder das gleiche Problem?\n\nViele Grüße\nSabine Krüger\nVertrieb Innendienst\nMuster Maschinenbau GmbH\nTel. +49 30 901820-14\nsabine.krueger@muster-mb.example\n\n-------- Weitergeleitete Nachricht --------\nVon: Vogel, Thomas <t.vogel@kunde-ag.example>\nGesendet: Mittwoch, 12. Juni 2024 11:05\nAn: Krüger, Sabine <sabine.krueger@muster-mb.example>\nBetreff: Automatische Antwort: Angebot Nr. 2024-117\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.06.2024 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Petra Lange (p.lange@kunde-ag.example, Tel. +49 89 4407-220).\n\nMit freundlichen Grüßen\nThomas Vogel\nEinkauf | Kunde AG\n',
      [[null, null, 'auto-reply']],
    ],
    [
      "an out-of-office under a note recalling last year's 550 5.1.1",
      'Hi support,\nI emailed the quote to Jorge this morning and got the reply below straight away. Did it bounce? Last year emails to him failed with "550 5.1.1 User unknown" because of a typo, so I\'m worried it\'s that again.\nThanks, Amy (amy.chen@ourshop.example)\n\nFrom: Jorge Alvarez <jorge@buyer.example>\nSent: Monday, 3 June 2024 09:14\nTo: Amy Chen <amy.chen@ourshop.example>\nSubject: Automatic reply: Quote 5521\n\nThank you for your email. I am out of the office until 10 June with limited access to email. For urgent matters please contact purchasing@buyer.example.\n',
      [[null, null, 'auto-reply']],
    ],
    [
      "Mailgun's CSV export: a permanent failure, a deferral then a delivery, a delivery",
      '[HELP-2207] Email di conferma ordine non ricevute\nTipo: Incident   Priorità: Alta   Stato: In corso\nSegnalato da: Giulia Bianchi (giulia.bianchi@ecommerce-moda.example)\nAssegnatario: Piotr Zając\nComponenti: Email transazionali (Mailgun, dominio mg.ecommerce-moda.example)\n\nDescrizione:\nDue clienti dicono di non aver ricevuto la conferma d\'ordine del 14/10: Marco Rossi e Elena Conti. Ho esportato gli eventi da Mailgun. Potete dirmi cosa è successo? Il sig. Rossi ha anche scritto al nostro servizio clienti (assistenza@ecommerce-moda.example) lamentandosi.\n\nMailgun – Logs (export CSV incollato)\ntimestamp,event,recipient,subject,severity,delivery-status\n2024-10-14 18:22:05,accepted,marco.rossi@studio-rossi.example,Ordine #88121 confermato,,\n2024-10-14 18:22:07,failed,marco.rossi@studio-rossi.example,Ordine #88121 confermato,permanent,"550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5PEPF00014B8F]"\n2024-10-14 18:23:40,accepted,elena.conti@posta-veloce.example,Ordine #88122 confermato,,\n2024-10-14 18:23:41,failed,elena.conti@posta-veloce.example,Ordine #88122 confermato,temporary,"421 4.7.0 Try again later, closing connection."\n2024-10-14 18:33:55,delivered,elena.conti@posta-veloce.example,Ordine #88122 confermato,,"250 2.0.0 OK"\n2024-10-14 18:24:02,accepted,f.ricci@example.net,Ordine #88123 confermato,,\n2024-10-14 18:24:04,delivered,f.ricci@example.net,Ordine #88123 confermato,,"250 ok"\n\nCommento — Piotr Zając (15/10 09:12):\nPer Elena forse è finita nello spam? Per Rossi non so.\n',
      [
        ['marco.rossi@studio-rossi.example', 'failed', 'unknown-user'],
        ['elena.conti@posta-veloce.example', 'delivered', 'delivered'],
        ['f.ricci@example.net', 'delivered', 'delivered'],
      ],
    ],
    [
      "Postmark's events for one recipient, a soft bounce then a delivery",
      'Postmark > Activity > Message details (copied)\n\nRecipient: hugo.lam@retailer.example\nSubject: Your receipt #44120\nStream: outbound (transactional)\n\nEvents\nOct 3, 2024 9:14:02 AM  Soft bounce — Transient\n  smtp;451 4.3.0 Mail server temporarily rejected message.\nOct 3, 2024 9:31:40 AM  Delivered\n  Server responded: 250 2.0.0 OK  1696324300 x12si ready\n',
      [['hugo.lam@retailer.example', 'delivered', 'delivered']],
    ],
    [
      "SendGrid's activity feed with each row's reason indented below it",
      'Customer (Acme Billing) says 3 of their clients didn\'t get the March statement: anna.k@mail.example.net, li.wei@bigcorp.example and p.nguyen@example.org. Here\'s the SendGrid Activity Feed for that send, filtered by subject. What do I tell them?\n\nActivity Feed\nFilter: Subject = "Your March statement"   Date range: Mar 31, 2024\n\nSTATUS       EMAIL                              SUBJECT                  DATE\nDelivered    anna.k@mail.example.net            Your March statement     Mar 31, 2024 8:02:14 AM\nBounced      r.santos@oldcompany.example        Your March statement     Mar 31, 2024 8:02:15 AM\n             Reason: 550 5.1.1 The email account that you tried to reach does not exist.\nDeferred     li.wei@bigcorp.example             Your March statement     Mar 31, 2024 8:03:02 AM\n             Reason: 421 4.7.0 [TS04] Messages from 198.51.100.14 temporarily deferred due to unexpected volume or user complaints\nDelivered    li.wei@bigcorp.example             Your March statement     Mar 31, 2024 8:41:37 AM\nDropped      p.nguyen@example.org               Your March statement     Mar 31, 2024 8:02:14 AM\n             Reason: Bounced Address\nProcessed    anna.k@mail.example.net            Your March statement     Mar 31, 2024 8:02:13 AM\nProcessed    r.santos@oldcompany.example        Your March statement     Mar 31, 2024 8:02:13 AM\nProcessed    li.wei@bigcorp.example             Your March statement     Mar 31, 2024 8:02:13 AM\nProcessed    p.nguyen@example.org               Your March statement     Mar 31, 2024 8:02:13 AM\n\nSender: statements@acmebilling.example\n',
      [
        ['r.santos@oldcompany.example', 'failed', 'unknown-user'],
        ['p.nguyen@example.org', 'failed', 'suppressed'],
        ['anna.k@mail.example.net', 'delivered', 'delivered'],
        ['li.wei@bigcorp.example', 'delivered', 'delivered'],
      ],
    ],
    [
      "JavaMail's debug output listing its valid unsent addresses",
      "Nobody on the night shift got the new rota this morning, only Dami's address seems to be wrong (she changed her name). Log from the scheduler below, can someone explain?  — Hugo, clinic IT (hugo@clinic-east.example)\n\nERROR 2024-10-01 09:00:12,441 [scheduler-3] o.a.n.NotificationService - Could not send shift schedule\njavax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <d.okoro@clinic-east.example>... User unknown\n\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)\n\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)\n\tat javax.mail.Transport.send0(Transport.java:255)\n\tat javax.mail.Transport.send(Transport.java:124)\n\tat org.acme.notify.NotificationService.sendSchedule(NotificationService.java:118)\n\nDEBUG SMTP: MAIL FROM:<rota@clinic-east.example>\n250 2.1.0 Ok\nDEBUG SMTP: RCPT TO:<m.haddad@clinic-east.example>\n250 2.1.5 Ok\nDEBUG SMTP: RCPT TO:<d.okoro@clinic-east.example>\n550 5.1.1 <d.okoro@clinic-east.example>... User unknown\nDEBUG SMTP: RCPT TO:<r.costa@clinic-east.example>\n250 2.1.5 Ok\nDEBUG SMTP: Valid Unsent Addresses\nDEBUG SMTP:   m.haddad@clinic-east.example\nDEBUG SMTP:   r.costa@clinic-east.example\nDEBUG SMTP: Invalid Addresses\nDEBUG SMTP:   d.okoro@clinic-east.example\nDEBUG SMTP: Sending failed because of invalid destination addresses\nRSET\n250 2.0.0 Ok\nDEBUG SMTP: MessagingException while sending, THROW: \njavax.mail.SendFailedException: Invalid Addresses\n",
      [
        ['d.okoro@clinic-east.example', 'not-sent', 'unknown-user'],
        ['m.haddad@clinic-east.example', 'not-sent', 'unsent-with-others'],
        ['r.costa@clinic-east.example', 'not-sent', 'unsent-with-others'],
      ],
    ],
    [
      "Sendmail's postmaster notify of its own bounce refused",
      'Return-Path: <MAILER-DAEMON@gw.example.com>\nReceived: from localhost (localhost)\n\tby gw.example.com (8.15.2/8.15.2) id 4272Cu0R019874;\n\tThu, 7 Mar 2024 03:13:02 +0100\nDate: Thu, 7 Mar 2024 03:13:02 +0100\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nMessage-Id: <202403070213.4272Cu0R019874@gw.example.com>\nTo: postmaster@gw.example.com\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="4272Cu0R019874.1709777582/gw.example.com"\nSubject: Postmaster notify: see transcript for details\nAuto-Submitted: auto-generated (postmaster-notification)\n\nThis is a MIME-encapsulated message\n\n--4272Cu0R019874.1709777582/gw.example.com\n\nThe original message was received at Thu, 7 Mar 2024 03:12:55 +0100\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<qzv8813@example.net>\n    (reason: 550 5.1.1 <qzv8813@example.net>: Recipient address rejected: User unknown in virtual mailbox table)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<qzv8813@example.net>\n<<< 550 5.1.1 <qzv8813@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n550 5.1.1 <qzv8813@example.net>... User unknown\n\n--4272Cu0R019874.1709777582/gw.example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.com\nArrival-Date: Thu, 7 Mar 2024 03:12:55 +0100\n\nFinal-Recipient: RFC822; qzv8813@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mx.example.net\nDiagnostic-Code: SMTP; 550 5.1.1 <qzv8813@example.net>: Recipient address rejected: User unknown in virtual mailbox table\nLast-Attempt-Date: Thu, 7 Mar 2024 03:13:02 +0100\n\n--4272Cu0R019874.1709777582/gw.example.com\nContent-Type: message/rfc822\n\nReturn-Path: <>\nReceived: from localhost (localhost)\n\tby gw.example.com (8.15.2/8.15.2) id 4272Cn0R019870;\n\tThu, 7 Mar 2024 03:12:55 +0100\nDate: Thu, 7 Mar 2024 03:12:55 +0100\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nMessage-Id: <202403070212.4272Cn0R019870@gw.example.com>\nTo: <qzv8813@example.net>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="4272Cn0R019870.1709777575/gw.example.com"\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\nThis is a MIME-encapsulated message\n\n--4272Cn0R019870.1709777575/gw.example.com\n\nThe original message was received at Thu, 7 Mar 2024 03:12:50 +0100\nfrom [203.0.113.201]\n\n   ----- The following addresses had permanent fatal errors -----\n<info@example.com>\n    (reason: 550 5.1.1 <info@example.com>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mailhost.example.com.:\n>>> RCPT To:<info@example.com>\n<<< 550 5.1.1 <info@example.com>... User unknown\n550 5.1.1 <info@example.com>... User unknown\n\n--4272Cn0R019870.1709777575/gw.example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.com\nReceived-From-MTA: DNS; [203.0.113.201]\nArrival-Date: Thu, 7 Mar 2024 03:12:50 +0100\n\nFinal-Recipient: RFC822; info@example.com\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mailhost.example.com\nDiagnostic-Code: SMTP; 550 5.1.1 <info@example.com>... User unknown\nLast-Attempt-Date: Thu, 7 Mar 2024 03:12:55 +0100\n\n--4272Cn0R019870.1709777575/gw.example.com\nContent-Type: text/rfc822-headers\n\nReturn-Path: <qzv8813@example.net>\nReceived: from [203.0.113.201] ([203.0.113.201])\n\tby gw.example.com (8.15.2/8.15.2) with SMTP id 4272Co0R019866\n\tfor <info@example.com>; Thu, 7 Mar 2024 03:12:50 +0100\nFrom: "Account Team" <qzv8813@example.net>\nTo: info@example.com\nSubject: Your invoice is ready\nDate: Thu, 7 Mar 2024 02:12:49 +0000\n\n--4272Cn0R019870.1709777575/gw.example.com--\n\n--4272Cu0R019874.1709777582/gw.example.com--\n',
      [['qzv8813@example.net', 'failed', 'double-bounce']],
    ],
    [
      'the same notify as plain text',
      'Subject: Postmaster notify: see transcript for details\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nTo: postmaster@gw.example.com\n\nThe original message was received at Thu, 7 Mar 2024 03:12:55 +0100\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<qzv8813@example.net>\n    (reason: 550 5.1.1 <qzv8813@example.net>: Recipient address rejected: User unknown in virtual mailbox table)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<qzv8813@example.net>\n<<< 550 5.1.1 <qzv8813@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n550 5.1.1 <qzv8813@example.net>... User unknown\n\n   ----- Original message follows -----\nReturn-Path: <>\nDate: Thu, 7 Mar 2024 03:12:55 +0100\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>\nTo: <qzv8813@example.net>\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\n   ----- The following addresses had permanent fatal errors -----\n<info@example.com>\n    (reason: 550 5.1.1 <info@example.com>... User unknown)\n',
      [['qzv8813@example.net', 'failed', 'double-bounce']],
    ],
    [
      "Exim's bounce of a vacation auto-reply sent to a newsletter's no-reply address",
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>\nTo: m.rossi@example.com\nSubject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: noreply@news.example.net\nAuto-Submitted: auto-replied\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  noreply@news.example.net\n    host mx.news.example.net [203.0.113.60]\n    SMTP error from remote mail server after RCPT TO:<noreply@news.example.net>:\n    550 5.1.1 <noreply@news.example.net>: Recipient address rejected: User unknown in local recipient table\n\n------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <m.rossi@example.com>\nFrom: Marco Rossi <m.rossi@example.com>\nTo: noreply@news.example.net\nSubject: Auto: Weekly deals from Example News\nAuto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n\nI am out of the office until 18 March with no access to email.\nFor urgent matters contact office@example.com.\n',
      [['noreply@news.example.net', 'failed', 'double-bounce']],
    ],
    [
      "ChoiceMail's challenge",
      'From: "Lena Park" <lena@example.org>\nTo: ravi.k@example.com\nSubject: Re: Invoice 2291 [Sender verification required]\nAuto-Submitted: auto-replied\nPrecedence: junk\nDate: Mon, 11 Mar 2024 10:02:11 +0100\n\nHello,\n\nI\'m using ChoiceMail, a program that only allows mail from approved\nsenders into my inbox. Your message to me has been held because your\naddress is not yet on my list of approved senders.\n\nTo get your message delivered, please click the link below and fill in\nthe short registration form. You only need to do this once.\n\n  https://register.example.org/choicemail/register?id=8f2a91c0\n\nMessages from unregistered senders are deleted after 7 days.\n\nThank you,\nLena Park\n',
      [['lena@example.org', null, 'challenge']],
    ],
    [
      "TMDA's challenge",
      'Return-Path: <erik-confirm-1709894411.30227.6a1c2b@example.org>\nDelivered-To: n.larsen@example.com\nDate: Fri, 08 Mar 2024 11:40:11 +0100\nMessage-ID: <20240308104011.30227.tmda@mail.example.org>\nFrom: Erik Holm <erik-confirm-1709894411.30227.6a1c2b@example.org>\nTo: n.larsen@example.com\nSubject: Please confirm your message (Re: Meeting notes 2024-03-07)\nAuto-Submitted: auto-replied (confirm)\nPrecedence: bulk\nX-Delivery-Agent: TMDA/1.1.12 (Ptolemy)\nX-Primary-Address: erik@example.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\nThis message was created automatically by mail delivery software (TMDA).\n\nYour message attached below, sent to erik@example.org, is being held\nbecause the address <n.larsen@example.com> has not been verified.\n\nTo release your original message for delivery, and have your address\nadded to the list of approved senders, simply reply to this message\n(you do not need to include any text) or click the link below.\n\n   https://confirm.example.org/cgi-bin/tmda.cgi?c=1709894411.30227.6a1c2b\n\nThis confirmation verifies that your message is legitimate and not\njunk-mail. Please note that this will not be necessary for future\nmessages. Unconfirmed messages are deleted after 14 days.\n\n--- Enclosed is a copy of your message.\n\nReturn-Path: <n.larsen@example.com>\nFrom: Nils Larsen <n.larsen@example.com>\nTo: Erik Holm <erik@example.org>\nCc: Team Ops <ops-team@example.com>\nSubject: Re: Meeting notes 2024-03-07\nDate: Fri, 8 Mar 2024 11:40:02 +0100\nMessage-ID: <a0b1c2d3e4f5@example.com>\n\nHi Erik, attached the notes.\n',
      [['erik@example.org', null, 'challenge']],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it('reads no failure where the writer says the earlier incident is over', () => {
    const text =
      'Hi Dan,\n\nJust to close the loop on ticket #7781: last week every invoice we sent to accounts@client.example came back with "554 5.7.1 Message rejected as spam". Since your team changed the DKIM record yesterday, everything has been going through — accounts@client.example confirmed this morning they received today\'s invoice. You can close the ticket.\n\nBest,\nRosa\nrosa@ourco.example\n'
    expect(analyzeBounceReport(text).recipients).toEqual([])
  })

  it('still reads a remembered code when the text says nothing else happened', () => {
    const text =
      'Hi, last week every invoice we sent to accounts@client.example came back with "554 5.7.1 Message rejected as spam". What should we do?'
    expect(readings(text)).toEqual([['accounts@client.example', 'failed', 'spam-content']])
  })
})
