// Fact review 72: a bounce quoted behind "> " below the writer's note is read as the bounce it is,
// every recipient with its own reply; the writer's signature above a pasted notice names no
// recipient; a pasted .env's "MAIL_FROM_ADDRESS=…" is a setting, not a recipient; a read receipt for
// the same subject after a non-delivery report says the resent message arrived; Barracuda's
// ":blocked" is one of the recipient's policies, not its content filter alone; and the returned
// message's own header block (a spam's "Your account has been suspended") is not the bounce's words.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 72', () => {
  it('reads each recipient of a quoted Exim bounce below a note', () => {
    expect(
      readings(
        "From: Jenny Wallace <j.wallace@stmarys-primary.example>\nTo: ICT Support <ict@trust-services.example>\nSubject: bounce from parents newsletter\n\nHi,\nI sent the summer term newsletter to all parents on BCC this morning and got this back. Three of them I think? Can you tell me which ones I need to ring to get a new email address from?\n\nThanks\nJenny\nSchool Office\n\n> From: Mail Delivery System <Mailer-Daemon@mail.stmarys-primary.example>\n> Subject: Mail delivery failed: returning message to sender\n>\n> This message was created automatically by mail delivery software.\n>\n> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent error. The following address(es) failed:\n>\n>   kp.hughes1984@mailhost.example\n>     host mx.mailhost.example [192.0.2.61]\n>     SMTP error from remote mail server after RCPT TO:<kp.hughes1984@mailhost.example>:\n>     550 5.1.1 <kp.hughes1984@mailhost.example>: Recipient address rejected: User unknown in virtual mailbox table\n>\n>   sandra.obi@familynet.example\n>     host mx2.familynet.example [198.51.100.23]\n>     SMTP error from remote mail server after end of data:\n>     552 5.2.2 <sandra.obi@familynet.example> Quota exceeded (mailbox for user is full)\n>\n>   d.ferreira@oldisp.example\n>     retry timeout exceeded\n>\n> ------ This is a copy of the message, including all the headers. ------\n>\n> From: St Mary's Primary School <j.wallace@stmarys-primary.example>\n> To: parents@stmarys-primary.example\n> Subject: Summer Term Newsletter\n",
      ),
    ).toEqual([
      ['kp.hughes1984@mailhost.example', 'failed', 'unknown-user'],
      ['sandra.obi@familynet.example', 'failed', 'mailbox-full'],
      ['d.ferreira@oldisp.example', 'failed', 'expired'],
    ])
  })

  it.each([
    [
      'Hallo,\nich habe die Einladung zur Mitgliederversammlung an den Kassenwart geschickt und bekomme das hier. Ist die Adresse falsch? Ich habe sie aus der Mitgliederliste.\n\nGrüße, Uwe (Schriftführer, TSV Beispielstadt)\nuwe.brandt.tsv@example.com\n\nZustellung unvollständig\n\nBei der Zustellung Ihrer Nachricht an kassenwart@tsv-beispielstadt.example ist ein vorübergehendes Problem aufgetreten. Gmail versucht es weitere 47 Stunden lang. Sie werden benachrichtigt, falls die Zustellung endgültig fehlschlägt.\n\nAntwort:\n\n450 4.2.0 <kassenwart@tsv-beispielstadt.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/tsv-beispielstadt.example.html\n',
      [['kassenwart@tsv-beispielstadt.example', 'delayed', 'greylisted']],
    ],
    [
      "Hi, sent the AGM invite to our treasurer and got this. Is the address wrong?\n\nUwe (club secretary)\nuwe.brandt.tsv@example.com\n\n** Delivery incomplete **\n\nThere was a temporary problem delivering your message to treasurer@tsv-beispielstadt.example. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\n450 4.2.0 <treasurer@tsv-beispielstadt.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/tsv-beispielstadt.example.html\n",
      [['treasurer@tsv-beispielstadt.example', 'delayed', 'greylisted']],
    ],
    [
      "Bonjour,\n\nJ'ai envoyé la facture de juin au grossiste et à mon comptable lundi matin. Le comptable (expert@cabinet-comptable-roux.example) l'a bien reçue. Par contre ce matin j'ai ce message pour le grossiste. Est-ce que je dois renvoyer ? Est-ce que c'est l'adresse qui est fausse ?\n\nBernard Martin\nBoulangerie Martin\ncontact@boulangerie-martin.example\n\nSubject: Warning: message 1sK3vA-0004Xy-2B delayed 24 hours\nFrom: Mail Delivery System <Mailer-Daemon@srv12.hebergeur-pro.example>\n\nThis message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on srv12.hebergeur-pro.example.\n\nThe message identifier is:     1sK3vA-0004Xy-2B\nThe subject of the message is: Facture juin - Boulangerie Martin\nThe date of the message is:    Mon, 01 Jul 2024 09:12:44 +0200\n\nThe address to which the message has not yet been delivered is:\n\n  facturation@grossiste-farine.example\n    host mx.grossiste-farine.example [198.51.100.101]\n    Delay reason: SMTP error from remote mail server after pipelined MAIL FROM:<contact@boulangerie-martin.example> SIZE=81234:\n    421 4.7.0 Try again later, closing connection. (MAIL)\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
      [['facturation@grossiste-farine.example', 'delayed', 'deferred']],
    ],
  ])('names no signature above a pasted notice: %s', (text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it("names no .env setting's address as a recipient", () => {
    expect(
      readings(
        'Selam ekip, prod\'da şifre sıfırlama mailleri gitmiyor since the deploy on Monday. Kullanıcılardan şikayet var (mesela deniz.aydin@example.com 3 kere denemiş). Log:\n\n[2024-05-20 11:03:44] production.ERROR: Expected response code "250" but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR06MB6290.eurprd06.prod.outlook.com 2024-05-20T08:03:44.118Z 08DC78A1C0E2B5F4]". {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 550): Expected response code \\"250\\" but got code \\"550\\", with message \\"550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR06MB6290.eurprd06.prod.outlook.com 2024-05-20T08:03:44.118Z 08DC78A1C0E2B5F4]\\". at /var/www/app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)\n[stacktrace]\n#0 /var/www/app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->assertResponseCode()\n#1 /var/www/app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(212): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->doMailFromCommand()\n...\n\n.env:\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.office365.com\nMAIL_PORT=587\nMAIL_USERNAME=app-mailer@kuzeysoft.example\nMAIL_FROM_ADDRESS=noreply@kuzeysoft.example\n\nDeploy\'da sadece MAIL_FROM_ADDRESS\'i değiştirdik (önceden app-mailer idi). Bence Microsoft bizi spam diye blockladı, ne dersiniz? IP reputation\'a mı bakalım?\n',
      ),
    ).toEqual([[null, 'not-sent', 'send-as']])
  })

  it.each([
    [
      "Kerem Bey merhaba,\n\nDün akşam aşağıdaki hata geldi (1), sabah tekrar gönderdim bu sefer okundu bilgisi geldi (2). Yani gitti mi şimdi? Bir daha göndermem gerekir mi? Müşteri aynı faturayı iki kez görünce kızıyor.\n\n(1) Dün 18:52\nTeslim Edilemedi: Fatura 2024-0387\n\nŞu alıcılara veya gruplara teslim başarısız oldu:\nozlem.cetin@kalemkirtasiye.example\nAlıcının posta kutusu dolu ve şu anda ileti kabul edemiyor. Lütfen iletinizi daha sonra yeniden göndermeyi deneyin veya doğrudan alıcıyla iletişim kurun.\n\nYöneticiler için tanılama bilgileri:\nOluşturan sunucu: VI1PR07MB5983.eurprd07.prod.outlook.com\nozlem.cetin@kalemkirtasiye.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.'\n\n(2) Bugün 09:10\nOkundu: Fatura 2024-0387\n\nİletiniz\n    Kime: Özlem Çetin\n    Konu: Fatura 2024-0387\n    Gönderildi: 16.05.2024 Perşembe 09:04\n16.05.2024 Perşembe 09:10 tarihinde okundu.\n\nEce Şahin\nMuhasebe | Güneş Ofis Malzemeleri\nece.sahin@gunesofis.example\n",
    ],
    [
      "Hi Kerem, yesterday I got (1), this morning I resent and got the read receipt (2). Did it go through now? Do I need to send again? The customer gets annoyed by duplicates.\n\n(1) yesterday 18:52\nUndeliverable: Invoice 2024-0387\n\nDelivery has failed to these recipients or groups:\nozlem.cetin@kalemkirtasiye.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nGenerating server: VI1PR07MB5983.eurprd07.prod.outlook.com\nozlem.cetin@kalemkirtasiye.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.'\n\n(2) today 09:10\nRead: Invoice 2024-0387\n\nYour message\n    To: Özlem Çetin\n    Subject: Invoice 2024-0387\n    Sent: Thursday, 16 May 2024 09:04\nwas read on Thursday, 16 May 2024 09:10.\n",
    ],
  ])('reads a read receipt after the non-delivery report as delivered: %s', (text) => {
    expect(readings(text)).toEqual([['ozlem.cetin@kalemkirtasiye.example', 'delivered', 'delivered']])
  })

  it("reads Barracuda's ':blocked' as the recipient's policy", () => {
    expect(
      readings(
        'From: mailer-daemon@example.com\nTo: dispo@example.com\nSubject: Message undeliverable: AW: Lieferschein 4471\nDate: Wed, 06 Mar 2024 11:20:44 +0100\n\nYour message did not reach some or all of the intended recipients.\n\n   Sent: Wed, 06 Mar 2024 11:20:31 +0100\n   Subject: AW: Lieferschein 4471\n\nThe following recipient(s) could not be reached:\n\np.horn@example.org\n   Error Type: SMTP\n   Remote server (198.51.100.77) issued an error.\n   hMailServer sent: .\n   Remote server replied: 550 permanent failure for one or more recipients (p.horn@example.org:blocked)\n\nhMailServer\n',
      ),
    ).toEqual([['p.horn@example.org', 'failed', 'policy']])
  })

  it("reads a backscatter bounce as backscatter (fact review 73), not by the forged spam's subject as the sender's account", () => {
    expect(
      readings(
        'Hi support, I keep getting these but I never wrote to this person?? Is my account hacked?\n\nFrom: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nTo: info@example.com\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n<zh4k.l0pes@example.net>: unknown user: "zh4k.l0pes"\n\nReceived: from ppp-203-0-113-201.dyn.example.test (unknown [203.0.113.201])\n\tby mx.example.net (Postfix) with ESMTP id 4TrC2x1pQvz9rwZ\n\tfor <zh4k.l0pes@example.net>; Thu,  7 Mar 2024 04:12:09 +0100 (CET)\nFrom: "Info" <info@example.com>\nTo: zh4k.l0pes@example.net\nSubject: Your account has been suspended - verify now\nDate: Thu, 7 Mar 2024 03:12:05 +0000\n',
      ),
    ).toEqual([['zh4k.l0pes@example.net', 'failed', 'backscatter']])
  })
})

