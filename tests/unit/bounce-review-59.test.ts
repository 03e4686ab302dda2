// Fact review 59: a ticket's fields pasted first are a form, not a notice's header (its To is where
// the mail went); a form's "Email:" field beside another address, or a "Recipient:" field beside a
// sentence naming another, tells nothing sure: both are listed, none is guessed; a signature holds
// no reply line and no thanks opens one; a field value copied under its label line is the label's;
// numbered, bulleted and "and"-joined lists name every entry.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { recipients } from '../helpers/bounce-shown'

describe('fact review 59', () => {
  it.each([
    [
      'Email: sam.lee@contoso.com\nError: 550 5.1.1 User unknown\nTo: bob@client.example',
      'bob@client.example',
    ],
    ['To: bob@client.example\nError: 550 5.1.1 User unknown', 'bob@client.example'],
    [
      'Subject: Cannot email customer\nEmail: sam.lee@contoso.com\nTo: bob@client.example\nError: 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    [
      'Name: Sam Lee\nEmail: sam.lee@contoso.com\nMessage: Our customer bob@client.example does not get our mails: 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    [
      "Hi,\nI'm Sam (sam.lee@contoso.com). Our customer bob@client.example does not get our mails: 550 5.1.1 User unknown",
      'bob@client.example',
    ],
    [
      'Requester: sam.lee@contoso.com\nDescription: customer bob@client.example gets nothing, 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    ['Thanks Mark!\nNew one: 550 5.1.1 User unknown\nbob@client.example', 'bob@client.example'],
    [
      'Sam Lee  10:14 AM\nthanks for the help earlier!\nSam Lee  10:15 AM\nAnother one now\nError 550 5.1.1 User unknown\nbob@client.example',
      'bob@client.example',
    ],
    [
      'Merhaba,\nTeşekkürler, dünkü sorun çözüldü.\nYeni sorun\n550 5.1.1 User unknown\nali.veli@musteri.com.tr',
      'ali.veli@musteri.com.tr',
    ],
    [
      'Hi, our mails to a customer bounce. Can you check?\n\nThanks,\nSam\n\nError message: 550 5.1.1 User unknown\nRecipient address: bob@client.example',
      'bob@client.example',
    ],
    [
      'Hi,\n550 5.1.1 User unknown when we mail this customer.\n\nThanks in advance,\nSam\n\nAffected address:\nbob@client.example',
      'bob@client.example',
    ],
    [
      'Requester\nSam Lee\nEmail\nsam.lee@contoso.com\nError\n550 5.1.1 User unknown\nRecipient\nbob@client.example',
      'bob@client.example',
    ],
    [
      'Email: sam.lee@contoso.com\nIssue: 550 5.1.1 User unknown when sending to:\nKunde\nhans@kunde.example',
      'hans@kunde.example',
    ],
    [
      'Recipient: bob@client.example\nError: 550 5.1.1 User unknown\nI can send to carol@other.example without problems.',
      'bob@client.example',
    ],
  ])('names the recipient, not the writer: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it.each([
    [
      'Recipient: bob@client.example\nError: 550 5.1.1 User unknown\nEmails to carol@other.example are slow too.',
      ['bob@client.example', 'carol@other.example'],
    ],
    [
      'Name: Sam Lee\nEmail: sam.lee@contoso.com\nMessage: When I write to bob@client.example I get 550 5.1.1 User unknown',
      ['sam.lee@contoso.com', 'bob@client.example'],
    ],
  ])('lists the addresses it cannot tell apart instead of naming one: %s', (text, named) => {
    const [result] = analyzeBounceReport(text).recipients
    expect(result?.recipient).toBeNull()
    expect(result?.named).toEqual(named)
  })

  it.each([
    'These bounce with 550 5.1.1 User unknown:\n1. bob@acme.example\n2. carol@acme.example\n3. dan@acme.example',
    'These bounce with 550 5.1.1 User unknown:\n• bob@acme.example\n• carol@acme.example',
    'These bounce with 550 5.1.1 User unknown:\n1) bob@acme.example\n2) carol@acme.example',
    'These bounce with 550 5.1.1 User unknown:\n·         bob@acme.example\n·         carol@acme.example',
    'These bounce with 550 5.1.1 User unknown:\n–  bob@acme.example\n–  carol@acme.example',
    'Hi, these bounce with 550 5.1.1 User unknown:\nbob@acme.example, carol@acme.example and dan@acme.example',
    "550 5.1.1 User unknown:\n'Bob Miller' <bob@acme.example>; 'Carol White' <carol@acme.example>",
    'Hi,\nwe get 550 5.1.1 User unknown for bob@acme.example and carol@acme.example',
  ])('names every entry of a list: %s', (text) => {
    const found = recipients(text)
    expect(found.length).toBeGreaterThan(1)
    expect(found).toEqual(expect.arrayContaining(['bob@acme.example', 'carol@acme.example']))
  })
})
