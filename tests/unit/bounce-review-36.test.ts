// Fact review 36: a Sendmail warning stays a delay for a recipient with lines of its own; an
// address is not the tail of another; PowerMTA's accounting line names its recipient; Exim's
// "(generated from …)" alias and the sender's own expanded list; relaying refused by the
// recipient's MX in Exim's and Sendmail's words; Go's dial to any port; a reply alone in a field
// line or a subject.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, shown } from '../helpers/bounce-shown'

const sendmailWarning = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>
To: alice@example.com
Subject: Warning: could not send message for past 4 hours

   ----- The following addresses had transient non-fatal errors -----
<bob@example.net>
<carol@example.net>

   ----- Transcript of session follows -----
<bob@example.net>... Deferred: Connection refused by mx.example.net.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old`

const jimbobAndBob = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>
To: alice@example.com
Subject: Returned mail: see transcript for details

   ----- The following addresses had permanent fatal errors -----
<bob@example.net>
<jimbob@example.net>

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> RCPT To:<jimbob@example.net>
<<< 550 5.1.1 <jimbob@example.net>... User unknown
550 5.1.1 <jimbob@example.net>... User unknown
>>> DATA
<<< 554 5.7.1 Message rejected as spam
554 5.0.0 Service unavailable`

const ownListBlocked = `From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: alice@example.com
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@other.example> (expanded from <team@example.com>): host
    mx.other.example[198.51.100.20] said: 554 5.7.1 Service unavailable;
    Client host [192.0.2.10] blocked using zen.spamhaus.org;
    https://www.spamhaus.org/query/ip/192.0.2.10 (in reply to RCPT TO command)

<carol@third.example> (expanded from <team@example.com>): host
    mx.third.example[198.51.100.30] said: 554 5.7.1 Service unavailable;
    Client host [192.0.2.10] blocked using zen.spamhaus.org (in reply to RCPT
    TO command)`

const eximGeneratedFrom = `From: Mail Delivery System <Mailer-Daemon@fwd.example.org>
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob.old@example.net
    (generated from bob@example.org)
    host mx.example.net [192.0.2.5]
    SMTP error from remote mail server after RCPT TO:<bob.old@example.net>:
    550 5.1.1 <bob.old@example.net>: Recipient address rejected: User unknown`

const eximRelayNotPermitted = `2026-11-30 10:00:01 1vAbCd-000123-AB ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 relay not permitted`

const powerMtaSpam = `b,2026-11-30 10:00:01+0000,2026-11-30 10:00:00+0000,alice@example.com,bob@example.net,,failed,5.7.1 (delivery not authorized, message refused),smtp;554 5.7.1 Message rejected as spam,mx.example.net (192.0.2.5),smtp,esmtp`

describe('fact review 36', () => {
  it('keeps a Sendmail warning a delay for a recipient with a Deferred line of its own', () => {
    const all = byRecipient(sendmailWarning)
    expect(all['bob@example.net']).toMatchObject({ action: 'delayed', reason: 'network' })
    expect(all['carol@example.net']?.action).toBe('delayed')
  })

  it("does not give bob@ the lines of jimbob@: the one refusal at DATA is bob's", () => {
    const all = byRecipient(jimbobAndBob)
    expect(all['bob@example.net']?.reason).toBe('spam-content')
    expect(all['jimbob@example.net']?.reason).toBe('unknown-user')
  })

  it("reads PowerMTA's recipient field, and its RFC 3463 description of 5.7.1 as no cause", () => {
    expect(headline(powerMtaSpam)).toMatchObject({ recipient: 'bob@example.net', reason: 'spam-content' })
  })

  it("names the alias's owner for Exim's '(generated from …)'", () => {
    expect(headline(eximGeneratedFrom)).toMatchObject({ reason: 'unknown-user', forwarded: true })
  })

  it("keeps the sending server's administrator when the sender's own list was expanded and its IP refused", () => {
    expect(headline(ownListBlocked)).toMatchObject({ reason: 'blocked', forwarded: false })
    expect(shown(ownListBlocked, 'whoActs')).toBe("The sending server's administrator")
  })

  it("reads Exim's 'relay not permitted' from the recipient's MX as the recipient's server", () => {
    expect(headline(eximRelayNotPermitted)?.reason).toBe('not-hosted')
  })

  it("reads Go's dial to any port as the program's own connection", () => {
    expect(headline('dial tcp 198.51.100.1:25: connect: connection timed out')).toMatchObject({
      action: 'not-sent',
      reason: 'outgoing-server',
    })
  })

  it.each([
    'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\nPlease check the address.',
    'Status: 550 5.1.1 User unknown\n\nThe message to bob@example.net could not be delivered.',
  ])('answers a reply alone in a field line above a sentence: %s', (text) => {
    expect(headline(text)?.reason).toBe('unknown-user')
  })

  it('reads a reply pasted as the subject when the body quotes none', () => {
    expect(
      headline('Subject: 550 5.7.1 Relaying denied\n\nI get this when I send from my phone.')?.reason,
    ).toBe('relay-denied')
  })
})

describe("review 36's minors", () => {
  it.each([
    '551 5.1.6 User has moved; please try <bob@new.example>',
    '551 User not local; please try <bob@new.example>',
  ])('tells the sender to use the address a 551 gives: %s', (text) => {
    expect(shown(text, 'title')).toBe('Recipient has moved')
    expect(shown(text, 'advice')).toMatch(/send the message to that address instead/)
  })

  it.each(['554 5.4.14 Hop count exceeded - possible mail loop ATTR34', '550 5.4.6 Routing loop detected'])(
    'names a mail loop and who breaks it: %s',
    (text) => {
      expect(shown(text, 'title')).toBe('Mail loop')
      expect(shown(text, 'whoActs')).toMatch(/recipient domain's administrator/)
    },
  )
})

describe('failure notices in more languages', () => {
  it.each([
    'Não foi possível entregar a mensagem para bob@example.com.br porque o domínio example.com.br não foi encontrado.\n\nDNS Error: DNS type mx lookup of example.com.br responded with code NXDOMAIN',
    'Uw bericht kon niet worden bezorgd bij bob@example.nl.\n\nDNS Error: DNS type mx lookup of example.nl responded with code NXDOMAIN',
    'Nie można dostarczyć wiadomości do bob@example.pl.\n\nDNS Error: DNS type mx lookup of example.pl responded with code NXDOMAIN',
  ])('reads %s as returned', (text) => {
    expect(headline(text)).toMatchObject({ action: 'failed', reason: 'host-not-found' })
  })
})
