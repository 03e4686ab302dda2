// Fact review 63, from two blind sets (texts and their readings written by someone who had not seen
// the explainer): in a person's own text, words alone never make one of several addresses the failed
// recipient. A ticket's, a chat's or an email's addresses that no reply, RCPT TO or field marks are
// listed, not guessed; a German delay notice ("konnte bisher nicht zugestellt werden. Der Server
// versucht es weiterhin.") is a delay; an account blocked from sending ("für den Versand gesperrt")
// is the sender's own; Zoho's "Relaying disallowed as alice@…" names the sender, no recipient.
import { describe, expect, it } from 'vitest'
import { headline, listed, recipients } from '../helpers/bounce-shown'

describe('fact review 63', () => {
  it.each([
    [
      "Hi there,\n\nQuick one - I sent our newsletter draft to three people for review: anna@example.com, brian@example.org and chloe@example.net. One of them bounced back saying the mailbox doesn't exist but I can't find the bounce anymore, Outlook must have filtered it. Anna and Chloe both replied with comments already, so it must be Brian's. Anyway can you check the logs?\n\nThanks\nMia\n",
      'brian@example.org',
    ],
    [
      'Ticket #20240415-0042\nAnfragender: Thomas Berger <t.berger@autohaus-berger.example>\nBetreff: Rückläufer\n\nHallo,\n\nich habe gestern eine Mail an Herrn Schulz (schulz@versicherung-mitte.example) und Frau Becker (becker@versicherung-mitte.example) geschickt. Heute kam eine Unzustellbarkeitsmeldung zurück mit "550 5.1.1 Recipient not found". Welche Adresse betroffen ist, steht da nicht drin, oder ich finde es nicht. Ich habe nur diesen Text kopiert.\n\nViele Grüße\nThomas Berger\n',
      'schulz@versicherung-mitte.example',
    ],
    [
      'Tamam Serkan Bey, yeni adrese de denedim, yine geri döndü. Bu sefer hata farklı:\n\n"554 5.7.1 <mail.nihan-ofis.example>: Helo command rejected: Host not found"\n\nNe yapmamız gerekiyor?\n\nNihan\n\n15 Nis 2024 Pzt, 10:32 tarihinde Serkan Yılmaz <serkan@bulutbilisim.example> şunu yazdı:\n> Nihan Hanım merhaba,\n> Eski adres kapatıldı, lütfen bundan sonra destek@bulutbilisim.example adresini kullanın.\n> Serkan\n',
      'destek@bulutbilisim.example',
    ],
    [
      'Hallo zusammen,\n\nan info@praxis-dr-klein.example kann ich problemlos schreiben, aber an die persönliche Adresse der Ärztin, a.klein@praxis-dr-klein.example, kommt sofort die Meldung "Die E-Mail-Adresse wurde nicht gefunden" (550 5.1.1). Laut Visitenkarte ist die Adresse richtig. Meine Adresse: n.schulte@example.com\n\nNicole Schulte\n',
      'a.klein@praxis-dr-klein.example',
    ],
    [
      'Hi Support,\n\nOur HR assistant (cc\'d, jo.harris@example.org) asked me to raise this. Every time HR emails the payroll bureau at payroll@calder-bureau.example they get "550 5.7.1 Recipient rejected: sender not in allow list". Jo can email anyone else. Please reply to hr-tickets@example.org rather than me as I\'m off from Friday.\n\nCheers,\nEllis Grant\nIT Coordinator\n',
      'payroll@calder-bureau.example',
    ],
    [
      'Merhabalar, garip bir durum: Gmail hesabımdan (seda.kilic@example.com) dernek@hayvanseverler.example adresine mail atınca gidiyor, ama iş adresimden (seda@kilicmimarlik.example) atınca "554 5.7.1 Message rejected: Email from your domain is blocked" diye geri dönüyor. Sorun bizim domainde mi?\n',
      'dernek@hayvanseverler.example',
    ],
    [
      'Hi Support,\nI sent our volunteer update from info@friends-of-the-park.example with everyone on Bcc: tina.m@example.com, j.obrien@example.net, carlos.v@example.org, yuki.s@example.com. Back came "552 5.2.2 Mailbox full" but the bounce doesn\'t show the address (I think because it was Bcc?). I\'d like to tell whoever it is.\nThanks,\nMaureen\n',
      'tina.m@example.com',
    ],
    [
      'Zendesk #61204\nRequester: Olu Adebayo <olu@brightsmile-dental.example>\nCCs: reception@brightsmile-dental.example\nSubject: Appointment reminders to one patient rejected\n\nHi,\nOur appointment reminder to patient gracie.h@example.com was rejected. Bounce said:\n"550-5.7.1 [192.0.2.15] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked."\nOther patients receive them. Sent 04/23 at 10:45, appointment 4/25 3:30pm.\n\nOlu Adebayo\nPractice Manager\nBright Smile Dental | 500 W Madison St, Suite 550, Chicago, IL 60661 | (312) 555-0199\n',
      'gracie.h@example.com',
    ],
  ])("lists every address of a person's text that words alone place, never a guess: %s", (text, failed) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toContain(failed)
  })

  it('reads a German notice that the server is still trying as a delay, not an expiry', () => {
    const result = headline(
      '[SUP-3381] Verzögerte Zustellung an Lieferanten\nReporter: Stefan Richter\nAssignee: IT-Servicedesk\nPriorität: Mittel\nErstellt: 12.03.2024 08:17\n\nBeschreibung:\nSeit gestern bekomme ich für Mails an bestellung@metallbau-krause.example diese Meldung:\n\n"Die Nachricht konnte bisher nicht zugestellt werden. Der Server versucht es weiterhin."\nRemote-Server: 451 4.7.1 Please try again later (greylisting)\n\nDie Bestellung (Auftrag über 4.512,80 EUR) ist eilig. Können wir irgendwas tun?\n\nStefan\n',
    )
    expect([result?.action, result?.reason, result?.recipient]).toEqual([
      'delayed',
      'greylisted',
      'bestellung@metallbau-krause.example',
    ])
  })

  it("reads an account blocked from sending, in German, as the sender's own", () => {
    const result = headline(
      'Kontaktformular - Hilfe & Support\nName: Wolfgang Richter\nE-Mail: w.richter@example.net\nKundennummer: 55-1104-77\nAnliegen:\nGuten Tag, ich kann seit gestern keine E-Mails mehr versenden. In Outlook erscheint: "Der Server hat die Verbindung unerwartet beendet" und "550 5.7.0 Ihr Konto wurde wegen verdächtiger Aktivität für den Versand gesperrt". Empfangen geht noch. Bitte um Rückruf unter 0221 555 0178.\n',
    )
    expect([result?.reason, result?.recipient, result?.named]).toEqual(['sender-account', null, []])
  })

  it("names no recipient in Zoho's refusal of the From address", () => {
    expect(
      recipients(
        'Send Message Error\n\nSending of the message failed.\nAn error occurred while sending mail. The mail server responded:\nRelaying disallowed as info@example.org.\nPlease verify that your email address is correct in your account settings and try again.\n',
      ),
    ).toEqual([null])
  })
})
