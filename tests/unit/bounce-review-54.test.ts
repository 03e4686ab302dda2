// Fact review 54: the writer's signature at the end of a paste (any sign-off, or none: name, title,
// address) is never the failed recipient, nor a second one below a notice's list.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline } from '../helpers/bounce-shown'

describe('fact review 54', () => {
  it.each([
    "Ciao,\nricevo questo errore quando scrivo a un fornitore:\nIl messaggio non è stato recapitato a fornitore@azienda.example perché l'indirizzo non esiste.\n550 5.1.1 <fornitore@azienda.example>: Recipient address rejected: User unknown\nGrazie mille,\nMarco Bianchi\nUfficio Acquisti\nmarco.bianchi@contoso.it",
    'Hi,\n550 5.1.1 <fornitore@azienda.example>: Recipient address rejected: User unknown\n\nYours faithfully,\nMarco Bianchi\nmarco.bianchi@contoso.it',
    'Hi,\n550 5.1.1 <fornitore@azienda.example>: Recipient address rejected: User unknown\n\nThx\nLeo\nleo@contoso.com',
    'Hi,\n550 5.1.1 <fornitore@azienda.example>: Recipient address rejected: User unknown\n\nMarco Bianchi\nHead of Purchasing\nmarco.bianchi@contoso.it\nTel. 02 555 0100',
    'Hola equipo,\n\nMe ha llegado esto al escribir a un cliente:\n\n> Delivery to the following recipient failed permanently:\n>\n>      fornitore@azienda.example\n>\n> The error that the other server returned was:\n> 550 5.7.1 Message rejected: sender domain has no DMARC record\n\nUn saludo,\nCarlos Ruiz\nDepartamento Comercial\ncarlos.ruiz@contoso.es\nTel. 91 555 0100',
  ])('never names the writer’s signature, whatever its sign-off: %s', (text) => {
    expect(headline(text)?.recipient).toBe('fornitore@azienda.example')
  })

  it('does not add the signer below a notice’s list as a second failed recipient', () => {
    const text =
      "Delivery has failed to these recipients or groups:\n\nbob@example.net\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\nbob@example.net\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'\n\nGrazie in anticipo,\nMarco Bianchi\nmarco@contoso.it"
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net'])
  })

  it('still names an address that stands alone below the reply, with no signature above it', () => {
    expect(headline('550 5.1.1 User unknown\nbob@example.net')?.recipient).toBe('bob@example.net')
  })
})
