// Fact review 70: Gmail's delay notice ("Message not delivered yet … Gmail will retry for 46 more
// hours") is a delay, not a final failure; a writer who denies a bounce ("I did not get any
// undeliverable notice", "No rebotan", "… haben wir NICHT bekommen") reports none, so a deferral stays
// a deferral and a text with no code and nothing returned gets no reading.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const outcome = (text: string) => {
  const h = analyzeBounceReport(text).headline
  return h && [h.recipient, h.action, h.reason]
}

describe('fact review 70', () => {
  it.each([
    [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Delay)\nTo: <noor.haddad@example.com>\n\nMessage not delivered yet\nThere was a temporary problem delivering your message to returns@parcelpoint.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\nLEARN MORE\nThe response from the remote server was:\n\n451 4.3.0 <returns@parcelpoint.example>: Temporary lookup failure\n",
      ['returns@parcelpoint.example', 'delayed', 'system-error'],
    ],
    [
      "Delivery Status Notification (Delay)\n\nMessage not delivered yet\nThere was a temporary problem delivering your message to dana.whitfield@example.org. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.\nThe response from the remote server was:\n452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n452-4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a640c23a62f3a-a4e5b1c2d3si123456766b.412 - gsmtp\n",
      ['dana.whitfield@example.org', 'delayed', 'mailbox-full'],
    ],
  ])("reads Gmail's delay notice as a delay: %s", (text, expected) => {
    expect(outcome(text)).toEqual(expected)
  })

  it.each([
    [
      'Hi Jonas, did the invoice arrive? Our log says:\n\nto=<buchhaltung@seeblick-hotel.example>, status=deferred (host mx.seeblick-hotel.example[198.51.100.66] said: 450 4.2.0 <buchhaltung@seeblick-hotel.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/seeblick-hotel.example.html (in reply to RCPT TO command))\n\nI did not get any undeliverable notice.\n',
      ['buchhaltung@seeblick-hotel.example', 'delayed', 'greylisted'],
    ],
    [
      'Hallo Jonas, ist die Rechnung jetzt angekommen? Im Log steht bei der Mail:\n\nto=<buchhaltung@seeblick-hotel.example>, status=deferred (host mx.seeblick-hotel.example[198.51.100.66] said: 451 4.7.1 Please try again later (in reply to RCPT TO command))\n\nEine Unzustellbar-Mail habe ich nicht bekommen.\n',
      ['buchhaltung@seeblick-hotel.example', 'delayed', 'deferred'],
    ],
  ])('keeps a deferral a deferral when the writer says no bounce came: %s', (text, expected) => {
    expect(outcome(text)).toEqual(expected)
  })

  it.each([
    [
      'Hi team,\n\nOur customer\'s IT manager (a.yilmaz@nordlicht-gmbh.example) says our invoices from billing@printworks.example never reach his users. We did NOT get any bounce or undeliverable notice. He found them in his Microsoft Defender quarantine, reason "Phish". He released them but the next one is quarantined again.\n\nDo we need to change our SPF/DKIM or is this on his side?\n\nThanks\nFrank\n',
    ],
    [
      'Formulario de soporte — nueva solicitud\nNombre: Héctor Salinas\nCorreo: hsalinas@agricola-valle.example\nEmpresa: Agrícola del Valle\nAsunto: Correos llegan con horas de retraso\n\nDescripción:\nDesde el lunes los correos que enviamos a la aseguradora (siniestros@seguros-horizonte.example) llegan con 3 o 4 horas de retraso. No rebotan, no recibimos ningún error, simplemente llegan tarde (ellos nos confirman la hora en que les llega y nos reenvían los partes con retraso). A otros destinatarios llegan al momento. Enviamos desde Outlook con cuenta de Microsoft 365. ¿Pueden revisarlo? Es urgente porque los partes de siniestro tienen plazo.\n\nAdjuntos: ninguno\n',
    ],
    [
      'Hallo,\n\nunser Kunde (Herr Yilmaz, IT-Leiter bei Nordlicht GmbH, a.yilmaz@nordlicht-gmbh.example) sagt, unsere Rechnungen von rechnung@druckerei-berg.example kommen bei denen nicht an. Einen Rückläufer / eine Unzustellbar-Meldung haben wir NICHT bekommen. Herr Yilmaz hat jetzt herausgefunden, dass die Mails bei ihm in der Quarantäne von Microsoft Defender landen (als Grund steht "Phish"). Er hat sie freigegeben, aber die nächste landet wieder dort.\n\nMüssen wir an unserem SPF/DKIM etwas ändern oder ist das sein Problem? Unsere Rechnungen verschickt die Warenwirtschaft über den Server vom Provider (mailout.provider.example), normale Mails gehen über Outlook.\n\nDanke\nFrank Berg\nDruckerei Berg\n',
    ],
  ])('gives no reading when the writer says nothing bounced: %s', (text) => {
    expect(analyzeBounceReport(text).recipients).toEqual([])
  })

  it('still reads a notice whose own words deny a delivery, not a bounce', () => {
    const text =
      'Emails to nora.s@example.org show as "Failed" in the logs with "Not delivering to previously bounced address" (code 605).\n'
    expect(analyzeBounceReport(text).headline?.action).toBe('failed')
  })
})
