// A person's text that gives two recipients two different replies (reviews 66 and 67: "the one to
// vendor-a said 550 5.1.1 …, the one to vendor-b said 452 4.2.2 …") is two readings, each with its
// own code, reason and outcome, not one reading that joins the first code to the last cause; and a
// reply that refuses one by name does not hide another the writer gives its own reply (review 70).
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { listed, recipients } from '../helpers/bounce-shown'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason, r.reply, r.enhanced])

describe('two recipients, two replies, in a person’s words', () => {
  it.each([
    [
      'Hello,\n\nTwo bounces this morning. The one to finance@vendor-a.example said "550 5.1.1 no such user", the one to finance@vendor-b.example said "452 4.2.2 mailbox full, try later". What should I do for each?\n\nThanks\nLeo (leo@buyer.example)\n',
      [
        ['finance@vendor-a.example', 'failed', 'unknown-user', '550', '5.1.1'],
        ['finance@vendor-b.example', 'delayed', 'mailbox-full', '452', '4.2.2'],
      ],
    ],
    [
      'Sent the quote to three people. tina@alpha.example got it. The copy to raj@beta.example came back with "550 5.1.1 The email account that you tried to reach does not exist". For the one to lee@gamma.example I got a notice "Delivery delayed: 451 4.7.1 Greylisted, please try again later" and nothing since.\n',
      [
        ['raj@beta.example', 'failed', 'unknown-user', '550', '5.1.1'],
        ['lee@gamma.example', 'delayed', 'greylisted', '451', '4.7.1'],
        ['tina@alpha.example', 'delivered', 'delivered', null, null],
      ],
    ],
    [
      'Merhaba, ali@firma-a.example adresine gönderdiğim ileti "550 5.1.1 User unknown" ile geri döndü, ayse@firma-b.example adresine gönderdiğim ise "452 4.2.2 Mailbox full" ile. Ne yapmalıyım?\n',
      [
        ['ali@firma-a.example', 'failed', 'unknown-user', '550', '5.1.1'],
        ['ayse@firma-b.example', 'delayed', 'mailbox-full', '452', '4.2.2'],
      ],
    ],
    [
      'Hallo, die Mail an bob@kunde-a.example kam mit "550 5.1.1 Benutzer unbekannt" zurück, die an carol@kunde-b.example mit "552 5.2.2 Postfach voll".\nGruß, Jan (jan@wir.example)\n',
      [
        ['bob@kunde-a.example', 'failed', 'unknown-user', '550', '5.1.1'],
        ['carol@kunde-b.example', 'failed', 'mailbox-full', '552', '5.2.2'],
      ],
    ],
    [
      'Marta Kowalski  10:42 AM\ngot two bounce things back from the newsletter test:\n> 550 5.1.1 <r.kim@northfield.example>: Recipient address rejected: User unknown in local recipient table\nand a "Delivery Status Notification (Delay)" for dana.whitfield@example.org with\n> 452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to\n> 452-4.2.2  https://support.google.com/mail/?p=OverQuotaTemp - gsmtp\ndo I need to resend to both?\n',
      [
        ['r.kim@northfield.example', 'failed', 'unknown-user', '550', '5.1.1'],
        ['dana.whitfield@example.org', 'delayed', 'mailbox-full', '452', '4.2.2'],
      ],
    ],
  ])('reads each recipient with its own reply: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it('names no colleague who tried too: only a sentence that sends to an address splits the text', () => {
    const text =
      'I sent to bob@x.example and got 550 5.1.1 user unknown. My colleague carol@y.example tried too and got 550 5.7.1 relaying denied.\n'
    expect(recipients(text)).not.toContain('carol@y.example')
  })

  it('gives no address a code written before the addresses: it may be either one’s', () => {
    const text = 'Got 550 5.1.1 for bob@x.example and 452 4.2.2 for carol@y.example.\n'
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual(['bob@x.example', 'carol@y.example'])
  })
})