describe('fact review 72, findings read more exactly', () => {
  it.each([
    [
      'Web chat transcript — OceanWave Broadband — 11 Jul 2024\n\nVisitor (Dorothy Mills): hello i cant send emails from my iphone\nAgent (Craig): Hi Dorothy, sorry to hear that. What happens when you try?\nVisitor (Dorothy Mills): it says Cannot Send Mail. The user name or password for "smtp.oceanwave.example" is incorrect.\nVisitor (Dorothy Mills): i am trying to send photos to my grandson tom.mills@example.org. his email is definitely right he uses it all the time\nAgent (Craig): Have you changed your email password recently?\nVisitor (Dorothy Mills): yes my daughter changed it on the computer last week on the webmail after we had that scam text\nVisitor (Dorothy Mills): i can still read my emails on the ipad though\nAgent (Craig): Thanks. Your account is d.mills1951@oceanwave.example, is that right?\nVisitor (Dorothy Mills): yes\n',
      [null, 'not-sent', 'login-failed'],
    ],
    [
      'Ticket #DE-55120\nKunde: Praxis Dr. Yilmaz\nKontakt: Frau Weber (empfang@praxis-yilmaz.example)\nKategorie: E-Mail Versand\nBearbeiter: L. Neumann\n\nAnruf Frau Weber 08:40: Thunderbird meldet seit heute früh beim Senden:\n\n„Anmeldung bei Server smtp.mailanbieter.example mit Benutzername empfang@praxis-yilmaz.example fehlgeschlagen."\n\ndanach „Senden der Nachricht fehlgeschlagen." Die Mail an das Labor (befunde@medlab-nord.example) hängt im Postausgang. Abrufen/Empfangen geht weiterhin. Laut Kundin hat der Provider letzte Woche wegen eines Sicherheitsvorfalls alle Passwörter zurückgesetzt, das neue Passwort wurde im Webmail gesetzt.\n\nNächster Schritt: Fernwartung 10:00.\n',
      [null, 'not-sent', 'login-failed'],
    ],
    [
      "Subject: Outbound email not working from VPS (support ticket #88120)\n\nHi,\n\nOur app on VPS vps-2231 (203.0.113.87) can't send any mail since we migrated to you. The exact same code and config works from my laptop. Nothing reaches the users, e.g. the signup confirmation for test.user@example.org never arrived. No bounce, the send just times out after about 2 minutes. Is your network down?\n\ntransport config:\n  host: 'smtp.mailrelay.example',\n  port: 25,\n  secure: false,\n  auth: { user: 'no-reply@tinytasks.example', pass: '***' }\n\nError from the log:\n\nError: Connection timeout\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n    at SMTPConnection._onError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:784:20)\n    at Timeout.<anonymous> (/app/node_modules/nodemailer/lib/smtp-connection/index.js:237:22)\n    at listOnTimeout (node:internal/timers:573:17)\n    at process.processTimers (node:internal/timers:514:7) {\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n}\n\nThanks,\nMarek\n",
      [null, 'not-sent', 'outgoing-server'],
    ],
    [
      "Hallo zusammen,\n\nseit heute kommen alle Mails an Eigentümer mit T-Online-Adressen zurück. Bei GMX und Web.de geht's ganz normal. Ich vermute, die Leute räumen ihre Postfächer nicht auf?? Hier die Fehlermeldung:\n\nVon: Mail Delivery System <MAILER-DAEMON@mail.hausverwaltung-kraemer.example>\nBetreff: Undelivered Mail Returned to Sender\nDatum: 20. Februar 2024 um 10:05:11 MEZ\n\nThis is the mail system at host mail.hausverwaltung-kraemer.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<w.schmitt@t-online.example>: host mx00.t-online.example[198.51.100.31] said:\n    554 IP=203.0.113.9 - A problem occurred. (Ask your postmaster for help or\n    to contact tosa@rx.t-online.example to clarify.) (in reply to MAIL FROM\n    command)\n\nWas soll ich machen? Die Einladung zur Eigentümerversammlung muss raus.\n\nGruß\nPetra Krämer\nHausverwaltung Krämer\n",
      ['w.schmitt@t-online.example', 'failed', 'blocked'],
    ],
  ])('reads %s', (text, expected) => {
    expect(readings(text)).toEqual([expected])
  })
})
