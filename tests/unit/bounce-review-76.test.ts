// Fact review 76: the writer's yes-or-no question ("Is our IP on a blacklist?") names no cause; a
// half-remembered "5.4.1 … access denied" is Microsoft 365's unknown recipient, and a call note's
// "- gönderen:" line is the sender's; a German challenge-response notice holds the message for the
// person it protects, named "im Auftrag von". Its borderline finding: a sending server bound to TLS
// that met a receiving server offering none is the recipient's side (or that policy), not the
// sender's TLS setup.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 76', () => {
  it.each([
    [
      "Ticket #48213\nSubject: Bounce when emailing supplier\nRequester: Mark Feeney <mark.feeney@example.com>\nCC: ops-lead@example.com\nPriority: Normal\nCategory: Email > Delivery\nCreated: 03/11/2024 09:14\n\nDescription:\nHi team, I keep getting this back when I send the PO to our new supplier contact. I've tried twice. Can you check if our server is blacklisted or something?? The rest of my mail goes out fine.\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, Nov 4, 2024 at 9:02 AM\nSubject: Delivery Status Notification (Failure)\nTo: <mark.feeney@example.com>\n\n** Address not found **\n\nYour message wasn't delivered to j.harlow@example.net because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\nThe email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7ea7b3d6c5bsi1234567a12.301 - gsmtp\n\nThanks\nMark Feeney\nPurchasing Coordinator | Example Ltd\nT: +44 (0)161 496 0123  M: 07700 900456\nUnit 4, Riverside Park, Manchester M1 1AA\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.\n",
      [['j.harlow@example.net', 'failed', 'unknown-user']],
    ],
    [
      "Is our IP on a blacklist? This came back:\n\n** Address not found **\n\nYour message wasn't delivered to j.harlow@example.net because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\nThe email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7ea7b3d6c5bsi1234567a12.301 - gsmtp\n",
      [['j.harlow@example.net', 'failed', 'unknown-user']],
    ],
    [
      'TELEFON NOTU - 11:05 - Arayan: Nurcan Hanım (Example Eczane Deposu)\n- "mail geri döndü" diyor, mesajı silmiş\n- hata kodu "5.4.1 gibi bir şeydi, access denied yazıyordu" diyor\n- hangi adrese attığını hatırlamıyor, "yeni bir firmaydı, kartvizitten yazdım"\n- gönderen: nurcan@eczanedeposu.example (365 kullanıyor)\n- diğer mailleri sorunsuz gidiyor\n- yapılacak: Gönderilmiş Öğeler\'den adresi bulup yazım kontrolü yapacak, bounce gelirse iletecek\n',
      [[null, 'failed', 'unknown-user']],
    ],
    [
      'Hallo,\nich habe an einen neuen Lieferanten geschrieben und diese Antwort bekommen. Ist das Spam oder Phishing? Soll ich da draufklicken? Meine Mail ist anscheinend nicht angekommen.\n\nGruß, Uwe Brenner\nEinkauf\n\n---\nVon: verify@antispam-service.example im Auftrag von vertrieb@lieferant-nord.example\nAn: u.brenner@example.com\nBetreff: [Bestätigung erforderlich] Ihre Nachricht an vertrieb@lieferant-nord.example\n\nHallo,\n\nich verwende einen Spamschutz, der Nachrichten von unbekannten Absendern zurückhält. Ihre Nachricht "Anfrage Stahlprofile" wurde zurückgehalten und wird zugestellt, sobald Sie bestätigen, dass Sie ein Mensch sind.\n\nBitte klicken Sie auf den folgenden Link, um Ihre Nachricht freizugeben:\nhttps://antispam-service.example/verify?id=Xk29fQ71\n\nDies müssen Sie nur einmal tun. Unbestätigte Nachrichten werden nach 7 Tagen gelöscht.\n---\n',
      [['vertrieb@lieferant-nord.example', null, 'challenge']],
    ],
  ])('reads %s', (text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it.each([
    [
      "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<bob@example.net>: TLS is required, but was not offered by host\n    mx.example.net[203.0.113.7]\n",
      'failed',
    ],
    [
      'Dec  1 10:00:01 mail postfix/smtp[1234]: 4ABC123: to=<bob@example.net>, relay=mx.example.net[203.0.113.7]:25, delay=1.2, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mx.example.net[203.0.113.7])\n',
      'delayed',
    ],
  ])(
    "reads a receiving server that offered no STARTTLS as the recipient's side or the TLS policy: %s",
    (text, action) => {
      const [r] = analyzeBounceReport(text).recipients
      expect([r?.recipient, r?.action, r?.reason]).toEqual(['bob@example.net', action, 'tls-required'])
      expect(r && reasonTextKey(r, 'whoActs')).toBe('reason.tls-required.whoActsReceiverTls')
    },
  )

  it("keeps the sender's TLS texts where the receiving server demands STARTTLS, or a program found none", () => {
    const demanded = analyzeBounceReport(
      'Remote Server returned: 451 5.7.3 STARTTLS is required to send mail [AM0PR02MB.eurprd02.prod.outlook.com]\n\nbob@example.net\n',
    ).recipients[0]
    const program = analyzeBounceReport(
      'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.\n',
    ).recipients[0]
    expect(demanded && reasonTextKey(demanded, 'whoActs')).toBe('reason.tls-required.whoActs')
    expect(program && reasonTextKey(program, 'whoActs')).toBe('reason.tls-required.whoActsNotSent')
  })
})
