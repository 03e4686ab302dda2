// Fact review 90: what a note or a program's log says happened after a deferral or a mail program's
// error ("Message sent to …: 250 2.0.0 Ok", "the supplier confirmed they\nreceived it", "she has
// since received the email and replied to it") ends the wait, also where the note then asks about
// the code again or the delay notice gave none.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const actions = (text: string) => analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action])

describe('fact review 90: arrived after all', () => {
  it.each([
    [
      'a program log that retried and then sent it, asked about in Turkish',
      MAILKIT_TR,
      'raporlar@example.com.tr',
    ],
    ['a ticket whose confirmation wraps over a line', QUOTA_TICKET, 'ap@example.net'],
    [
      'a delay notice with no code, then the writer’s word that it was delivered',
      'Delivery to the following recipients has been delayed: clara.m@example.org\nLater the message was delivered to clara.m@example.org.\n',
      'clara.m@example.org',
    ],
    [
      'a delay notice named by its subject, then her reply',
      'We got a "Delivery Status Notification (Delay)" for clara.m@example.org, but she has since received the email and replied to it.\n',
      'clara.m@example.org',
    ],
    [
      'a denial of the failure beside a sure delivery',
      '  <ap@example.net>: host mx1.example.net[203.0.113.25] said:\n  452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)\n\nNot failed any more - the message has since been delivered successfully.\n',
      'ap@example.net',
    ],
  ])('reads %s as delivered', (_, text, recipient) => {
    expect(actions(text)).toEqual([[recipient, 'delivered']])
  })

  it.each([
    [
      'MailKit.Net.Smtp.SmtpCommandException: 421 4.4.2 mx.example.com.tr Error: timeout exceeded\nMail to raporlar@example.com.tr. Is 421 4.4.2 our fault or theirs?\n',
      'not-sent',
    ],
    [
      '  <ap@example.net>: host mx1.example.net[203.0.113.25] said:\n  452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)\n\nNot sure it has since been delivered - can you check?\n',
      'delayed',
    ],
  ])('keeps it unsent or waiting when nothing says it arrived: %s', (text, action) => {
    expect(analyzeBounceReport(text).recipients.map((r) => r.action)).toEqual([action])
  })
})

const MAILKIT_TR =
  'Konu: Re: Rapor mailleri ge\u00e7 geliyor\n\nMerhaba,\n\n.NET servisimizin (System.Net.Mail de\u011fil, MailKit kullan\u0131yoruz) g\u00f6nderdi\u011fi g\u00fcnl\u00fck rapor\nmailleri d\u00fcn gece raporlar@example.com.tr adresine ge\u00e7 ula\u015ft\u0131. Log \u015f\u00f6yle:\n\n2024-10-01 02:00:03 WRN MailKit.Net.Smtp.SmtpCommandException: 421 4.4.2 mx.example.com.tr Error: timeout exceeded\n2024-10-01 02:00:03 INF Retry 1/5 scheduled in 00:10:00\n2024-10-01 02:10:04 WRN MailKit.Net.Smtp.SmtpCommandException: 421 4.4.2 mx.example.com.tr Error: timeout exceeded\n2024-10-01 02:10:04 INF Retry 2/5 scheduled in 00:10:00\n2024-10-01 02:20:05 INF Message sent to raporlar@example.com.tr: 250 2.0.0 Ok: queued as 8F1C22A0B3\n\nYani sonunda gitti. Sorum \u015fu: 421 4.4.2 bizim tarafta m\u0131 bir sorun, yoksa onlar\u0131n sunucusu mu?\nRetry mant\u0131\u011f\u0131m\u0131z\u0131 de\u011fi\u015ftirmemiz gerekir mi?\n'

const QUOTA_TICKET =
  'Ticket #48213 - "Email to supplier bounced??"\nOpened by: Karen Hollis (Accounts Payable)\n\nHi IT,\n\nMonday morning I sent the remittance advice to our supplier and got this back:\n\n  <ap@example.net>: host mx1.example.net[203.0.113.25] said:\n  452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)\n\nThen about 3 hours later Outlook told me it had given up... no wait, it didn\'t,\nit was just the "still trying" notice. This afternoon the supplier confirmed they\nreceived it after they cleared out their mailbox. So it got there in the end.\n\nDo I need to do anything or is it fine now? Just want to make sure for next month.\n\nThanks, Karen\n'
