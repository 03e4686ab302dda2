// Fact review 55: the signature rule of review 54 took any short lines after the last reply for a
// signature. A signature opens with a sign-off or a name; an address after a reply that a sentence
// or a label introduces is the recipient.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 55', () => {
  it.each([
    [
      'Hi,\nOutlook keeps giving me 550 5.1.1 User unknown for this customer.\nHe insists it is correct\nbob.miller@acme-corp.example\nCan you have a look?\nThanks',
      'bob.miller@acme-corp.example',
    ],
    [
      'Your message was not delivered.\nReason: 550 5.7.1 Message rejected by Proofpoint (policy)\nSent to\nbob@bigbank.example',
      'bob@bigbank.example',
    ],
    [
      "Hi,\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\nOriginal To\ndan@clientco.example",
      'dan@clientco.example',
    ],
  ])('names an address a sentence or a label introduces after the reply: %s', (text, recipient) => {
    expect(headline(text)?.recipient).toBe(recipient)
  })

  it('keeps every address of a list after the reply', () => {
    const text =
      'Since this morning everything to Acme comes back with 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org\nAffected users\nbob@acme.example\ncarol@acme.example\ndave@acme.example\nThanks\nSam'
    expect(Object.keys(byRecipient(text))).toEqual([
      'bob@acme.example',
      'carol@acme.example',
      'dave@acme.example',
    ])
  })

  it.each([
    "Hi,\nDelivery has failed to these recipients or groups:\n\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nThanks in advance,\nMarco Bianchi\nMobile:\nmarco@contoso.it",
    "Hi,\nDelivery has failed to these recipients or groups:\n\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nMarco Bianchi\nContoso Ltd\n512-555-0134\nmarco@contoso.com",
  ])('does not add a signer whose signature has a phone number or a label line: %s', (text) => {
    expect(Object.keys(byRecipient(text))).toEqual(['bob@partner.example'])
  })
})
