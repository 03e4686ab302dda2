// Fact review 57: the recipient a text marks (a RCPT TO, "to=<…>", a field, a line with its reply)
// outranks a lone address line below the last reply; a list's entries have their replies below them,
// so a line after the last one is the writer's; a signature may hold a title, company and phone
// lines, a first name or a name in any script below a sign-off of any language; a greeting with a
// comma is no sign-off; a typed list of names and addresses lists them all. Outlook's own report of
// a send its server refused is no bounce: nothing was sent. Microsoft 365's "STOREDRV.Submission"
// quota is the sending mailbox's.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, recipients, shown } from '../helpers/bounce-shown'

describe('fact review 57', () => {
  it.each([
    [
      'Hallo,\nunser Log zeigt: to=<hans@kunde.example>, status=bounced (550 5.1.1 User unknown)\nGruß\nJana\njana@contoso.de',
      'hans@kunde.example',
    ],
    [
      'Hi, transcript:\n>>> MAIL FROM:<sam.lee@contoso.com>\n<<< 250 2.1.0 Ok\n>>> RCPT TO:<tanaka@client.example>\n<<< 550 5.1.1 User unknown\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Mar  4 10:00:00 mail postfix/smtp[1234]: 4F2A81C0: to=<tanaka@client.example>, relay=mx.client.example[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.client.example[203.0.113.5] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Hi,\nSendgrid shows this bounce:\nEmail: tanaka@client.example\nReason: 550 5.1.1 The email account that you tried to reach does not exist.\n山田 太郎\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Hi,\nMailchimp bounce for subscriber tanaka@client.example: 550 5.1.1 User unknown\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Hi,\nThe bounce says recipient tanaka@client.example, 550 5.1.1 User unknown\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Hallo,\nunser Log zeigt: to=<hans@kunde.example>, status=bounced (550 5.1.1 User unknown)\nJana\njana@contoso.de',
      'hans@kunde.example',
    ],
  ])('names the recipient the text marks, not the writer below it: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it.each([
    [
      "Delivery has failed to these recipients or groups:\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\nよろしくお願いいたします。\n山田 花子\nyamada.hanako@contoso.co.jp",
      'bob@partner.example',
    ],
    [
      "Delivery has failed to these recipients or groups:\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\nMarco Bianchi - IT Manager\nmarco@contoso.it",
      'bob@partner.example',
    ],
    [
      "Delivery has failed to these recipients or groups:\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n감사합니다.\n김민수\nminsu.kim@contoso.co.kr",
      'bob@partner.example',
    ],
    [
      'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  tanaka@client.example\n    host mx.client.example [203.0.113.5]\n    SMTP error from remote mail server after RCPT TO:<tanaka@client.example>:\n    550 5.1.1 User unknown\nよろしくお願いします。\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      "Delivery has failed to these recipients or groups:\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\nLG\nJana\njana@contoso.de",
      'bob@partner.example',
    ],
  ])('does not add the signer below a list whose entries have their replies: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it.each([
    'Hi,\nMails to our client bounce with 550 5.1.1 User unknown.\n\nMit freundlichen Grüßen\n\nJana Weber\nLeiterin IT-Service\nContoso GmbH\nMusterstraße 1, 80331 München\nTel. +49 89 1234567\nE-Mail: jana.weber@contoso.de',
    'Hi,\nAll mail to one customer bounces with 550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\nKind regards,\nSam Lee\nSenior Systems Engineer\nContoso Ltd.\n+1 206 555 0100\nsam.lee@contoso.com',
    'Bonjour,\nTous nos mails vers un client reviennent avec 550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\nCordialement,\n\nSophie Martin\nResponsable informatique\nContoso France SAS\nTél. : +33 1 23 45 67 89\nsophie.martin@contoso.fr',
    'Merhaba,\nMüşteriye giden mailler 550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org hatası ile dönüyor.\nSaygılar\nMehmet Demir\nBilgi İşlem\nmehmet.demir@firma.com.tr',
  ])('names no recipient when the only address is the writer’s, below a sign-off: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it.each([
    [
      'Subject: Error 550 5.1.1 User unknown\nHi team,\nplease check this customer\nbob@client.example',
      'bob@client.example',
    ],
    [
      "Subject: Error 550 5.1.1 User unknown\nHello,\nthe customer's address is\nbob.smith@client.example\nSam",
      'bob.smith@client.example',
    ],
    [
      'Error: 550 5.1.1 User unknown\nHi all,\nbob.smith@client.example\nkeeps coming back, any idea?',
      'bob.smith@client.example',
    ],
    [
      'Subject: 552 5.2.2 Mailbox full\nHallo zusammen,\nbitte prüfen\nhans.mueller@kunde.example\nDanke',
      'hans.mueller@kunde.example',
    ],
    [
      'Subject: 550 5.1.1 user unknown\nDear colleagues,\nthis one again\nbob.smith@client.example\nBest\nSam',
      'bob.smith@client.example',
    ],
    [
      'Hi,\nSending to our supplier fails with 550 5.7.1 Message rejected as spam.\nBest contact there\nsales@supplier.example',
      'sales@supplier.example',
    ],
    [
      'Hi,\n550 5.1.1 User unknown again.\nThe address the customer gave,\nbob.smith@gmail.com',
      'bob.smith@gmail.com',
    ],
    [
      'Hi,\nError: 550 5.1.1 User unknown\nPlease check the address below,\nbob@client.example\nSam',
      'bob@client.example',
    ],
  ])('names the address a greeting or a sentence introduces: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it('keeps the notice’s recipient alone above a signature with a label line', () => {
    expect(
      recipients(
        "Hi,\nDelivery has failed to these recipients or groups:\n\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nThanks in advance,\nMarco Bianchi\nMobile:\nmarco@contoso.it",
      ),
    ).toEqual(['bob@partner.example'])
  })

  it.each([
    'Hi,\nthese contacts all bounce with 550 5.1.1 User unknown:\nBob Miller - bob@acme.example\nCarol White - carol@acme.example\nDan Brown - dan@acme.example',
    'Hi,\nthese contacts all bounce with 550 5.1.1 User unknown:\nBob Miller <bob@acme.example>\nCarol White <carol@acme.example>\nDan Brown <dan@acme.example>\nThanks,\nSam',
    'Hi,\nthese bounce with 550 5.1.1 User unknown: bob@acme.example, carol@acme.example, dan@acme.example',
  ])('lists every entry of a typed list of names and addresses: %s', (text) => {
    expect(Object.keys(byRecipient(text))).toEqual([
      'bob@acme.example',
      'carol@acme.example',
      'dan@acme.example',
    ])
  })

  it('lists the addresses on the line after the reply, but not a line of addresses that lists others', () => {
    const listed =
      'Hi,\nthese contacts all bounce with 550 5.1.1 User unknown:\nbob@acme.example, carol@acme.example, dan@acme.example'
    expect(recipients(listed)).toEqual(['bob@acme.example', 'carol@acme.example', 'dan@acme.example'])
    const copied =
      "Hi,\nMail to bob@partner.example bounced with 550 5.1.1 User unknown.\nCc'd on the thread were:\ncarol@partner.example, dave@partner.example\nThanks"
    expect(recipients(copied)).toEqual(['bob@partner.example'])
  })

  it('reads Outlook’s own report of a refused send as not sent, the user’s own server refusing', () => {
    const result = headline(
      "Your message did not reach some or all of the intended recipients.\n\n      Subject:    Test\n      Sent: 20/03/2024 16:21\n\nThe following recipient(s) cannot be reached:\n\n      'friend@gmail.com' on 20/03/2024 16:21\n            Server error: '554 5.7.1 <friend@gmail.com>: Relay access denied'",
    )
    expect([result?.action, result?.reason, result?.recipient]).toEqual([
      'not-sent',
      'relay-denied',
      'friend@gmail.com',
    ])
    expect(
      shown(
        "Your message did not reach some or all of the intended recipients.\n\n      Subject:    Test\n      Sent: 20/03/2024 16:21\n\nThe following recipient(s) cannot be reached:\n\n      'friend@gmail.com' on 20/03/2024 16:21\n            Server error: '554 5.7.1 <friend@gmail.com>: Relay access denied'",
        'advice',
      ),
    ).toMatch(/authentication/i)
  })

  it('reads Outlook’s “None of your e-mail accounts” in its report as its own refusal', () => {
    expect(
      shown(
        "Undeliverable: Project update\n\nYour message did not reach some or all of the intended recipients.\n\n      Subject:\tProject update\n      Sent:\t3/14/2024 9:12 AM\n\nThe following recipient(s) cannot be reached:\n\n      'jane@example.net' on 3/14/2024 9:12 AM\n            None of your e-mail accounts could send to this recipient.",
        'explanation',
      ),
    ).toMatch(/before it reached any server/)
  })

  it.each([
    'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.2.2 Mailbox full. Visit https://aka.ms/mailboxfull for more information.; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 1.84300:01000000, 1.84300:0B000000[EndDiagnosticData] [Hostname=PAXPR02MB1234.eurprd02.prod.outlook.com]\n   at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)',
    'Traceback (most recent call last):\n  File "scan_to_mail.py", line 40, in <module>\n    s.send_message(msg)\n  File "/usr/lib/python3.10/smtplib.py", line 908, in sendmail\n    raise SMTPDataError(code, resp)\nsmtplib.SMTPDataError: (554, b\'5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot submit message.\')',
  ])('gives a full sending mailbox at Microsoft 365 to the sender, not the recipient: %s', (text) => {
    expect(headline(text)?.reason).toBe('sender-account')
    expect(shown(text, 'title')).toBe('Your own mailbox is full')
    expect(shown(text, 'advice')).toMatch(/Sent Items/)
    expect(shown(text, 'whoActs')).not.toMatch(/recipient/i)
  })
})
