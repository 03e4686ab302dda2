// Fact review 41: a message trace under a note keeps its header's columns; a bounce list's entries
// (SendGrid, Mailgun) are read one by one; the reply that names its recipient outranks a list of
// recipients; a quoted CSV name holds its comma; Outlook's "Undeliverable:" in more languages.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 41', () => {
  it.each([
    "Here's what the message trace shows:\nReceived\tSender Address\tRecipient Address\tSubject\tStatus\n11/30/2026 10:00:01 AM\talice@contoso.com\tbob@fabrikam.com\tInvoice 4411\tFailed\nDetail: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    'Hi team, customer says her invoice to Bob never arrived. Trace export below.\nThanks, Jane\nDate,From,To,Subject,Status\n30/11/2026 10:00,Alice <alice@contoso.com>,Bob <bob@fabrikam.com>,Invoice,550 5.1.1 User unknown',
    'Date,From,To,Subject,Status\n30/11/2026 10:00,"Smith, Alice" <alice@contoso.com>,bob@fabrikam.com,Invoice,550 5.1.1 User unknown',
  ])("keeps a trace header's columns under a note: %s", (text) => {
    expect(headline(text)?.recipient).toBe('bob@fabrikam.com')
  })

  it.each([
    '[{"created":1764496800,"email":"bob@fabrikam.com","reason":"550 5.1.1 The email account that you tried to reach does not exist.","status":"5.1.1"},{"created":1764496900,"email":"carol@fabrikam.com","reason":"552 5.2.2 Mailbox full","status":"5.2.2"}]',
    '{"items":[{"address":"bob@fabrikam.com","code":"550","error":"5.1.1 The email account that you tried to reach does not exist.","created_at":"Mon, 30 Nov 2026 10:00:00 UTC"},{"address":"carol@fabrikam.com","code":"552","error":"5.2.2 Mailbox full","created_at":"Mon, 30 Nov 2026 10:01:00 UTC"}],"paging":{}}',
  ])("reads a bounce list's entries one by one: %s", (text) => {
    const all = byRecipient(text)
    expect(all['bob@fabrikam.com']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
    expect(all['carol@fabrikam.com']?.reason).toBe('mailbox-full')
  })

  it.each([
    '2026-11-30 10:00:00 ERROR Mail send failed, recipients: bob@fabrikam.com, carol@fabrikam.com: 550 5.1.1 <carol@fabrikam.com>: Recipient address rejected: User unknown',
    'Recipients: bob@fabrikam.com; carol@fabrikam.com\nError: 550 5.1.1 <carol@fabrikam.com>: Recipient address rejected: User unknown',
  ])('names the recipient the reply refuses, not the first listed: %s', (text) => {
    expect(headline(text)?.recipient).toBe('carol@fabrikam.com')
  })

  it.each(['配信不能: 見積もり', '배달되지 않음: 견적', 'Kézbesíthetetlen: Ajánlat', 'Olevererbart: Offert'])(
    "reads Outlook's localized Undeliverable %s as returned",
    (heading) => {
      const text = `${heading}\nbob@fabrikam.com\nRemote Server returned '452 4.2.2 The email account that you tried to reach is over quota.'`
      expect(headline(text)?.action).toBe('failed')
    },
  )
})

describe('guards of the review 41 fixes', () => {
  it('never names the sender of a verification probe, refused as a recipient by its own domain', () => {
    expect(
      headline(
        '450 4.1.7 <me@example.com>: Sender address rejected: unverified address: host mx.example.com[192.0.2.1] said: 550 5.1.1 <me@example.com>: Recipient address rejected: User unknown',
      ),
    ).toMatchObject({ reason: 'sender-domain', recipient: null })
  })
})

describe("Microsoft 365's delay notices in the same languages stay delays (review 42)", () => {
  it.each([
    "延迟传递: 发票 4411\n传递到这些收件人或组的过程被延迟:\nbob@fabrikam.cn\n此邮件尚未传递。将继续尝试传递。\n服务器将在接下来的 1 天 19 小时内继续尝试传递此邮件。如果到那时仍无法传递邮件，你将收到通知。\nRemote Server returned '451 4.4.0 DNS query failed'",
    "Задержка доставки: Счет 4411\nbob@fabrikam.ru\nСообщение пока не доставлено.\nRemote Server returned '452 4.2.2 The email account that you tried to reach is over quota.'",
    "배달 지연: 견적\nbob@fabrikam.kr\n이 메시지는 아직 배달되지 않았습니다. 전달할 수 없는 경우 알림을 받게 됩니다.\nRemote Server returned '451 4.4.0 DNS query failed'",
    "Viivästynyt: Tarjous\nbob@fabrikam.fi\nViestiä ei ole vielä toimitettu. Saat ilmoituksen, jos viestiä ei voida toimittaa.\nRemote Server returned '451 4.4.0 DNS query failed'",
  ])('%s', (text) => {
    expect(headline(text)?.action).toBe('delayed')
  })
})

describe("the reply that names its recipient, in Sendmail's and Microsoft's words (review 42)", () => {
  it.each([
    'Recipients: bob@fabrikam.com, carol@fabrikam.com\nError: 550 5.1.1 <carol@fabrikam.com>... User unknown',
    '2026-11-30 10:00:00 ERROR Mail send failed, recipients: bob@fabrikam.com, carol@fabrikam.com: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient carol@fabrikam.com not found by SMTP address lookup',
  ])('%s', (text) => {
    expect(headline(text)?.recipient).toBe('carol@fabrikam.com')
  })
})
