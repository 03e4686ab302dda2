// Fact review 43: a forwarded bounce's header block in any language (or with a narrow no-break space
// before its colons) is the bounce's, so its addressee is not the failed recipient; a list of
// recipients gives way to the ones the reply names, and a refused sender fails them all; Exim's main
// log is read one line per recipient; Microsoft's 5.7.501–503 are the sending account's ban; Gmail's
// "Send mail as" login is the sender's own settings; Postmark's SpamNotification was delivered; a
// label glued to an address by a full-width colon is not part of it.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

const GMAIL_FAILURE = '550 5.1.1 The email account that you tried to reach does not exist.'

describe('fact review 43', () => {
  it.each([
    `Από: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nΣτάλθηκε: Δευτέρα, 3 Φεβρουαρίου 2025 10:12 πμ\nΠρος: Μαρία <maria@contoso.gr>\nΘέμα: Delivery Status Notification (Failure)\n\nAddress not found: bob@example.net\n\n${GMAIL_FAILURE}`,
    `Αποστολέας: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nΠαραλήπτης: Μαρία <maria@contoso.gr>\n\nAddress not found: bob@example.net\n\n${GMAIL_FAILURE}`,
    `De\u202f: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nEnvoyé\u202f: mardi 4 février 2025 09:01\nÀ\u202f: Alice Durand <alice@contoso.fr>\nObjet\u202f: Delivery Status Notification (Failure)\n\n** Adresse introuvable **\n\nVotre message n'a pas pu être distribué à bob@example.net, car l'adresse est introuvable.\n\n${GMAIL_FAILURE}`,
  ])('names the bounced recipient under a forwarded header block: %s', (text) => {
    expect(headline(text)).toMatchObject({
      recipient: 'bob@example.net',
      action: 'failed',
      reason: 'unknown-user',
    })
  })

  it("reads Outlook's Polish 'Wysłano:' block above a delay notice", () => {
    const text =
      'Od: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nWysłano: poniedziałek, 3 lutego 2025 10:12\nDo: alicja@contoso.pl\nTemat: Delivery Status Notification (Delay)\n\nWystąpił tymczasowy problem z dostarczeniem wiadomości do bob@example.net. Gmail będzie ponawiać próby przez 47 godzin.\n\n421 4.7.0 Try again later, closing connection.'
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', action: 'delayed' })
  })

  it.each([
    'RCPT TO:<carol@fabrikam.com> 550 5.1.1 no such user',
    'The mail server replied: 550 5.1.1 Requested action not taken: mailbox unavailable (carol@fabrikam.com)',
    '550 5.1.1 carol@fabrikam.com: Recipient address rejected: User unknown',
    '550 5.1.1 Recipient address rejected: carol@fabrikam.com',
    'Error for carol@fabrikam.com: 550 5.1.1 User unknown',
    '550 5.1.1 "carol@fabrikam.com": user unknown',
    '550 5.1.1 User unknown: carol@fabrikam.com',
  ])('names the listed recipient the reply names: %s', (reply) => {
    const all = byRecipient(`Recipients: bob@example.net, carol@fabrikam.com\n${reply}`)
    expect(Object.keys(all)).toEqual(['carol@fabrikam.com'])
    expect(all['carol@fabrikam.com']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
  })

  it('keeps a recipient the server accepted out of the refusal', () => {
    const text =
      'Recipients: bob@example.net, carol@fabrikam.com\n250 2.1.5 <carol@fabrikam.com>... Recipient ok\n550 5.1.1 <bob@example.net>... User unknown'
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net'])
  })

  it.each([
    'MAIL FROM:<alice@contoso.com> rejected: 550 5.7.1 <alice@contoso.com>... Sender blocked',
    'MAIL FROM:<alice@contoso.com> rejected: 550 5.7.1 Sender blocked',
    '550 5.1.0 <alice@contoso.com> sender rejected',
  ])('fails every listed recipient when the sender was refused: %s', (reply) => {
    const all = byRecipient(`Recipients: bob@example.net, carol@fabrikam.com\n${reply}`)
    expect(Object.keys(all).sort()).toEqual(['bob@example.net', 'carol@fabrikam.com'])
    expect(all['alice@contoso.com']).toBeUndefined()
  })

  it("reads Exim's main log one line per recipient", () => {
    const text = [
      '2025-02-03 10:12:44 1tAbCd-000123-4X == carol@fabrikam.com R=dnslookup T=remote_smtp defer (-44) H=mx.fabrikam.com [192.0.2.2]: SMTP error from remote mail server after RCPT TO:<carol@fabrikam.com>: 451 4.7.1 Greylisted',
      '2025-02-03 10:12:44 1tAbCd-000123-4X ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 User unknown',
      '2025-02-03 10:12:45 1tAbCd-000123-4X => dave@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.3] C="250 2.0.0 Ok: queued as 123"',
    ].join('\n')
    const all = byRecipient(text)
    expect(all['bob@example.net']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
    expect(all['carol@fabrikam.com']).toMatchObject({ action: 'delayed', reason: 'greylisted' })
    expect(all['dave@example.org']).toMatchObject({ action: 'delivered' })
  })

  it.each([
    "Remote Server returned '550 5.7.502 Access denied, banned sender'",
    "Remote Server returned '550 5.7.501 Access denied, spam abuse detected'",
    "Remote Server returned '550 5.7.503 Access denied, banned sender'",
  ])("reads Microsoft's 5.7.501–503 as the sending account's ban: %s", (text) => {
    expect(headline(text)?.reason).toBe('sender-account')
  })

  it("sends Gmail's 'Send mail as' login failure to the sender's Gmail settings", () => {
    const text =
      "Message not delivered\n\nYou're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.\n\nThe response from the remote server was:\n535 5.7.8 Error: authentication failed: authentication failure"
    expect(headline(text)).toMatchObject({ reason: 'login-failed', sendMailAs: true })
    expect(shown(text, 'whoActs')).toMatch(/Send mail as/)
    expect(shown(text, 'advice')).not.toMatch(/smtp_sasl_password_maps/)
  })

  it("reads Postmark's SpamNotification as delivered, then complained of", () => {
    const text =
      '{"RecordType":"Bounce","Type":"SpamNotification","TypeCode":512,"Description":"The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.","Email":"bob@example.net"}'
    expect(headline(text)).toMatchObject({
      recipient: 'bob@example.net',
      action: 'delivered',
      reason: 'complaint',
    })
  })

  it.each([
    [
      '您好，您发送的邮件被退回，以下是退信原因：\n收件人：bob@qq.com\n退信原因：收件人邮箱地址不存在。\n服务器返回：550 Mailbox not found or access denied',
      'bob@qq.com',
    ],
    ['받는 사람：bob@naver.com\n550 5.1.1 User unknown', 'bob@naver.com'],
    ['Recipient：bob@example.net\n550 5.1.1 User unknown', 'bob@example.net'],
  ])('keeps a full-width label out of the address: %s', (text, recipient) => {
    expect(headline(text)?.recipient).toBe(recipient)
  })

  it('says a relayed DSN confirms no delivery to the mailbox', () => {
    const text =
      'Reporting-MTA: dns; mx.contoso.com\n\nFinal-Recipient: rfc822; bob@example.net\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns; gw.example.net'
    expect(headline(text)).toMatchObject({ action: 'relayed', reason: 'delivered' })
    expect(shown(text, 'title')).toBe('Passed on, not a bounce')
    expect(shown(text, 'explanation')).toMatch(/does not show that the message reached/)
  })

  it('explains X.1.6 as a moved mailbox, not an address that never existed', () => {
    expect(shown('550 5.1.6 Recipient addr has moved', 'explanation')).toMatch(/no longer at this address/)
  })

  it("reads Postfix's 'Host not found, try again' as a DNS lookup failed for now, still retried", () => {
    const text =
      'Feb  3 10:12:44 mx postfix/smtp[4321]: 4ABC: to=<bob@example.net>, relay=none, delay=0.1, delays=0/0/0.1/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again)'
    expect(headline(text)).toMatchObject({ action: 'delayed', reason: 'host-not-found' })
    expect(shown(text, 'title')).toBe("Recipient domain's DNS did not answer")
  })
})
