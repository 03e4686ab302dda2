// Fact review 56: a signature opens with a short sign-off (any language's shape: a few words and a
// comma) or a person's name; below a name alone an address may be the recipient, so it is set
// aside only when another is named; a list of names and addresses is no signature; a sentence that
// starts like a sign-off ("Best I can tell…") is none; a copied trace's "Sender" labels the sender.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 56', () => {
  it.each([
    [
      'Hi,\nI get 550 5.1.1 Recipient address rejected: User unknown when I write to\nBob Miller\nbob.miller@acme-corp.example\nIs his mailbox gone?',
      'bob.miller@acme-corp.example',
    ],
    [
      "Hi,\nGmail says 550 5.7.26 Unauthenticated email from contoso.com is not accepted due to domain's DMARC policy\nBest I can tell the address is right\nbob.smith@gmail.com\nThanks\nSam",
      'bob.smith@gmail.com',
    ],
    [
      "Hi,\nYour message to carol@client.example couldn't be delivered.\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\nGroetjes\nEva\neva@contoso.nl",
      'carol@client.example',
    ],
    [
      'Message details\nStatus: Bounced\n550 5.1.1 The email account that you tried to reach does not exist.\nSender\nAlice Smith\nalice@contoso.com\nRecipient\nBob Miller\nbob@partner.example',
      'bob@partner.example',
    ],
  ])(
    'names the recipient, not a line that only looks like a signature or the labelled sender: %s',
    (text, recipient) => {
      expect(Object.keys(byRecipient(text))).toEqual([recipient])
    },
  )

  it('keeps every entry of a list of names and addresses', () => {
    const text =
      'Hi,\nSince yesterday everything to this customer gets 550 5.7.1 Service unavailable; client host blocked using Spamhaus.\nAffected contacts\nBob Miller\nbob@acme.example\nCarol White\ncarol@acme.example\nThanks\nSam'
    expect(Object.keys(byRecipient(text))).toEqual(['bob@acme.example', 'carol@acme.example'])
  })

  it.each([
    'Bien cordialement,\nMarco Bianchi',
    'Z poważaniem,\nMarco',
    'Marco Bianchi, PhD',
    'Marco Bianchi | IT Manager',
  ])('does not add the signer below a notice’s list: %s', (signature) => {
    const text = `Delivery has failed to these recipients or groups:\n\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n${signature}\nmarco@contoso.it`
    expect(Object.keys(byRecipient(text))).toEqual(['bob@partner.example'])
  })

  it('names the address a reply refuses over a signer’s line', () => {
    const text =
      'こんにちは、\n550 5.1.1 <tanaka@client.example>: Recipient address rejected: User unknown\n山田\nyamada@contoso.jp'
    expect(headline(text)?.recipient).toBe('tanaka@client.example')
  })
})
