// Fact review 44: a forwarded bounce below a note or a "Forwarded message" line names its bounced
// recipient; of a list of recipients only those a refusal names are refused (not a signature's or a
// quote's), each with its own reply, and an accepted one never; a program's error listing several
// refused recipients (smtplib, PHPMailer) gives each its own; PHPMailer's refused From address is
// the sender; Gmail's "Send mail as" in Spanish; Exim's "rejected RCPT" lines one by one.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, reasonsByRecipient, shown } from '../helpers/bounce-shown'

const LIST = 'Recipients: bob@example.net, carol@fabrikam.com'

describe('fact review 44', () => {
  it.each([
    'Hi support, any idea? Alice\n\nOd: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nWysłano: poniedziałek, 3 lutego 2025 10:12\nDo: alicja@contoso.pl\nTemat: Delivery Status Notification (Delay)\n\nWystąpił tymczasowy problem z dostarczeniem wiadomości do bob@example.net. Gmail będzie ponawiać próby przez 47 godzin.\n\n421 4.7.0 Try again later, closing connection.',
    '---------- Προωθημένο μήνυμα ---------\nΑπό: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Δευ, 3 Φεβ 2025 στις 10:12 π.μ.\nSubject: Delivery Status Notification (Failure)\nTo: <maria@contoso.gr>\n\n\nΗ διεύθυνση δεν βρέθηκε\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση bob@example.net, επειδή δεν βρέθηκε η διεύθυνση.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.',
  ])('names the bounced recipient of a bounce forwarded below a note: %s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it.each([
    `${LIST}\nMAIL FROM:<alice@contoso.com> rejected: 550 5.7.1 Sender blocked\n\n--\nAlice Smith | Sales | alice@contoso.com | For support write to bob@example.net`,
    `${LIST}\n550 5.7.1 Sender blocked\n\nSent from my iPhone\n> On 3 Feb 2025, at 10:12, Bob <bob@example.net> wrote:\n> See you then`,
    `${LIST}\n554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org\nYour message to bob@example.net was not delivered.`,
    `${LIST}\n550 5.7.1 Message rejected as spam by Content Filtering. Contact bob@example.net's admin if you think this is wrong.`,
  ])('fails every listed recipient when a refusal names none of them: %s', (text) => {
    expect(Object.keys(byRecipient(text)).sort()).toEqual(['bob@example.net', 'carol@fabrikam.com'])
  })

  it.each([
    [
      'Recipients: bob@example.net, carol@fabrikam.com, dave@contoso.org\nRCPT TO:<bob@example.net> 550 5.1.1 No such user\nRCPT TO:<carol@fabrikam.com> 250 2.1.5 Ok\nRCPT TO:<dave@contoso.org> 552 5.2.2 Mailbox full',
      { 'bob@example.net': 'unknown-user', 'dave@contoso.org': 'mailbox-full' },
    ],
    [
      `${LIST}\n550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n451 4.7.1 <carol@fabrikam.com>: Recipient address rejected: Greylisted`,
      { 'bob@example.net': 'unknown-user', 'carol@fabrikam.com': 'greylisted' },
    ],
    [
      "Traceback (most recent call last):\n  File \"/app/send.py\", line 22, in <module>\nsmtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown'), 'dave@contoso.org': (554, b'5.7.1 <dave@contoso.org>: Relay access denied')}",
      { 'bob@example.net': 'unknown-user', 'dave@contoso.org': 'relay-denied' },
    ],
    [
      'SMTP Error: The following recipients failed: bob@example.net: <bob@example.net>: Recipient address rejected: User unknown in local recipient tablecarol@fabrikam.com: <carol@fabrikam.com>: Recipient address rejected: Mailbox full',
      { 'bob@example.net': 'unknown-user', 'carol@fabrikam.com': 'mailbox-full' },
    ],
    [
      'PHPMailer SMTP Error: The following recipients failed: bob@example.net: Recipient address rejected: User unknown\ncarol@fabrikam.com: Mailbox full',
      { 'bob@example.net': 'unknown-user', 'carol@fabrikam.com': 'mailbox-full' },
    ],
  ])('gives each refused recipient its own reply: %s', (text, reasons) => {
    expect(reasonsByRecipient(text)).toEqual(reasons)
  })

  it.each([
    '2025-02-03 10:12:00 CLIENT -> SERVER: RCPT TO:<bob@example.net>\n2025-02-03 10:12:00 SERVER -> CLIENT: 250 2.1.5 Ok\n2025-02-03 10:12:00 CLIENT -> SERVER: RCPT TO:<carol@fabrikam.com>\n2025-02-03 10:12:00 SERVER -> CLIENT: 550 5.1.1 User unknown',
    "send: 'rcpt TO:<bob@example.net>\\r\\n'\nreply: b'250 2.1.5 Ok\\r\\n'\nsend: 'rcpt TO:<carol@fabrikam.com>\\r\\n'\nreply: b'550 5.1.1 User unknown\\r\\n'",
    `${LIST}\n>>> RCPT TO:<bob@example.net>\n<<< 250 2.1.5 Ok\n>>> RCPT TO:<carol@fabrikam.com>\n<<< 550 5.1.1 User unknown`,
  ])('never names a recipient the server accepted: %s', (text) => {
    expect(Object.keys(byRecipient(text))).toEqual(['carol@fabrikam.com'])
  })

  it.each([
    'SMTP Error: The following from address failed: alice@contoso.com : MAIL FROM command failed,Sender address rejected: not logged in,550,5.7.1',
    'Message could not be sent. Mailer Error: The following From address failed: alice@contoso.com : MAIL FROM command failed,5.7.1 Sender address rejected: Access denied,550,5.7.1',
  ])("never names PHPMailer's refused From address as the recipient: %s", (text) => {
    expect(headline(text)?.recipient).toBeNull()
    expect(headline(text)?.reason).not.toBe('system-error')
  })

  it('names the address a logged error names, whatever level field it has', () => {
    const text =
      '{"level":"error","time":"2025-02-03T10:12:00Z","email":"alice@contoso.com","error":"550 5.1.1 The email account that you tried to reach does not exist (bob@example.net)"}'
    expect(headline(text)?.recipient).toBe('bob@example.net')
  })

  it("sends Gmail's Spanish 'Enviar como' login failure to the sender's settings", () => {
    const text =
      'Estás enviando este mensaje desde otra dirección o alias con la función "Enviar como". La configuración de tu cuenta "Enviar como" no es correcta o está desactualizada.\n\nLa respuesta del servidor remoto fue:\n535 5.7.8 Error: authentication failed'
    expect(headline(text)?.sendMailAs).toBe(true)
    expect(shown(text, 'whoActs')).toMatch(/Send mail as/)
  })

  it("reads Exim's 'rejected RCPT' log lines one by one", () => {
    const all = byRecipient(
      '2025-02-03 10:12:01 1tezRk-00045X-Ab H=mail.contoso.com [192.0.2.10] F=<alice@contoso.com> rejected RCPT <bob@example.net>: Unknown user\n2025-02-03 10:12:02 1tezRl-00045X-Ab H=mail.contoso.com [192.0.2.10] F=<alice@contoso.com> rejected RCPT <carol@example.net>: relay not permitted',
    )
    expect(all['bob@example.net']?.reason).toBe('unknown-user')
    expect(all['carol@example.net']?.reason).toBe('relay-denied')
  })

  it("reads Brevo's blocked event as the account's own suppression", () => {
    const text = '{"event":"blocked","email":"bob@example.net","reason":"blocked : due to blacklist user"}'
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', reason: 'suppressed' })
  })
})
