// Fact review 80: a delay notice's own word that it is no failure (OpenSMTPD's "only a temporary
// failure report", Exchange's Turkish "GECİKME BİLDİRİMİ, BU BİR HATA DEĞİLDİR") outranks the expiry
// time it gives; a dashboard row whose address fills its column keeps its status.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 80', () => {
  it.each([
    [
      "OpenSMTPD's delay notice, only a temporary failure report",
      'Received: from localhost (mail.example.net [local])\n\tby mail.example.net (OpenSMTPD) with ESMTPA id 7b1c9d2e\n\tfor <ops@example.net>;\n\tSat, 5 Apr 2025 22:14:06 +0000 (UTC)\nDate: Sat, 5 Apr 2025 22:14:06 +0000 (UTC)\nFrom: MAILER-DAEMON@mail.example.net\nTo: ops@example.net\nSubject: Delivery status notification: delayed\nMessage-ID: <3a90f1e2c8b04d2a@mail.example.net>\nMIME-Version: 1.0\nContent-Type: multipart/mixed;boundary="16742038846.1a8e.mail.example.net"\nContent-Language: en-US\n\nThis is a MIME-encapsulated message.\n\n--16742038846.1a8e.mail.example.net\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\nHi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\nalerts@monitoring.example: Network error on destination MXs\n\nPlease note that this is only a temporary failure report.\nThe message is kept in the queue for up to 4 days.\nYou DO NOT NEED to re-send the message to these recipients.\n\nBelow is a copy of the original message:\n\n--16742038846.1a8e.mail.example.net\nContent-Description: Message headers\nContent-Type: text/rfc822-headers\n\nReceived: from localhost (localhost [127.0.0.1])\n\tby mail.example.net (OpenSMTPD) with ESMTP id 0f1e2d3c\n\tfor <alerts@monitoring.example>;\n\tSat, 5 Apr 2025 18:13:59 +0000 (UTC)\nFrom: cron@example.net\nTo: alerts@monitoring.example\nSubject: [backup01] nightly job FAILED: exit 1 (rsync: connection timed out)\nDate: Sat, 5 Apr 2025 18:13:59 +0000 (UTC)\n\n--16742038846.1a8e.mail.example.net--\n',
      [['alerts@monitoring.example', 'delayed', 'network']],
    ],
    [
      "Exchange's Turkish delay notice",
      'Kimden: postmaster@holding.example\nGönderildi: 19 Mart 2025 Çarşamba 17:52\nKime: Yılmaz, Emre\nKonu: Teslim Edilmesi Geciken İleti: Mart ayı hakediş raporu\n\nBu, otomatik olarak oluşturulan bir teslim durumu bildirimidir.\n\nGECİKME BİLDİRİMİ, BU BİR HATA DEĞİLDİR.\n\nİletiniz henüz aşağıdaki alıcılara teslim edilemedi. Teslim girişimleri devam edecektir. Herhangi bir işlem yapmanıza gerek yoktur.\n\n       ayse.kaya@santiye-ortak.example\n\nKonu: Mart ayı hakediş raporu\nGönderilme tarihi: 19.03.2025 13:50\n\nSunucu şu hatayla yanıt verdi: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.150:25\n\nTanılama bilgileri:\nOluşturan sunucu: EXCH16-02.holding.example\nSon deneme: 19.03.2025 17:51:44\nSona erme zamanı: 21.03.2025 13:50:12\n',
      [['ayse.kaya@santiye-ortak.example', 'delayed', 'network']],
    ],
    [
      'a Mailchimp table whose address fills its column',
      'Oi Rafa, segue o relatório da campanha "Promo Outono" que copiei do Mailchimp. Deu bastante bounce, preciso limpar a lista ou o Mailchimp faz isso sozinho?\n\nPromo Outono\nRegular · Lista: Clientes Loja\nDelivered: Sun, Mar 10, 2024 9:00 am\n1.204 Recipients\n\nOpens 31,2%   Clicks 4,1%   Bounced 1,3%   Unsubscribed 0,2%\n\nBounces\nHard bounces  3        Soft bounces  2\n\nEmail Address                   Bounce Type   Date                 Reason\njoao.pereira@loja.example       Hard          Mar 10 9:02 am       550 5.1.1 The email account that you tried to reach does not exist.\ncontato@padaria.example         Hard          Mar 10 9:02 am       550 5.1.1 <contato@padaria.example>: Recipient address rejected: User unknown in local recipient table\nvendas@antiga-empresa.example   Hard          Mar 10 9:03 am       Host or domain name not found. Name service error for name=antiga-empresa.example type=MX: Host not found\nbeatriz.lima@escritorio.example Soft          Mar 10 9:02 am       452 4.2.2 The email account that you tried to reach is over quota.\nmarcos@oficina.example          Soft          Mar 10 9:04 am       421 4.7.0 Try again later, closed connection.\n\nAbs,\nJúlia — Marketing\n',
      [
        ['joao.pereira@loja.example', 'failed', 'unknown-user'],
        ['contato@padaria.example', 'failed', 'unknown-user'],
        ['vendas@antiga-empresa.example', 'failed', 'host-not-found'],
        ['beatriz.lima@escritorio.example', 'delayed', 'mailbox-full'],
        ['marcos@oficina.example', 'delayed', 'network'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
