// Fact review 97: a reply that quotes its cause with "Error:" is explained by the quoted reply
// (Microsoft 365's 530 5.7.57 around 535 5.7.139); a typed list the writer says shares the one error
// below it; a closed incident in a handover's paragraph ("KAPANDI, işlem gerekmiyor") is not today's.
import { describe, expect, it } from 'vitest'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 97', () => {
  it('shows the server’s words without the report’s label in front of them', () => {
    const [r] = analyzeBounceReport(
      'Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n',
    ).recipients
    expect(r?.diagnostic).toBe('552 5.2.2 Mailbox full')
    expect(
      analyzeBounceReport('Recipient: bob@example.net\nReason: 550 5.1.1 User unknown\n').recipients[0]
        ?.diagnostic,
    ).toBe('550 5.1.1 User unknown')
  })

  it('names a missing reverse DNS record as the cause, not a blocklist', () => {
    const key = (text: string) => analyzeBounceReport(text).recipients.map((r) => reasonTextKey(r, 'title'))
    expect(
      key(
        '<bob@example.net>: host mx.example.net[192.0.2.1] said: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5] (in reply to RCPT TO command)\n',
      ),
    ).toEqual(['reason.blocked.titleReverseDns'])
    expect(
      key(
        '<bob@example.net>: host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n',
      ),
    ).toEqual(['reason.blocked.title'])
  })

  it('says a receiving server answering X.3.2 is not taking mail for now, its own side if it lasts', () => {
    const [r] = analyzeBounceReport(
      '<bob@example.net>: host mx.example.net[192.0.2.1] said: 421 4.3.2 Service shutting down, closing transmission channel (in reply to RCPT TO command)\n',
    ).recipients
    expect([r?.action, r && reasonTextKey(r, 'whoActs')]).toEqual([
      'delayed',
      'reason.deferred.whoActsNotAccepting',
    ])
  })

  it('reads a message trace pasted into a mail to the help desk as the delivery it records', () => {
    expect(read(TRACE_IN_A_MAIL)).toEqual([['m.weber@example.net', 'delivered', 'delivered']])
  })

  it('reads Postfix’s status=sent to a relay’s submission port as handed on, not delivered', () => {
    const [handed] = analyzeBounceReport(SENT_TO_PROVIDER).recipients
    expect([handed?.recipient, handed?.action]).toEqual(['sam.ortiz@example.net', 'relayed'])
    expect(handed && reasonTextKey(handed, 'whoActs')).toBe('reason.delivered.whoActsHandover')
  })

  it('reads today’s failure the writer pastes above an old one quoted below, and the writer’s word that the address is right', () => {
    const [today, ...rest] = analyzeBounceReport(OLD_ONE_QUOTED).recipients
    expect([today?.recipient, today?.enhanced, rest.length]).toEqual([
      'paula.schmidt@example.net',
      '5.4.1',
      0,
    ])
    expect(today && reasonTextKey(today, 'whoActs')).toBe('reason.unknown-user.whoActsConfirmed')
    expect(read(TODAY_ABOVE_QUOTE).map(([recipient]) => recipient)).toEqual([
      'j.old@example.net',
      'j.new@example.net',
    ])
  })

  it('reads a chat’s “that one went through” as the answer to the address asked about', () => {
    expect(read(CHAT_ASKED)).toEqual([
      ['a@example.org', 'failed', 'unknown-user'],
      ['b@example.org', 'delivered', 'delivered'],
    ])
  })

  it('reads a resend to the corrected address, told above the quoted notice, as delivered there', () => {
    expect(read(CORRECTED_ABOVE_TR)).toEqual([
      ['selin.ak@example.com.tr', 'failed', 'unknown-user'],
      ['selin.ak@example.net', 'delivered', 'delivered'],
    ])
    const [, delivered] = analyzeBounceReport(CORRECTED_ABOVE_TR).recipients
    expect(delivered?.vendorUse).toBeNull()
  })

  it('asks whoever runs a forwarding the writer tells in words to fix it, not the sender’s domain', () => {
    const forwarded = (text: string) =>
      analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.forwarded])
    expect(forwarded(FORWARDED_IN_WORDS)).toEqual([['patron@example.net', true]])
    expect(
      forwarded(
        'destek@example.org adresini patron@example.net adresine yönlendiriyoruz. Gelen hata:\n<patron@example.net>: host mx.example.net said: 550 5.7.26 Unauthenticated email is not accepted due to domain’s DMARC policy\n',
      ),
    ).toEqual([['patron@example.net', true]])
    expect(forwarded(FORWARDED_THE_BOUNCE)).toEqual([['patron@example.net', false]])
  })

  it('reads the tenant’s 535 5.7.139 quoted inside a 530 5.7.57 as the cause: the administrator acts', () => {
    const [phone] = analyzeBounceReport(TENANT_AUTH_OFF).recipients
    expect([phone?.reply, phone?.enhanced]).toEqual(['535', '5.7.139'])
    expect(phone && reasonTextKey(phone, 'whoActs')).toBe('reason.login-method.whoActsTenantPolicy')
  })

  it('gives the one error below to every address of a list the writer says it is the same for', () => {
    expect(read(SAME_FOR_ALL_TR)).toEqual([
      ['pazarlama@example.org', 'failed', 'blocked'],
      ['lojistik@example.org', 'failed', 'blocked'],
      ['arge@example.org', 'failed', 'blocked'],
    ])
    expect(
      read(
        'Mail to a@example.net and b@example.net bounced:\n\n550 5.7.1 Client host [203.0.113.8] blocked using bl.spamcop.net\n',
      ),
    ).toEqual([
      ['a@example.net', 'failed', 'blocked'],
      ['b@example.net', 'failed', 'blocked'],
    ])
  })

  it('keeps a list’s own sentence apart when it names another address that bounced', () => {
    expect(read(ONE_OF_THREE)).toEqual([['billing@example.net', 'failed', 'spam-content']])
  })

  it('leaves out a handover’s closed incident and reads today’s', () => {
    expect(read(HANDOVER_CLOSED)).toEqual([['ops@example.com.tr', 'delayed', 'greylisted']])
    expect(
      read(
        'Two weeks ago mail to kim@example.org bounced with "550 5.7.1 blocked using bl.spamcop.net".\nWe got the IP delisted; resolved, no action needed.\n',
      ),
    ).toEqual([])
  })

  it('still reads a failure told in the past when the paragraph has today’s too', () => {
    expect(read(SETTLED_THEN_TODAY)).toEqual([['a@example.net', 'delayed', 'mailbox-full']])
  })
})

