// Fact review 86: a CSV row whose reply holds " - " is still a row; "Host unknown" is the domain; a
// failure the writer says was resent and received reads delivered (not when resent to another
// address); Brevo's blocked (unsubscribed) contact is a suppression; qmail's bounce of a bounce.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 86', () => {
  it.each([
    [
      "Mailchimp's bounce export as CSV, one reply holding ' - '",
      'Hey team — campaign "Spring Sale 2025" bounce export from Mailchimp below. Do I need to do anything about these or does Mailchimp handle it? Our from address is news@shop.example.\n\nEmail Address,First Name,Last Name,Bounce Type,Bounce Reason,Bounced At\nkevin.m@inbox.example,Kevin,Moore,hard,"smtp; 550 5.1.1 <kevin.m@inbox.example>: Recipient address rejected: User unknown",2025-03-20 10:14:02\nsara@oldcompany.example,Sara,Ng,hard,"smtp; 550 5.1.2 Host unknown - domain oldcompany.example does not exist",2025-03-20 10:14:05\nli.wei@mail.example,Li,Wei,soft,"smtp; 452 4.2.2 The email account that you tried to reach is over quota",2025-03-20 10:15:40\ntom@bigcorp.example,Tom,Hart,soft,"smtp; 421 4.7.0 Temporary System Problem. Try again later (10)",2025-03-20 10:16:11\n\nOpens were fine otherwise (22.4%). Thanks!\n— Priya, Marketing\n',
      [
        ['kevin.m@inbox.example', 'failed', 'unknown-user'],
        ['sara@oldcompany.example', 'failed', 'host-not-found'],
        ['li.wei@mail.example', 'delayed', 'mailbox-full'],
        ['tom@bigcorp.example', 'delayed', 'system-error'],
      ],
    ],
    [
      'a Slack thread in which the failure was fixed, resent and received',
      "#it-help\n\n**Mark Taylor** 9:02 AM\nanyone else getting bounces to gmail addresses? got this for a mail to a customer:\n> 550-5.7.26 Unauthenticated email from ourfirm.example is not accepted due to domain's\n> 550-5.7.26 DMARC policy. Please contact the administrator of ourfirm.example domain\n> 550 5.7.26 if this was a legitimate mail.\nrecipient was lena.fischer@gmail.example\n\n**Sofia (IT)** 9:15 AM\nyeah, DKIM key got dropped when we moved DNS providers last night. on it\n\n**Sofia (IT)** 10:40 AM\nDKIM record is back, SPF passes too. Mark can you resend?\n\n**Mark Taylor** 10:52 AM\nresent, Lena just replied so it went through :thumbsup:\n\n**Sofia (IT)** 10:53 AM\n:white_check_mark: closing\n",
      [['lena.fischer@gmail.example', 'delivered', 'delivered']],
    ],
    [
      'a resolved ticket whose customer resent and the recipient confirmed receipt',
      "Ticket #7781 — status: RESOLVED\n\nOriginal report: mails to peter.k@hotmail.example bounced with\n550 5.7.1 Unfortunately, messages from [192.0.2.58] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).\n\nResolution: IP 192.0.2.58 was delisted by Microsoft on 9 May; customer resent and Peter confirmed receipt. Closing.\n",
      [['peter.k@hotmail.example', 'delivered', 'delivered']],
    ],
    [
      'a typo fixed and resent to another address, which leaves the first one failed and the second delivered',
      "Got this bounce:\n\nYour message to jon.smith@mail.example couldn't be delivered.\n550 5.1.1 The email account that you tried to reach does not exist.\n\nUPDATE 14:20: never mind — I had a typo, it's jon.smyth@mail.example. Resent to the right address and he got it. All sorted, you can close this ticket.\n",
      [
        ['jon.smith@mail.example', 'failed', 'unknown-user'],
        ['jon.smyth@mail.example', 'delivered', 'delivered'],
      ],
    ],
    [
      "Brevo's French report with a blocked (unsubscribed) contact and an opened one",
      "Bonjour,\n\nVoici le rapport Brevo de notre newsletter d'avril. Plusieurs contacts en erreur, pouvez-vous me dire quoi faire pour chacun ? Expéditeur : newsletter@boutique.example\n\nEmail                        | Statut          | Détail\nclaire.dubois@mel.example    | Hard bounce     | 550 5.1.1 The email account does not exist\npaul.martin@fai.example      | Soft bounce     | 452 4.2.2 Mailbox full\ne.leroy@entreprise.example   | Bloqué          | Contact blacklisté (désinscrit le 02/03)\nnina.b@mel.example           | Délivré         | -\nmarc@entreprise.example      | Ouvert          | -\n\nMerci !\nJulie — Communication\n",
      [
        ['claire.dubois@mel.example', 'failed', 'unknown-user'],
        ['e.leroy@entreprise.example', 'failed', 'suppressed'],
        ['paul.martin@fai.example', 'delayed', 'mailbox-full'],
        ['nina.b@mel.example', 'delivered', 'delivered'],
        ['marc@entreprise.example', 'delivered', 'delivered'],
      ],
    ],
    [
      "qmail's bounce of a bounce ('but the bounce bounced!')",
      "Return-Path: <#@[]>\nDelivered-To: postmaster@mx.example.com\nReceived: (qmail 28714 invoked for bounce); 14 Mar 2024 03:12:09 -0000\nDate: 14 Mar 2024 03:12:09 -0000\nFrom: MAILER-DAEMON@mx.example.com\nTo: postmaster@mx.example.com\nSubject: failure notice\n\nHi. This is the qmail-send program at mx.example.com.\nI tried to deliver a bounce message to this address, but the bounce bounced!\n\n<bounce-7731-4f2a@lists.example.net>:\n198.51.100.90 does not like recipient.\nRemote host said: 550 5.1.1 <bounce-7731-4f2a@lists.example.net>: Recipient address rejected: User unknown in virtual mailbox table\nGiving up on 198.51.100.90.\n\n--- Below this line is the original bounce.\n\nReturn-Path: <>\nReceived: (qmail 28712 invoked for bounce); 14 Mar 2024 03:12:08 -0000\nDate: 14 Mar 2024 03:12:08 -0000\nFrom: MAILER-DAEMON@mx.example.com\nTo: bounce-7731-4f2a@lists.example.net\nSubject: failure notice\n\nHi. This is the qmail-send program at mx.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<old.member@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <bounce-7731-4f2a@lists.example.net>\nReceived: (qmail 28705 invoked from network); 14 Mar 2024 03:12:07 -0000\nReceived: from unknown (HELO out.lists.example.net) (198.51.100.91)\n  by mx.example.com with SMTP; 14 Mar 2024 03:12:07 -0000\nFrom: \"Example Members List\" <list@lists.example.net>\nTo: members@lists.example.net\nReply-To: members@lists.example.net\nSubject: [members] March digest\nDate: Thu, 14 Mar 2024 03:12:05 +0000\nMessage-ID: <digest-2024-03.7731@lists.example.net>\nList-Unsubscribe: <mailto:leave-members@lists.example.net>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nMarch digest - 3 messages\n\n1. Meetup venue change (from: events@example.org)\n2. New member introductions\n3. Reminder: dues\n",
      [['bounce-7731-4f2a@lists.example.net', 'failed', 'double-bounce']],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
