// Blind pass 33: a contact address is no recipient, PowerMTA's accounting line names the sender
// first, Postfix defers a server that greets with 5xx, and a failure met beyond a forwarding
// server is the forwarding's to fix.
import { describe, expect, it } from 'vitest'
import { headline, shown } from '../helpers/bounce-shown'

describe('the recipient, not an address the text names for another reason', () => {
  it("skips T-Online's contact address, and keeps a skipped 5xx greeting queued", () => {
    const text =
      'Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)'
    expect(headline(text)).toMatchObject({ recipient: null, action: 'delayed', reason: 'blocked' })
  })

  it('reads the recipient of a PowerMTA accounting line, whose first address is the sender', () => {
    const text =
      'b,2017-05-04 18:07:21-0300,2017-05-04 18:07:17-0300,sender@example.org,amy@example.com.br,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 5.1.1 <amy@example.com.br>: Recipient address rejected,mx.example.com (192.0.2.133),policy-related,smtp'
    expect(headline(text)).toMatchObject({ recipient: 'amy@example.com.br', reason: 'unknown-user' })
  })

  it('reads a bounced Postfix log line after a skipped greeting as returned', () => {
    const text = [
      'Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx03.example.de[192.0.2.73] refused to talk to me: 554 IP=192.0.2.1 - blocked (BL)',
      'Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: to=<bob@example.de>, relay=mx03.example.de[192.0.2.73]:25, delay=1, dsn=5.0.0, status=bounced (host mx03.example.de[192.0.2.73] refused to talk to me: 554 IP=192.0.2.1 - blocked (BL))',
    ].join('\n')
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.de', action: 'failed' })
  })
})

describe('a failure met beyond a server that forwards the recipient’s mail on', () => {
  it("names the forwarding service when the refusal names that service's own IP address", () => {
    const text = `This is a system-generated message to inform you that your email could not
be delivered to one or more recipients. Details of the email and the error are as follows:


<test@example.com>: host mx1.forwardemail.net[138.197.213.185] said: 550
   Error for test@example.com of "Invalid greeting. response=550 5.7.0
   Blocked - see
   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185: 550
   5.7.0 Blocked - see
   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" (in
   reply to end of DATA command)`
    expect(headline(text)).toMatchObject({ reason: 'blocked', forwarded: true })
    expect(shown(text, 'whoActs')).toBe("The recipient's forwarding service or its administrator")
    expect(shown(text, 'advice')).toMatch(/nothing for the sender to delist/)
  })

  it("keeps the sending server's administrator when the refusal names the sending server's IP", () => {
    const text = `<bob@example.net>: host mx.example.net[192.0.2.9] said: 554 5.7.1 Service unavailable;
    Client host [198.51.100.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)`
    expect(headline(text)).toMatchObject({ reason: 'blocked', forwarded: false })
    expect(shown(text, 'whoActs')).toBe("The sending server's administrator")
  })

  it('names the alias the sender wrote, and its owner, when an expanded alias leads nowhere', () => {
    const text = `This is the mail system at host mx.example.com.

<bob@example.net> (expanded from <team@example.com>): host mx.example.net[192.0.2.9]
    said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)`
    expect(headline(text)).toMatchObject({
      recipient: 'team@example.com',
      reason: 'unknown-user',
      forwarded: true,
    })
    expect(shown(text, 'whoActs')).toMatch(/manages the forwarding/)
  })
})
