// Fact review 61: "Hello, I'm Priya (priya@…)" names the writer, the recipient when no other is
// named; a street number opening a signature's line ("450 Lexington Avenue") is no reply code;
// mail that went through only until now ("used to arrive, but since Monday they bounce") failed.
import { describe, expect, it } from 'vitest'
import { headline, recipients } from '../helpers/bounce-shown'

describe('fact review 61', () => {
  it('names the writer who says mail to them fails', () => {
    expect(
      recipients(
        'Hello, I\'m Priya (priya.nair@fabrikam.com). Since yesterday nobody can email me, they get "552 5.2.2 Mailbox full".',
      ),
    ).toEqual(['priya.nair@fabrikam.com'])
  })

  it.each([
    'Hi,\nour mail to a customer bounces: 554 5.7.1 Message rejected.\n\nThanks,\nSam Lee\n450 Lexington Avenue\nNew York\nsam@contoso.com',
    'Hi,\nour mails to anna@partner.example bounce with "550 User unknown".\n\nThanks,\nMike Chen\n500 Fifth Avenue, Suite 400\nNew York',
  ])('reads no street number as the reply: %s', (text) => {
    const result = headline(text)
    expect(result?.reply).not.toMatch(/^(?:450|500)$/)
    expect(result?.action).toBe('failed')
    expect(result?.recipient).not.toBe('sam@contoso.com')
  })

  it.each([
    'Mails to anna@partner.example used to arrive without problems, but since Monday they bounce with 550 5.1.1 User unknown.',
    'Our mails to anna@partner.example were delivered without problems until Friday. Now: 550 5.1.1 User unknown',
  ])('names an address that worked until now and fails: %s', (text) => {
    expect(recipients(text)).toEqual(['anna@partner.example'])
  })

  it('still sets aside an address the text says mail reaches, beside the one that fails', () => {
    expect(
      recipients(
        'Hi,\nmails to carol@client.example arrive, but mails to bob@client.example bounce with 550 5.1.1 User unknown.',
      ),
    ).toEqual(['bob@client.example'])
  })
})
