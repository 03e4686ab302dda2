// Fact review 51's minor findings: a Gmail notice that names where the blocked message was going,
// a service's list of recipients each with its cause, Apple Mail's refused sender, MailKit's
// "535: 5.7.139", Sendmail's "stat=Sent" log line, Amazon SES's Reject event, and the older minors:
// a program's "Caught exception:" and a sendmail-compatible client's refusal are not sent, and a
// timeout its server answered is a lost connection, not an unreachable server.
import { describe, expect, it } from 'vitest'
import { headline, reasonsByRecipient, shown } from '../helpers/bounce-shown'

describe('fact review 51, minor findings', () => {
  it('names the recipient Gmail’s notice says the blocked message was going to', () => {
    const text =
      'Your message to rob@example.net has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 5.7.1 Email quota exceeded. You have reached a limit for sending mail.'
    expect(headline(text)).toMatchObject({ recipient: 'rob@example.net', reason: 'sender-account' })
  })

  it('reads each recipient of a codeless list by its own cause', () => {
    const text =
      'Hello Alice,\n\nOur system could not deliver your message to the following recipients:\n  isa@example.net - mailbox full\n  jake@example.net - no such user\n\nPlease contact helpdesk@contoso.com with any questions.'
    expect(reasonsByRecipient(text)).toEqual({
      'isa@example.net': 'mailbox-full',
      'jake@example.net': 'unknown-user',
    })
  })

  it('reads Apple Mail’s refused sender address as the account’s send-as problem', () => {
    const text =
      'Cannot send message using the server smtp.contoso.com.\nThe sender address "alice@contoso.com" was rejected by the server "smtp.contoso.com".'
    expect(headline(text)).toMatchObject({ recipient: null, action: 'not-sent', reason: 'send-as' })
  })

  it('reads the enhanced code MailKit writes after its reply and a colon', () => {
    const text =
      'MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'
    expect(headline(text)).toMatchObject({ reply: '535', enhanced: '5.7.139' })
  })

  it('reads Sendmail’s “stat=Sent” log line as delivered', () => {
    const text =
      'Nov 30 10:00:00 mail sendmail[1234]: 4AUA00aB012345: to=<kurt@example.net>, delay=00:00:02, mailer=esmtp, relay=mx.example.net. [198.51.100.7], dsn=2.0.0, stat=Sent (Ok: queued as 4F2A1C0123)'
    expect(headline(text)).toMatchObject({ recipient: 'kurt@example.net', action: 'delivered' })
  })

  it('reads Amazon SES’s Reject event (“Bad content”) as a content refusal', () => {
    const text =
      '{"eventType":"Reject","reject":{"reason":"Bad content"},"mail":{"source":"alice@contoso.com","destination":["hu@example.net"]}}'
    expect(headline(text)).toMatchObject({ recipient: 'hu@example.net', reason: 'spam-content' })
  })

  it.each(['Caught exception: 452 4.5.3 Too many recipients', 'sendmail: 550 5.7.1 Relaying denied'])(
    'reads a program’s own report of a relay’s refusal as not sent: %s',
    (text) => {
      expect(headline(text)?.action).toBe('not-sent')
    },
  )

  it('reads a timeout the program’s server answered as a lost connection the sender must retry, not an unreachable server', () => {
    const text = 'Error: Message failed: 421 4.4.2 mx.example.net Error: timeout exceeded'
    expect(headline(text)).toMatchObject({ action: 'not-sent', reason: 'network' })
    expect(shown(text, 'whoActs')).toMatch(/^The sender: send it again/)
  })
})
