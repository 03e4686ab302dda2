// Fact review 90, person-written notes: one incident's resend is not another's ("delivered (250
// 2.0.0 …)" beside a still-open 421), a sending service's key=value events are one recipient each,
// a suppression told in prose was not sent, and a code the note remembers from an earlier incident
// on a line of its own ("Bu Spamhaus hatası geçen haftaki olaydı") is not today's.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason, r.reply])

describe('fact review 90: notes of several incidents', () => {
  it('keeps the still-open deferral of a handover note whose other item was resent to a corrected address and delivered', () => {
    expect(read(HANDOVER)).toEqual([
      ['counsel@example.org', 'failed', 'unknown-user', '550'],
      ['m.schmidt@example.net', 'delayed', 'deferred', '421'],
      ['counsel-team@example.org', 'delivered', 'delivered', null],
    ])
  })

  it('reads each Mailgun key=value event line as its own recipient', () => {
    expect(read(MAILGUN_LINES)).toEqual([
      ['lena.k@example.net', 'failed', 'suppressed', null],
      ['r.costa@example.org', 'delayed', 'rate-limited', null],
      ['h.nguyen@example.com', 'delivered', 'delivered', null],
    ])
  })

  it.each([
    [
      'Postmark did not send our email to owen.b@example.net: the address is marked inactive (spam complaint).\n',
      'owen.b@example.net',
    ],
    [SENDGRID_TR, 'kerem.aslan@example.com.tr'],
  ])('reads a sending service’s suppression as failed, not sent by it: %s', (text, recipient) => {
    expect(read(text)).toEqual([[recipient, 'failed', 'suppressed', null]])
  })

  it('reads today’s error, not the earlier incident the note says was resolved on a line of its own', () => {
    expect(read(SPAMHAUS_TR)).toEqual([['satinalma@example.org', 'failed', 'tls-required', '550']])
  })

  it('keeps a code whose line only shares a word with a remembering sentence', () => {
    expect(read(RETYPED)).toEqual([['p.okafor@example.org', 'failed', 'unknown-user', '550']])
  })

  it('takes the address a “Recipient:” label gives, whatever the cause', () => {
    expect(read('Recipient: satinalma@example.org\n550 5.7.1 TLS required for this recipient\n')).toEqual([
      ['satinalma@example.org', 'failed', 'tls-required', '550'],
    ])
  })
})

const HANDOVER =
  'SHIFT HANDOVER - night -> morning, 2024-05-14\n\n1) Legal\'s mail to counsel@example.org \u2014 RESOLVED. Was bouncing yesterday with\n   "550 5.1.1 <counsel@example.org>: Recipient address rejected: User unknown in virtual mailbox table".\n   Turned out the address is counsel-team@example.org, resent to corrected address at 23:40, delivered (250 2.0.0 Ok: queued as 4VbK2x1Y3Pz).\n   Nothing to do.\n\n2) Still open: HR\'s offer letter to m.schmidt@example.net is sitting in our queue.\n   Their server keeps answering "421 4.7.0 Try again later, closing connection."\n   Queue says next retry 06:15, message age 9h. Not bounced yet. Please keep an eye.\n\n3) FYI earlier this week (Monday) we had the DMARC reject issue with example.com, fixed by IT on Tuesday, don\'t reopen.\n'

const MAILGUN_LINES =
  'Posting in #eng-help:\n\nGo service (using mailgun-go v4) \u2014 webhook events for yesterday\'s campaign. Three recipients,\ndifferent results, trying to understand what to tell account managers:\n\nevent=failed severity=permanent recipient=lena.k@example.net  reason=suppress-bounce delivery-status.message="Not delivering to previously bounced address"\nevent=failed severity=temporary recipient=r.costa@example.org delivery-status.code=421 delivery-status.message="4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited." \nevent=delivered recipient=h.nguyen@example.com delivery-status.code=250 delivery-status.message="OK"\n\nMailgun says it will keep retrying the temporary one for up to 8 hours. Nothing for h.nguyen, that one\'s fine.\n'

const SENDGRID_TR =
  'Selam, Node uygulamam\u0131z SendGrid \u00fczerinden mail at\u0131yor. Bir kullan\u0131c\u0131 \u015fifre s\u0131f\u0131rlama maili\ngelmiyor diye \u015fikayet etti. SendGrid Activity Feed\'de \u015funu g\u00f6rd\u00fcm:\n\n  Email: kerem.aslan@example.com.tr\n  Status: Dropped\n  Reason: Bounced Address\n  \nUygulama logunda hata yok, @sendgrid/mail 202 Accepted d\u00f6n\u00fcyor:\n\n  [2024-09-10T07:21:44.120Z] info: mail queued {"to":"kerem.aslan@example.com.tr","statusCode":202,"x-message-id":"kQx3bYbNQ2qv0Z7Xk1aB1Q"}\n\nKullan\u0131c\u0131 adresinin do\u011fru oldu\u011funu ve ba\u015fka mailleri ald\u0131\u011f\u0131n\u0131 s\u00f6yl\u00fcyor. Ge\u00e7en ay\nadres bir kere "550 5.1.1 user unknown" vermi\u015f galiba, o zaman kutusu yeni a\u00e7\u0131l\u0131yormu\u015f.\nNe yapmal\u0131y\u0131z?\n'

const SPAMHAUS_TR =
  'Destek notu (Hakan, L2) - m\u00fc\u015fteri: Y\u0131ld\u0131z Lojistik\n\nM\u00fc\u015fteri telefonda bounce\'u okudu, ben yazd\u0131m, tam kopya de\u011fil:\n\n"554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org"\n\nAl\u0131c\u0131: satinalma@example.org\n\nNOT: Bu Spamhaus hatas\u0131 ge\u00e7en haftaki olayd\u0131, o \u00e7\u00f6z\u00fcld\u00fc (IP listeden \u00e7\u0131kt\u0131, kontrol ettim).\nBug\u00fcnk\u00fc sorun farkl\u0131: bug\u00fcn gelen hata "550 5.7.1 TLS required for this recipient" imi\u015f,\nyani kar\u015f\u0131 taraf \u015fifreli ba\u011flant\u0131 istiyor, bizim relay d\u00fcz ba\u011flant\u0131 kurmaya \u00e7al\u0131\u015f\u0131yor.\nBug\u00fcnk\u00fc mail gitmedi, geri d\u00f6nd\u00fc.\n'

const RETYPED =
  'ticket note (phone call with customer, typed by me - Jess, L1)\n\nCustomer read the bounce to me over the phone, I typed what she said:\n"five five zero, five point one point one... no sorry, she corrected herself, it says 5.1.10"\nFull line as she read it:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\nrecipient: p.okafor@example.org\nCustomer says the address is 100% correct and the person works there. Sender is customer\'s\nown M365 tenant. She said the same recipient worked last week.\n\nI told her I\'d escalate. L2 please check.\n'
