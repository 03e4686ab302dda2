// Fact review 62: a writer who introduces themselves after a greeting ("Hi, Priya here (priya@…)",
// "ich bin Jana Weber von Contoso (jana@…)", "soy María (maria@…)") names their own address, the
// recipient only when the text names no other; "Hi, anna@… doesn't get our emails" speaks of anna,
// while "Hi alice@…, your message …" greets alice; a street with a direction or a numbered street
// ("421 N Rodeo Dr", "450 7th Avenue") is no reply code.
import { describe, expect, it } from 'vitest'
import { headline, recipients } from '../helpers/bounce-shown'

describe('fact review 62', () => {
  it.each([
    [
      'Hi, Priya here (priya@fabrikam.com). Nobody can email me, they get 552 5.2.2 Mailbox full.',
      'priya@fabrikam.com',
    ],
    [
      'Hallo, ich bin Jana Weber von Contoso (jana@contoso.de). Unsere Mails an einkauf@lieferant.de kommen mit 550 5.1.1 User unknown zurück.',
      'einkauf@lieferant.de',
    ],
    [
      'Hola, soy María (maria.lopez@empresa.es). Mis clientes reciben "550 5.1.1 User unknown" cuando me escriben.',
      'maria.lopez@empresa.es',
    ],
    [
      "Hi, anna@partner.example doesn't get our emails, we get 550 5.1.1 User unknown",
      'anna@partner.example',
    ],
    [
      'Hi alice@contoso.com, your message to the list sales@fabrikam.com was rejected: you are not a member.',
      'sales@fabrikam.com',
    ],
  ])('names the failed recipient: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it.each([
    'Hi, our mails to anna@partner.example bounce because her mailbox is full. What can we do?\n\nRegards,\nSam Lee\n421 N Rodeo Dr\nBeverly Hills',
    'Hi, our mails to anna@partner.example bounce with "Recipient address rejected: User unknown".\n\nRegards,\nSam Lee\n450 7th Avenue\nNew York',
  ])('reads no street as a reply that would call the message delayed: %s', (text) => {
    expect(headline(text)?.reply).toBeNull()
    expect(headline(text)?.action).not.toBe('delayed')
  })
})
