// Fact review 77: a help desk's list of common codes, a code the writer rules out and a first guess
// taken back are not what happened; JavaMail's valid-but-unsent recipients never got the message;
// two notices pasted together each decide their own recipient's fate; an email service's dashboard
// table is read row by row (Mailchimp's Hard and Soft); Domino names its failed recipient in its
// subject, in English, German and French; a bounce of a bounce the writer forwarded reads the
// forwarded notice's failures too.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 77', () => {
  it.each([
    [
      "a help desk's list of common codes above its answer",
      'Subject: Re: [#48213] contract didnt go through??\n\nHi Maria,\n\nThanks for reaching out to Example Hosting Support!\n\nWhen an email "bounces", the bounce message usually contains a code that explains why. Common examples:\n  • 550 5.1.1 – the recipient address does not exist. Please double-check the spelling.\n  • 552 5.2.2 – the recipient\'s mailbox is full. The recipient needs to free up space.\n  • 554 5.7.1 – the message was rejected as spam or by policy.\n\nFrom what you describe, the message to tom@example.org was returned because the recipient\'s mailbox is over its quota. This is something only the recipient (or their IT team) can fix – please let them know by phone or through another address, and send it again once they have cleared space. Your message to legal@example.org was delivered normally, so no action is needed there.\n\nIf you have further questions, just reply to this email or write to support@example.com. For urgent issues call +44 20 7946 0000 (24/7).\n\nBest regards,\nDaniel\nExample Hosting – Customer Support\nsupport@example.com | status.example.com\n\n--- Original message ---\nFrom: Maria Costa <maria@example.net>\nSent: 14 March 2025 11:02\nTo: support@example.com\nSubject: contract didnt go through??\n\nHi, I sent the contract this morning to tom@example.org and legal@example.org at the same time. Legal already replied, but I got a mail back about Tom, something like "452 4.2.2 mailbox full, over quota" I think?? and at the end it said it gave up. I already deleted it sorry. Can you help? I really need him to get it today.\nMaria\n',
      [[null, 'failed', 'expired']],
    ],
    [
      'a knowledge-base list of codes above a forwarded bounce',
      "Hi Sam, thanks for writing in. Quick guide to bounce codes from our knowledge base:\n\n  554 5.7.1 = rejected as spam or by the receiving server's policy\n  552 5.2.2 = recipient's mailbox is full\n  550 5.1.1 = recipient does not exist\n\nLooking at the bounce you forwarded (below), the address does not exist at the recipient's side; please check the spelling with your contact.\n\nRegards, Example Hosting Support (support@example.com)\n\n---- forwarded bounce ----\nThis is the mail system at host smtp.example.com.\n\n<t.mueller@example.org>: host mx.example.org[198.51.100.30] said: 550 5.1.1\n    <t.mueller@example.org>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n",
      [['t.mueller@example.org', 'failed', 'unknown-user']],
    ],
    [
      'a code the writer rules out',
      'it\'s NOT the 554 5.7.1 spam thing like last month, our content is fine. this time the bounce said something like "552 5.2.2 mailbox full" for dana@example.org. the other two on the same mail (lee@example.org, kim@example.org) got it fine. who needs to do what?\n',
      [[null, 'failed', 'mailbox-full']],
    ],
    [
      'a first guess taken back',
      'first I thought it\'s the 550 5.1.1 "user unknown" again like with the old address, or the 554 5.7.1 spam rejection we had in January, but no - the bounce I got today for jo.bright@example.org says:\n\n452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n\nwhat now?\n',
      [[null, 'delayed', 'mailbox-full']],
    ],
    [
      "JavaMail's valid but unsent recipients",
      'Morning — the 07:30 appointment-reminder batch threw an exception for one appointment (3 recipients: the patient and two staff). Log below. Did the other two get the reminder or not? Do I need to resend anything? We use the default JavaMail settings (mail.smtp.sendpartial not set).\n\n2025-02-18 07:30:02,114 ERROR [scheduler-1] c.e.notify.MailService - Failed to send reminder for appointment #88412 to [p.nowak@example.org, a.silva@example.org, r.chen@example.org]\njavax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <p.nowak@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)\n\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)\n\tat javax.mail.Transport.send0(Transport.java:255)\n\tat javax.mail.Transport.send(Transport.java:124)\n\tat com.example.notify.MailService.sendReminder(MailService.java:77)\n\tat com.example.notify.ReminderJob.run(ReminderJob.java:41)\n\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)\n\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)\n\tat java.base/java.lang.Thread.run(Thread.java:833)\nCaused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <p.nowak@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:1950)\n\t... 8 common frames omitted\n2025-02-18 07:30:02,115 WARN  [scheduler-1] c.e.notify.MailService - invalid=[p.nowak@example.org] validSent=[] validUnsent=[a.silva@example.org, r.chen@example.org]\n',
      [
        ['p.nowak@example.org', 'not-sent', 'unknown-user'],
        ['a.silva@example.org', 'not-sent', 'unsent-with-others'],
        ['r.chen@example.org', 'not-sent', 'unsent-with-others'],
      ],
    ],
    [
      'two notices pasted together, each with its own fate',
      "Hi Support,\n\ntwo problems today, pasting both below.\n\n1) this one is for our new supplier, the address is from their quote PDF:\n\nSubject: Mail delivery failed: returning message to sender\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  orders@greenfield-supplies.example\n    Unrouteable address\n\n2) and this one for Dave in the Leeds office (he says he hasn't got it yet, their internet has been flaky all week):\n\nSubject: Warning: message 1sT4Kx-0007Ab-3T delayed 24 hours\nThis message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.ourcompany.example.\n\nThe message identifier is:     1sT4Kx-0007Ab-3T\nThe subject of the message is: Q3 stock count\nThe date of the message is:    Mon, 15 Jul 2024 09:12:44 +0100\n\nThe address to which the message has not yet been delivered is:\n\n  d.hughes@leeds.ourcompany.example\n    host mail.leeds.ourcompany.example [192.0.2.45]: Connection timed out\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n\nThanks\nJo Palmer\nOffice Manager\n",
      [
        ['orders@greenfield-supplies.example', 'failed', 'host-not-found'],
        ['d.hughes@leeds.ourcompany.example', 'delayed', 'network'],
      ],
    ],
    [
      'a Mailchimp report copied as text, hard and soft bounces',
      'From: Sophie Wagner <sophie@agentur-wagner.example>\nTo: web@agentur-wagner.example\nSubject: Mailchimp bounces after newsletter - what to delete?\n\nHi team,\n\nafter Thursday\'s newsletter Mailchimp shows these. Can you tell me which ones I should delete from our CRM and which ones are fine? I don\'t want to lose real customers. Esp. the hotel, they booked with us last month so the address must be ok.\n\n--- copied from Mailchimp > Campaigns > "Sommer-Newsletter Juni" > View Report > Bounced ---\n\nBounced\n3 hard bounces  ·  2 soft bounces\n\nEmail Address                        Bounce Type    Date\nanna.schmid@praxis-schmid.example    Hard           Jun 20, 2024 10:02 am\ninfo@altershop.example               Hard           Jun 20, 2024 10:02 am\nk.huber@example.net                  Hard           Jun 20, 2024 10:03 am\nlukas@bergsport-lukas.example        Soft           Jun 20, 2024 10:04 am\nservice@hotel-alpenblick.example     Soft           Jun 20, 2024 10:05 am\n\nAudience > All contacts > anna.schmid@praxis-schmid.example > Activity\n  Bounced (hard) "Sommer-Newsletter Juni" — smtp; 550 5.1.1 <anna.schmid@praxis-schmid.example>: Recipient address rejected: User unknown\n  Cleaned  Jun 20, 2024\n\nAudience > All contacts > service@hotel-alpenblick.example > Activity\n  Bounced (soft) "Sommer-Newsletter Juni" — smtp; 452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n  Subscribed\n\n--\n\nSophie Wagner | Marketing\nAgentur Wagner GmbH\nsophie@agentur-wagner.example | +43 1 000 0000\n',
      [
        ['anna.schmid@praxis-schmid.example', 'failed', 'unknown-user'],
        ['info@altershop.example', 'failed', 'unknown'],
        ['k.huber@example.net', 'failed', 'unknown'],
        ['lukas@bergsport-lukas.example', 'delayed', 'deferred'],
        ['service@hotel-alpenblick.example', 'delayed', 'mailbox-full'],
      ],
    ],
    [
      "Domino's subject alone",
      'Subject: DELIVERY FAILURE: User jsmith (jsmith@example.com) not listed in Domino Directory\nFrom: Mail Router <postmaster@mailhub.example.com>\n',
      [['jsmith@example.com', 'failed', 'unknown-user']],
    ],
    [
      "Domino's notice in French",
      "Objet : ÉCHEC DE LA REMISE : L'utilisateur jsmith (jsmith@example.com) ne figure pas dans l'annuaire Domino\nDe : Mail Router <postmaster@mailhub.example.com>\n\nVotre message\n\n  Objet : Commande 4471\n\nn'a pas été remis à :\n\n  jsmith@example.com\n\nparce que :\n\n  L'utilisateur jsmith (jsmith@example.com) ne figure pas dans l'annuaire Domino\n",
      [['jsmith@example.com', 'failed', 'unknown-user']],
    ],
    [
      "Domino's notice in German",
      'Betreff: Zustellungsfehler: Benutzer jsmith (jsmith@example.com) ist im Domino-Verzeichnis nicht aufgeführt\nVon: Mail Router <postmaster@mailhub.example.com>\n\nIhre Nachricht\n\n  Betreff: Lieferung KW 49\n\nwurde nicht zugestellt an:\n\n  jsmith@example.com\n\nweil:\n\n  Benutzer jsmith (jsmith@example.com) ist im Domino-Verzeichnis nicht aufgeführt\n',
      [['jsmith@example.com', 'failed', 'unknown-user']],
    ],
    [
      'a bounce of a bounce the writer forwarded to the help desk',
      "Rosa again - I forwarded the supplier bounce to the wrong helpdesk address and got this back. Which one failed?\n\nThis is the mail system at host mx.distribuidora-norte.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<helpdsk@distribuidora-norte.example>: host mailstore.distribuidora-norte.example[192.0.2.10] said:\n    550 5.1.1 <helpdsk@distribuidora-norte.example>: Recipient address\n    rejected: User unknown in local recipient table (in reply to RCPT TO command)\n\n--- returned message ---\nFrom: Rosa Martínez <rosa.martinez@distribuidora-norte.example>\nTo: helpdsk@distribuidora-norte.example\nSubject: Fwd: Undelivered Mail Returned to Sender\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mx.distribuidora-norte.example>\nSubject: Undelivered Mail Returned to Sender\n\n<compras@ferreteria-lopez.example>: host mx.ferreteria-lopez.example[203.0.113.5]\n    said: 552 5.2.2 <compras@ferreteria-lopez.example>: Mailbox full (in reply\n    to RCPT TO command)\n",
      [
        ['helpdsk@distribuidora-norte.example', 'failed', 'unknown-user'],
        ['compras@ferreteria-lopez.example', 'failed', 'mailbox-full'],
      ],
    ],
    [
      'a notice opened as it came, whose returned copy holds an older notice',
      'Return-Path: <>\nReceived: from smtp.example.org (localhost [127.0.0.1])\n\tby smtp.example.org (OpenSMTPD) with ESMTP id 5c0ffee1\n\tfor <nina@example.org>;\n\tTue, 2 Dec 2025 09:40:17 +0100 (CET)\nDate: Tue, 2 Dec 2025 09:40:17 +0100 (CET)\nFrom: Mailer Daemon <MAILER-DAEMON@smtp.example.org>\nTo: nina@example.org\nSubject: Delivery status notification: error\nMessage-ID: <9a7f0e31b2c45d68@smtp.example.org>\nMIME-Version: 1.0\nContent-Type: multipart/mixed;boundary="16764668170.b2fb1a0c.3411"\nContent-Language: en-US\n\nThis is a MIME-encapsulated message.\n\n--16764668170.b2fb1a0c.3411\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\nHi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\nhelpdesk@example.net: 550 5.1.1 <helpdesk@example.net>: Recipient address rejected: User unknown in virtual alias table\n\nBelow is a copy of the original message:\n\n--16764668170.b2fb1a0c.3411\nContent-Description: Message headers\nContent-Type: text/rfc822-headers\n\nReceived: from [192.168.10.24] (dsl-203-0-113-8.example.org [203.0.113.8])\n\tby smtp.example.org (OpenSMTPD) with ESMTPSA id 1e2d3c4b (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO)\n\tauth=yes user=nina\n\tfor <helpdesk@example.net>;\n\tTue, 2 Dec 2025 09:40:15 +0100 (CET)\nFrom: Nina Kowalski <nina@example.org>\nTo: helpdesk@example.net\nSubject: Fwd: Undelivered Mail Returned to Sender\nDate: Tue, 2 Dec 2025 09:40:11 +0100\nMessage-ID: <3f2e1d0c-bb9a-4876-a5b4-c3d2e1f0a9b8@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHi helpdesk, can you check why this bounced? I sent the newsletter to\nJason yesterday and got this back. Thanks, Nina\n\n-------- Forwarded Message --------\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 1 Dec 2025 17:02:44 +0100 (CET)\nFrom: MAILER-DAEMON@smtp.example.org (Mail Delivery System)\nTo: nina@example.org\n\nThis is the mail system at host relay.example.org.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n<j.ng@example.com>: host mx.example.com[192.0.2.50] said: 550 5.7.1\n    Message rejected as spam by Content Filtering. (in reply to end of DATA\n    command)\n\n--16764668170.b2fb1a0c.3411--\n',
      [['helpdesk@example.net', 'failed', 'unknown-user']],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
