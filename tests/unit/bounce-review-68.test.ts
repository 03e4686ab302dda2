// Fact review 68: a contact form's own "Email:" field ("Correo:", "E-posta:", "Your email:") is the
// writer's: beside "Name:" or "Message:" fields it is listed, never named as the failed recipient,
// even when it is the only address in the text.
import { describe, expect, it } from 'vitest'
import { listed, recipients } from '../helpers/bounce-shown'

describe('fact review 68', () => {
  it.each([
    [
      'Nombre: Carlos Ruiz\nCorreo: carlos.ruiz@example.com\nAsunto: No puedo enviar a Hotmail\nMensaje:\nCuando envío correos a cualquier dirección de Hotmail u Outlook recibo esto:\n"550 5.7.1 Unfortunately, messages from [192.0.2.10] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140)."\nA Gmail sí llegan. ¿Qué hago?\n',
      'carlos.ruiz@example.com',
    ],
    [
      'Name: Carl Ruiz\nEmail: carl.ruiz@example.com\nSubject: Cannot send to Hotmail\nMessage:\nWhen I send to any Hotmail address I get this:\n"550 5.7.1 Unfortunately, messages from [192.0.2.10] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140)."\n',
      'carl.ruiz@example.com',
    ],
    [
      'Ad Soyad: Cem Kara\nE-posta: cem.kara@example.com\nMesaj:\nHotmail adreslerine gönderince şu geliyor:\n"550 5.7.1 Unfortunately, messages from [192.0.2.10] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140)."\n',
      'cem.kara@example.com',
    ],
    [
      'Your email: dave@example.org\nDescribe the issue: whenever I email my landlord I get back "550 5.1.1 mailbox unavailable". I typed the address carefully.\n',
      'dave@example.org',
    ],
    [
      'Correo: carlos.ruiz@example.com\nMensaje: mis correos a clientes rebotan con "552 5.2.2 Mailbox full"\n',
      'carlos.ruiz@example.com',
    ],
  ])("lists, never names, a contact form's own address: %s", (text, address) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([address])
  })
})
