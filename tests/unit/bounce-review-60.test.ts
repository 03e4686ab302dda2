// Fact review 60: a bare sign-off on a paste's second line still closes a one-line message; a
// street or suite number in a signature is no reply; the writer naming their own address is the
// recipient when the text names no other; contact forms' address fields in more languages; "Sent
// from:" / "Sent to:" and Japanese labels; an address the text says mail reaches did not fail; a
// typed list ahead of its reply, or ending its sentence, names every entry.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'
import { headline, listed, recipients } from '../helpers/bounce-shown'

describe('fact review 60', () => {
  it.each([
    'Getting 550 5.1.1 User unknown\nThanks,\nSam\nsam.lee@contoso.com',
    'Our mails to a client bounce with 550 5.1.1 User unknown, please help.\n\nThanks,\nSam Lee\nsam.lee@contoso.com',
    'Müşteriye giden mailler 550 5.1.1 User unknown ile geri dönüyor.\nTeşekkürler,\nAyşe Yılmaz\nayse@firma.com.tr',
    'お客様宛のメールが 550 5.1.1 User unknown で戻ってきます。\nよろしくお願いいたします。\n田中\ntanaka@example.co.jp',
    'Hi, our mail to a customer bounces with 550 5.1.1 User unknown. Can you check?\n\nThanks,\nSam Lee\nContoso Ltd | Suite 400, Seattle\nsam.lee@contoso.com',
    'Hola,\nlos correos a un cliente rebotan con 550 5.1.1 User unknown.\n\nUn saludo,\nCarlos Pérez\nCalle de Alcalá 450 - 3º\n28009 Madrid\ncarlos.perez@empresa.es',
  ])('names no recipient when the only address is the writer’s, below a sign-off: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })

  it.each([
    [
      'Hi,\nour mails to bob@client.example bounce with 550 5.1.1 User unknown.\n\nThanks,\nSam Lee\nContoso Ltd, 500 Fifth Avenue\nsam.lee@contoso.com',
      'bob@client.example',
    ],
    [
      'Hola,\nlos correos a juan@cliente.es rebotan con 550 5.1.1 User unknown.\n\nUn saludo,\nCarlos Pérez\nCalle de Alcalá 450 - 3º\ncarlos.perez@empresa.es',
      'juan@cliente.es',
    ],
    [
      'Hello, my email address is sam.lee@contoso.com and since Monday people who write to me get 552 5.2.2 Mailbox full. I deleted lots of mails already.',
      'sam.lee@contoso.com',
    ],
    [
      "Hi, this is Sam Lee, sam.lee@contoso.com. Since this morning I don't receive any emails, senders get 550 5.1.1 User unknown.",
      'sam.lee@contoso.com',
    ],
    [
      'Hi,\nmails to carol@client.example arrive, but mails to bob@client.example bounce with 550 5.1.1 User unknown.',
      'bob@client.example',
    ],
    [
      'Hallo,\nMails an carol@kunde.example kommen an, aber an hans@kunde.example kommt 550 5.1.1 User unknown zurück.',
      'hans@kunde.example',
    ],
    [
      'Sent from: sam.lee@contoso.com\nSent to: bob@client.example\nError: 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    [
      '送信者: tanaka@example.co.jp\n宛先: suzuki@torihiki.example.jp\nエラー: 550 5.1.1 User unknown',
      'suzuki@torihiki.example.jp',
    ],
    [
      'Hi, can you check this?\n\nThanks,\nSam\n\nAffected:\nbob@client.example\nError: 550 5.1.1 User unknown',
      'bob@client.example',
    ],
    [
      'Dear alice@contoso.com, your message to bob@example.net was not delivered: 550 5.1.1 Recipient not found.',
      'bob@example.net',
    ],
    ['Sender alice@contoso.com, recipient walt@example.net: 550 5.1.1 User unknown', 'walt@example.net'],
  ])('names the failed recipient: %s', (text, recipient) => {
    expect(recipients(text)).toEqual([recipient])
  })

  it.each([
    'Name: Jana Weber\nE-Mail-Adresse: jana.weber@firma.de\nNachricht: Mails an hans@kunde.example kommen zurück mit 550 5.1.1 User unknown',
    'Nombre: Carlos Pérez\nEmail de contacto: carlos@empresa.es\nConsulta: Los correos a juan@cliente.es rebotan con 550 5.1.1 User unknown',
    '氏名：田中 太郎\nメールアドレス：tanaka@example.co.jp\nお問い合わせ内容：suzuki@torihiki.example.jp に送信したメールがエラー 550 5.1.1 User unknown で戻ります',
    'First name: Sam\nLast name: Lee\nWork email: sam.lee@contoso.com\nMessage: When we email bob@client.example we get 550 5.1.1 User unknown',
  ])('lists the writer’s form field and the address the message names, guessing neither: %s', (text) => {
    const [result] = analyzeBounceReport(text).recipients
    expect(result?.recipient).toBeNull()
    expect(result?.named.length).toBe(2)
  })

  // Turkish marks the destination after the address ("… adresine gönderdiğimiz"), as "when I send
  // to …" does in English: the form's own field is then the writer's.
  it('names the address a Turkish form message sends to, not the form field', () => {
    expect(
      recipients(
        'Ad Soyad: Ayşe Yılmaz\nMail adresi: ayse@firma.com.tr\nMesaj: mehmet@musteri.com.tr adresine gönderdiğimiz mailler 550 5.1.1 User unknown ile dönüyor',
      ),
    ).toEqual(['mehmet@musteri.com.tr'])
  })

  it.each([
    'Mails to bob@acme.example and carol@acme.example bounce with 550 5.1.1 User unknown.',
    '550 5.1.1 User unknown for bob@acme.example and carol@acme.example, can you check?',
    'bob@acme.example, carol@acme.example: 550 5.1.1 User unknown',
    'Mails to bob@acme.example, carol@acme.example and dan@acme.example bounce with 550 5.1.1 User unknown.',
    'Two bounced, 550 5.1.1 User unknown: bob@acme.example and carol@acme.example. The rest went out fine.',
  ])('names every entry of a list: %s', (text) => {
    expect(recipients(text).length).toBeGreaterThan(1)
  })

  it('lists, not names, an address a quoted customer calls their own', () => {
    const text =
      'Customer wrote: "my email address is bob@client.example, please send the invoice there"\nWe did, and got 550 5.1.1 User unknown back.\n\nThanks,\nSam'
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual(['bob@client.example'])
  })
})
