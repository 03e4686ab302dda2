// Fact review 42: a Gmail notice forwarded from Outlook in another language ("Para:", "À :") names
// the bounced recipient, not its addressee; a reply that opens with the address it refuses outranks
// a list of recipients, and a list with no such reply names every listed recipient; PowerShell's
// list of a tracking entry pairs each recipient with its own status.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

const GMAIL_ES =
  'No se ha encontrado la dirección\nTu mensaje no se ha entregado a bob@fabrikam.es porque no se ha encontrado la dirección o no puede recibir correo.\nLa respuesta del servidor remoto fue:\n550 5.1.1 The email account that you tried to reach does not exist.'

describe('fact review 42', () => {
  it.each([
    `De: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nEnviado el: lunes, 30 de noviembre de 2026 10:00\nPara: Alice <alice@contoso.es>\nAsunto: Delivery Status Notification (Failure)\n\n${GMAIL_ES}`,
    `De: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nEnviado el: lunes, 30 de noviembre de 2026 10:00\nTo: Alice <alice@contoso.es>\nAsunto: Delivery Status Notification (Failure)\n\n${GMAIL_ES}`,
    `Para: Alice <alice@contoso.es>\n\n${GMAIL_ES}`,
    "De : Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nEnvoyé : lundi 30 novembre 2026 10:00\nÀ : Alice <alice@contoso.es>\nObjet : Delivery Status Notification (Failure)\n\nAdresse introuvable\nVotre message n'a pas été distribué à bob@fabrikam.es, car l'adresse est introuvable.\nLa réponse du serveur distant était :\n550 5.1.1 The email account that you tried to reach does not exist.",
  ])('names the bounced recipient of a forwarded notice, not its addressee: %s', (text) => {
    expect(headline(text)).toMatchObject({
      recipient: 'bob@fabrikam.es',
      action: 'failed',
      reason: 'unknown-user',
    })
  })

  it('reads a forwarded French delay notice as a delay for its recipient', () => {
    const text =
      'De : Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nEnvoyé : lundi 30 novembre 2026 10:00\nÀ : Alice <alice@contoso.fr>\nObjet : Delivery Status Notification (Delay)\n\nRemise incomplète\nUn problème temporaire est survenu lors de la remise de votre message à bob@fabrikam.fr. Gmail effectuera de nouvelles tentatives pendant 47 heures.\nLa réponse du serveur distant était :\n451 4.3.0 Temporary system failure. Please try again later.'
    expect(headline(text)).toMatchObject({ recipient: 'bob@fabrikam.fr', action: 'delayed' })
  })

  it.each([
    [
      'Recipients: bob@fabrikam.com, carol@fabrikam.com\nError: 550 5.1.1 <carol@fabrikam.com>... User unknown',
      'unknown-user',
    ],
    [
      '2026-11-30 10:00:00 ERROR Mail send failed, recipients: bob@fabrikam.com, carol@fabrikam.com: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient carol@fabrikam.com not found by SMTP address lookup',
      'unknown-user',
    ],
    [
      'Recipients: bob@fabrikam.com; carol@fabrikam.com\nStatus: Failed\nReason: 552 5.2.2 <carol@fabrikam.com>: mailbox full',
      'mailbox-full',
    ],
  ])('names the recipient the reply opens with, not the first listed: %s', (text, reason) => {
    expect(headline(text)).toMatchObject({ recipient: 'carol@fabrikam.com', reason })
  })

  it.each([
    '553 5.1.8 <alice@contoso.com>... Domain of sender address alice@contoso.com does not exist',
    '>>> MAIL From:<alice@contoso.com>\n<<< 550 5.7.1 <alice@contoso.com>... Access denied',
  ])('never takes a refused sender for the recipient: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it('lists every listed recipient when the reply names none of them', () => {
    const all = byRecipient('Recipients: bob@fabrikam.com, carol@fabrikam.com\nError: 550 5.1.1 User unknown')
    expect(Object.keys(all).sort()).toEqual(['bob@fabrikam.com', 'carol@fabrikam.com'])
    expect(all['carol@fabrikam.com']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
  })

  it.each([
    'Timestamp       : 11/30/2026 10:00:01 AM\nEventId         : FAIL\nSource          : SMTP\nSender          : alice@contoso.com\nRecipients      : {bob@fabrikam.com, carol@fabrikam.com}\nRecipientStatus : {550 5.1.1 User unknown, 552 5.2.2 Mailbox full}\nMessageSubject  : Invoice 4411',
    'Timestamp       : 11/30/2026 10:00:01 AM\nEventId         : FAIL\nSender          : alice@contoso.com\nRecipients      : {bob@fabrikam.com}\nRecipientStatus : {550 5.1.1 User unknown}\nMessageSubject  : Invoice 4411\n\nTimestamp       : 11/30/2026 10:00:02 AM\nEventId         : FAIL\nSender          : alice@contoso.com\nRecipients      : {carol@fabrikam.com}\nRecipientStatus : {552 5.2.2 Mailbox full}\nMessageSubject  : Invoice 4411',
  ])("reads each recipient of PowerShell's tracking list with its own status: %s", (text) => {
    const all = byRecipient(text)
    expect(all['bob@fabrikam.com']).toMatchObject({ action: 'failed', reason: 'unknown-user' })
    expect(all['carol@fabrikam.com']).toMatchObject({ action: 'failed', reason: 'mailbox-full' })
    expect(all['alice@contoso.com']).toBeUndefined()
  })

  it.each([
    [
      '{"email":"alice@contoso.com","status":"failed","error":"550 5.1.1 The email account that you tried to reach does not exist (bob@fabrikam.com)"}',
      'failed',
    ],
    [
      '{"accepted":[],"rejected":["bob@fabrikam.com"],"envelope":{"from":"alice@contoso.com","to":["bob@fabrikam.com"]},"response":"550 5.1.1 <bob@fabrikam.com>: Recipient address rejected: User unknown","code":"EENVELOPE"}',
      'not-sent',
    ],
  ])("names the address an app's logged error names, not its user: %s", (text, action) => {
    expect(headline(text)).toMatchObject({ recipient: 'bob@fabrikam.com', action, reason: 'unknown-user' })
  })

  it("keeps a bounce list entry's own address when its reason names only a contact", () => {
    const text =
      '[{"email":"bob@fabrikam.com","reason":"550 5.1.1 No such user; please contact postmaster@fabrikam.com","status":"5.1.1"},{"email":"carol@fabrikam.com","reason":"550 5.1.1 No such user, contact support@fabrikam.com","status":"5.1.1"}]'
    expect(Object.keys(byRecipient(text)).sort()).toEqual(['bob@fabrikam.com', 'carol@fabrikam.com'])
  })

  it("names the recipient of Postfix's NOQUEUE reject of a sender", () => {
    const text =
      'Nov 30 10:00:00 mx1 postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.1.8 <alice@contoso.com>: Sender address rejected: Domain not found; from=<alice@contoso.com> to=<bob@fabrikam.com> proto=ESMTP helo=<contoso.com>'
    expect(headline(text)).toMatchObject({
      recipient: 'bob@fabrikam.com',
      action: 'delayed',
      reason: 'sender-domain',
    })
  })

  it("reads Postmark's API refusal as not sent", () => {
    const text =
      '{"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: bob@fabrikam.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}'
    expect(headline(text)).toMatchObject({
      recipient: 'bob@fabrikam.com',
      action: 'not-sent',
      reason: 'suppressed',
    })
  })
})
