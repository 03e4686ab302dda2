// Fact review 57's minor findings: smtplib's "(535, b'5.7.139 …')" carries its enhanced code;
// Yahoo's "dd Requested mailbox is not valid" is an unknown mailbox; an "unacceptable attachment"
// is a content refusal; a program that found no AUTH offered meets "login not offered"; a quoted
// "> From:" label names the sender.
import { describe, expect, it } from 'vitest'
import { headline, shown } from '../helpers/bounce-shown'

describe('fact review 57, minor findings', () => {
  it('reads the enhanced code inside a Python error tuple, and Microsoft 365’s cure for it', () => {
    const text =
      "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')"
    expect(headline(text)?.enhanced).toBe('5.7.139')
    expect(shown(text, 'whoActs')).toMatch(/Microsoft 365 administrator/)
  })

  it('reads Yahoo’s “Requested mailbox is not valid” as an unknown recipient', () => {
    const text =
      'Sorry, we were unable to deliver your message to the following address.\n\n<bob@yahoo.com>:\n554: delivery error: dd Requested mailbox is not valid or is unavailable - mta4281.mail.gq1.yahoo.com'
    expect(headline(text)?.reason).toBe('unknown-user')
  })

  it('reads an unacceptable attachment as a refusal for the content', () => {
    const text =
      'Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected because of unacceptable attachment: "invoice.zip"'
    expect(headline(text)?.reason).toBe('spam-content')
  })

  it('tells a program that found no AUTH offered that login is not offered there', () => {
    const text =
      'Traceback (most recent call last):\n  File "send.py", line 9, in <module>\n    s.login(user, password)\nsmtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.'
    expect(shown(text, 'title')).toBe('Login not offered on this connection')
  })

  it('takes a quoted “> From:” label line as the sender’s', () => {
    const text = 'Hi,\nerror 550 5.1.1 User unknown\n> From:\n> Bob Miller\n> bob@partner.example'
    expect(headline(text)?.recipient).toBeNull()
  })
})
