// Fact review 67: a contact line in other words ("Point of contact for this: …", "email back to our
// sysadmin: …", "reply to our admin: …", Spanish "Contacto técnico: …") is listed at most; a ticket's
// author in Turkish, German, Spanish or French ("Talep sahibi:", "Erstellt von:") is no recipient;
// Gmail's "Delivery Status Notification (Failure)" after its "(Delay)" is the failure.
import { describe, expect, it } from 'vitest'
import { headline, listed, recipients } from '../helpers/bounce-shown'

describe('fact review 67', () => {
  it.each([
    [
      'Our newsletter is rejected by several providers with "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using b.barracudacentral.example". Can you help us get delisted?\nPoint of contact for this: Tom Reyes, tom.reyes@ourshop.example\n',
      'tom.reyes@ourshop.example',
    ],
    [
      'We\'re on a blocklist apparently. The bounce says "550 5.7.1 Service unavailable, Client host [198.51.100.23] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.example/query/ip/198.51.100.23". Who do we contact? Feel free to email back to our sysadmin: kenji@ourfirm.example.\n',
      'kenji@ourfirm.example',
    ],
    [
      'Nuestros correos a clientes de Hotmail rebotan con "550 5.7.1 Unfortunately, messages from [203.0.113.88] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150)".\nContacto técnico: Luis Ortega <luis.ortega@nuestraempresa.example>\n',
      'luis.ortega@nuestraempresa.example',
    ],
    [
      'Mails to our partner bounce: "554 5.7.1 Client host [203.0.113.45] blocked using bl.spamcop.example". Please reply to our admin: kenji@ourfirm.example\n',
      'kenji@ourfirm.example',
    ],
  ])('lists, never names, a contact the writer gives: %s', (text, address) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([address])
  })

  it.each([
    'Talep sahibi: elif.kaya@example.com\nKonu: Mail gitmiyor\nAçıklama: Muhasebecimize gönderdiğim faturalar "552 5.2.2 Quota exceeded" hatasıyla geri dönüyor. Ne yapmalıyım?\n',
    'Ticket #48213\nErstellt von: jonas.becker@example.net\nBetreff: Rückläufer\nBeschreibung: Mails an unseren Steuerberater kommen mit "550 5.1.1 Mailbox unavailable" zurück.\n',
  ])('names no ticket author as the failed recipient: %s', (text) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([])
  })

  it("reads Gmail's failure notice after its delay notice as the failure", () => {
    expect(
      headline(
        'Got a "Delivery Status Notification (Delay)" yesterday for ceo@partner-firm.example, and today another one, "Delivery Status Notification (Failure)": "The recipient server did not accept our requests to connect. [mx.partner-firm.example. 203.0.113.9: timed out]". Do I need to resend?\n',
      )?.action,
    ).toBe('failed')
  })
})
