// Fact review 58: an address near a reply is not thereby the recipient (in a ticket it is as often
// the writer's); a "Recipient:" field or a form's "To:" labels it, below a sentence's destination; a
// greeting with a comma opens a message (its first lines, or below its subject) and a sign-off of
// that shape stands above a name; a signature holds as many lines as it needs; a typed list may name,
// quote or bracket its entries and close them with ";". (Review 59: a label and a sentence that name
// two different addresses make neither sure; both are listed.)
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { headline, listed, recipients } from '../helpers/bounce-shown'

describe('fact review 58', () => {
  it.each([
    [
      'Name: Sam Lee\nEmail: sam.lee@contoso.com\nIssue: 550 5.1.1 User unknown when sending to our customer\nbob@client.example',
      'bob@client.example',
    ],
    [
      'Hi,\nmy address sam.lee@contoso.com gets 550 5.7.1 Relay access denied when I send to\nbob@client.example',
      'bob@client.example',
    ],
    [
      'User sam.lee@contoso.com reports bounce 550 5.2.2 mailbox full for\ncarol@client.example',
      'carol@client.example',
    ],
    ['New ticket from sam.lee@contoso.com\n550 5.1.1 User unknown\nbob@client.example', 'bob@client.example'],
    [
      "Hi,\nI'm sam.lee@contoso.com; my mails bounce with 550 5.1.1 User unknown. The address:\nbob@client.example",
      'bob@client.example',
    ],
  ])(
    'names the address the writer asks about, not the writer’s own near the reply: %s',
    (text, recipient) => {
      expect(recipients(text)).toEqual([recipient])
    },
  )

  it.each([
    [
      'Hi,\nError: 550 5.1.1 User unknown\nRecipient: tanaka@client.example\n山田\nyamada@contoso.jp',
      'tanaka@client.example',
    ],
    [
      'Hi,\nError: 550 5.1.1 User unknown\nRecipient: tanaka@client.example\n\nJana Weber\njana@contoso.de',
      'tanaka@client.example',
    ],
    [
      'Hi,\nStatus: 550 5.1.1 User unknown\nRecipient address: tanaka@client.example\nSam\nsam@contoso.com',
      'tanaka@client.example',
    ],
    [
      'User: sam.lee@contoso.com\nRecipient: bob@client.example\nError: 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    [
      'Hi,\nEmail: sam.lee@contoso.com\nError: 550 5.1.1 User unknown\nTo: bob@client.example',
      'bob@client.example',
    ],
  ])('names the address a “Recipient:” or form “To:” labels: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it('lists a “Recipient:” field and the address a sentence names, rather than pick one', () => {
    const [result] = analyzeBounceReport(
      'Recipient: alice@contoso.com\nYour message to bob@fabrikam.com bounced: 550 5.1.1 User unknown',
    ).recipients
    expect(result?.recipient).toBeNull()
    expect(result?.named).toEqual(['alice@contoso.com', 'bob@fabrikam.com'])
  })

  it.each([
    [
      'Konu: Mail iletilemedi 550 5.1.1 User unknown\nMerhabalar,\nAşağıdaki adrese mail gönderemiyoruz\nali.veli@musteri.com.tr',
      'ali.veli@musteri.com.tr',
    ],
    ['Betreff: 550 5.1.1 User unknown\nGrüezi,\nKunde erhält keine Mails\nhans@kunde.ch', 'hans@kunde.ch'],
    ['Temat: 550 5.1.1 User unknown\nCześć,\nKlient nie dostaje maili\njan@klient.pl', 'jan@klient.pl'],
  ])('reads a greeting with a comma as no sign-off: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  // A name and an address below the greeting may be the recipient's or the writer's: listed, not
  // dropped as a signature below a sign-off would be.
  it.each([
    [
      'Konu: 550 5.1.1 User unknown\nMerhabalar,\nAli Veli\nali.veli@musteri.com.tr',
      'ali.veli@musteri.com.tr',
    ],
    [
      'Assunto: 550 5.1.1 User unknown\nCaros colegas,\nJoão Silva\njoao@cliente.com.br',
      'joao@cliente.com.br',
    ],
  ])('lists, not drops, a name and address below a greeting with a comma: %s', (text, address) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([address])
  })

  it.each([
    [
      'Hi, these bounce with 550 5.1.1 User unknown:\nBob Miller <bob@acme.example>; Carol White <carol@acme.example>; Dan Brown <dan@acme.example>',
      ['bob@acme.example', 'carol@acme.example', 'dan@acme.example'],
    ],
    [
      "Hi,\nthese bounce with 550 5.1.1 User unknown:\n'bob@acme.example'; 'carol@acme.example'; 'dan@acme.example'",
      ['bob@acme.example', 'carol@acme.example', 'dan@acme.example'],
    ],
    [
      'Hi,\nthese bounce with 550 5.1.1 User unknown:\nbob@acme.example;\ncarol@acme.example;\ndan@acme.example;',
      ['bob@acme.example', 'carol@acme.example', 'dan@acme.example'],
    ],
    [
      'Hi,\n550 5.1.1 User unknown for\nBob Miller (bob@acme.example), Carol White (carol@acme.example)',
      ['bob@acme.example', 'carol@acme.example'],
    ],
    [
      'Hi,\nWe get 550 5.1.1 User unknown for mails from our CRM: bob@acme.example, carol@acme.example, dan@acme.example',
      ['bob@acme.example', 'carol@acme.example', 'dan@acme.example'],
    ],
    [
      'Hi,\nthese bounced:\nalice@partner.example - 550 5.1.1 User unknown\nbob@partner.example - 550 5.1.1 User unknown\ncarol@partner.example',
      ['alice@partner.example', 'bob@partner.example'],
    ],
  ])('lists every entry of a typed list, however it is written: %s', (text, expected) => {
    expect(recipients(text)).toEqual(expected)
  })

  it.each([
    'Hallo,\nMails an einen Kunden kommen zurück mit 550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\n\nMit freundlichen Grüßen\n\nJana Weber\nLeiterin IT\n\nContoso GmbH\nMusterstraße 1\n80331 München\nDeutschland\n\nTel.: +49 89 1234567\nFax: +49 89 1234568\nMobil: +49 170 1234567\nE-Mail: jana.weber@contoso.de\nWeb: www.contoso.de\n\nGeschäftsführer: Max Mustermann\nAmtsgericht München HRB 123456',
    'Hi,\nmails to a customer bounce: 550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\n\nCheers,\nSam\n\nSam Lee\nSystems Engineer\nContoso Ltd.\nLevel 5, 100 Queen St\nMelbourne VIC 3000\nP: +61 3 5555 0100\nM: +61 400 000 000\nW: www.contoso.com.au\nE: sam.lee@contoso.com.au',
  ])('names no recipient when the only address ends a long signature: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it.each([
    [
      'Hi, see below, any idea?\n\n-----Original Message-----\nFrom: Mail Delivery Subsystem\nSent: Monday, March 4, 2024 10:00 AM\nTo: Sam Lee\nSubject: Returned mail: see transcript for details\n\nThe original message was received at Mon, 4 Mar 2024 10:00:00 +0100\nfrom [10.0.0.5]\n\n   ----- The following addresses had permanent fatal errors -----\nbob@partner.example\n    (reason: 550 5.1.1 User unknown)',
      'bob@partner.example',
    ],
    [
      "Hi,\nwe can't mail this customer, error 550 5.1.1 User unknown.\nThanks,\nSam\nP.S. the address is\nbob@acme.example",
      'bob@acme.example',
    ],
  ])('keeps a recipient a forwarded notice, a label or a postscript introduces: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it('lists the customer a label introduces below a sign-off, whose address may or may not be the one that failed', () => {
    const text =
      'Hi,\nplease check, 550 5.1.1 User unknown.\nThanks!\nCustomer details\nBob Miller\nHead of Purchasing\nAcme Corp\nbob@acme.example'
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual(['bob@acme.example'])
  })
})