const TENANT_AUTH_OFF =
  'Outlook mobil uygulamasından gönderemiyorum, taslaklarda kalıyor. Hata:\n\n530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\n'

const SAME_FOR_ALL_TR =
  'Merhaba,\nİki gündür example.org’daki adreslere (pazarlama@example.org, lojistik@example.org, arge@example.org) giden her mail aynı hatayla geri geliyor.\n\nHata metni:\n    Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.40] blocked using zen.spamhaus.org\n\nNe yapmalıyız?\n'

const ONE_OF_THREE =
  'Emails to sales@example.net and support@example.net arrive fine, but anything we send to billing@example.net bounces with:\n\n550 5.7.1 Message rejected due to content restrictions\n'

const HANDOVER_CLOSED =
  'DEVİR NOTU\n\n1) ESKİ OLAY (geçen perşembe): fatura@example.com.tr adresine giden postalar\n   "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using bl.spamcop.net"\n   ile dönüyordu. IP listeden çıktı. KAPANDI, işlem gerekmiyor.\n\n2) Sabah 07:12’de ops@example.com.tr için kuyrukta bekleyen ileti:\n   status=deferred (host mx.example.com.tr[192.0.2.15] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command))\n'

const SETTLED_THEN_TODAY =
  'Geçen ay aynı adres 550 5.1.1 vermişti ama o çözüldü.\nBugün ise:\n<a@example.net>: host mx.example.net[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n'

const CHAT_ASKED =
  '<a@example.org>: host mx.example.org said: 550 5.1.1 <a@example.org>: User unknown\n\nSam  9:14 AM\nand b@example.org? same campaign\n\nLee  9:15 AM\nthat one went through, they answered already\n'

const CORRECTED_ABOVE_TR =
  'Merhaba,\nAdresi yanlış yazmışım, doğrusu selin.ak@example.net imiş. Düzeltip tekrar gönderdim, Selin Hanım "aldım" dedi. Kayıt için iletiyorum.\n\n> İleti şu alıcılara teslim edilemedi:\n> selin.ak@example.com.tr\n> Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient selin.ak@example.com.tr not found by SMTP address lookup\'\n'

const FORWARDED_IN_WORDS =
  'We forward sales@example.org to the director’s own mailbox patron@example.net. A customer sent us this bounce:\n\n<patron@example.net>: host mx.example.net said: 550 5.7.26 This mail has been blocked because the sender is unauthenticated. SPF [example.com.tr] with ip: [203.0.113.77] = did not pass\n\n203.0.113.77 is our own relay.\n'

const FORWARDED_THE_BOUNCE =
  'I forwarded the bounce to our IT team, they said to ask you.\n\n<patron@example.net>: host mx.example.net said: 550 5.7.26 Unauthenticated email is not accepted due to domain’s DMARC policy\n'

const TRACE_IN_A_MAIL =
  'From: Ayla Demir <a.demir@example.org>\nTo: Helpdesk <helpdesk@example.org>\nSubject: Customer says the quote never arrived\n\nHi, the customer (m.weber@example.net) says nothing came. From the message trace:\n\nSender: a.demir@example.org\nRecipient: m.weber@example.net\nStatus: Delivered\n\n12/1/2026 9:02 AM  Send  Message was sent to mx.example.net\n                    250 2.6.0 <DB8PR01MB1234AB@DB8PR01MB1234.eurprd01.prod.outlook.com> [InternalId=55] Queued mail for delivery\n'

const SENT_TO_PROVIDER =
  'Dec  1 10:04:12 web01 postfix/smtp[812]: 3C1A2B0D9: to=<sam.ortiz@example.net>, relay=smtp.provider.example.com[192.0.2.77]:587, delay=0.6, delays=0.01/0/0.3/0.29, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7Hq2LmP0aZ)\n'

const OLD_ONE_QUOTED =
  "Sorry, I pasted the wrong bounce earlier. The one quoted below is from March, when I still had her old address (paula.s@example.net). Today I sent to her correct address paula.schmidt@example.net and got:\n\n  Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'\n\n> Delivery has failed to these recipients or groups:\n> paula.s@example.net\n> Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"

const TODAY_ABOVE_QUOTE =
  "Sent to j.new@example.net this morning, the reply was:\n\n  550 5.7.1 Message rejected due to content restrictions\n\n> Delivery has failed to these recipients or groups:\n> j.old@example.net\n> Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"
