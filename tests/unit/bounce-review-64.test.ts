// Fact review 64: a sentence's second destination is as likely as its first ("Emails to karen@…
// and dave@… arrive fine, but anything we send to accounts@… bounces"); a contact label or a
// signature's second entry is no recipient; a list of which the text says one bounced is listed;
// a text that says nothing bounced ("no bounce", "lands in his spam folder") gets no reading;
// Postfix's "refused to talk to me" is no policy refusal, its "starttls=1" counter no TLS demand; a
// webmail's "your mailbox … has exceeded its storage quota" is the sender's own; German "kommen …
// zurück" is a returned bounce, and Microsoft 365's 5.7.57 answers a device that did not log in.
import { describe, expect, it } from 'vitest'
import { headline, listed, recipients, shown } from '../helpers/bounce-shown'

describe('fact review 64', () => {
  it('names the address a sentence says bounces, not one it says mail reaches', () => {
    expect(
      recipients(
        'Hi team,\n\nEmails to karen@example.org and dave@example.org arrive fine, but anything we send to accounts@example.org bounces with:\n\n550 5.7.1 Message rejected due to content restrictions\n\nWe usually attach PDF invoices. Any idea?\n',
      ),
    ).toEqual(['accounts@example.org'])
  })

  it("names the address a Turkish sentence sends to ('… adresine gönderdiğim'), not the ticket's requester", () => {
    expect(
      recipients(
        'Talep No: 77120\nTalep Eden: Ayşe Demir\nE-posta: ayse.demir@anadolu-lojistik.example\nKonu: Müşteriye gönderdiğim mailler geri dönüyor\n\nAçıklama:\nMerhaba,\nDün akşamdan beri mehmet.kaya@kuzeyinsaat.example adresine gönderdiğim tüm e-postalar geri dönüyor. Gelen hata mesajı şöyle:\n\n552 5.2.2 The email account that you tried to reach is over quota.\n\nKarşı tarafı telefonla aradım, kutusunun dolu olduğunu söylediler ama hâlâ geri dönüyor. Yardımcı olabilir misiniz?\n\nTeşekkürler,\nAyşe Demir\nSatın Alma Uzmanı\nTel: 0212 555 01 44\n',
      ),
    ).toEqual(['mehmet.kaya@kuzeyinsaat.example'])
  })

  it('names no contact or signature entry as the failed recipient', () => {
    const contact =
      "Can you whitelist us please? All our mails to users at example.org get this:\n\n553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.8, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html\n\nContact: Omar, omar@ourco.example, +1 415 555 0100\n"
    expect(recipients(contact)).toEqual([null])
    expect(listed(contact)).toEqual(['omar@ourco.example'])
    expect(
      recipients(
        'Hello,\n\nI got an "undeliverable" message when writing to your colleague from accounting last week. The error was:\n\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\nCould you please give me the correct address?\n\nKind regards,\nAna Souza\nana.souza@example.com | Customer care: support@example.org\n',
      ),
    ).toEqual([null])
  })

  it('lists a list of which the text says one bounced, not every entry as failed', () => {
    const text =
      'I sent an announcement to these five people:\nk.ito@example.com\nm.berg@example.net\ns.park@example.org\nl.duval@example.com\nr.okafor@example.net\n\nOne bounce came back, all it said was "Recipient address rejected: Access denied". Which one?\n'
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toHaveLength(5)
  })

  it.each([
    'My emails to ceo@example.net keep landing in his spam folder. No bounce ever. How can I fix that?\n',
    'Hey, can you check if my email to procurement@redwood-energy.example actually went out? It\'s been 3 days and no answer, no bounce either. Sent it Monday ~3:30pm from jamie@example.org. Subject "RFP 2024-17 response".\n',
    "Hi, our client (m.alvarez@example.org) says our emails go to her junk folder. There's no bounce at all. Message trace says Status: Delivered. What can we do?\n",
  ])('reads no failure where the writer says nothing bounced: %s', (text) => {
    expect(headline(text)).toBeUndefined()
  })

  it("reads Postfix's 421 4.3.2 greeting refusal as a delay with no policy named", () => {
    const result = headline(
      "Hi there - I'm Quinn, sysadmin at Maple Street Bakery (quinn@maplestreet-bakery.example). Our little mail server has a message stuck in the queue:\n\n-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n4F2A81C0E3     2841 Tue Apr 16 09:12:44  orders@maplestreet-bakery.example\n(host mx.cafe-lumiere.example[192.0.2.140] refused to talk to me: 421 4.3.2 Service not available, closing transmission channel)\n                                         chef@cafe-lumiere.example\n\n-- 3 Kbytes in 1 Request.\n\nIs it going to retry on its own?\n",
    )
    expect([result?.action, result?.reason]).toEqual(['delayed', 'deferred'])
  })

  it("reads a failed SASL login in Postfix's log as a login, not as encryption", () => {
    expect(
      headline(
        'Apr  2 09:14:51 mail postfix/submission/smtpd[4120]: connect from unknown[198.51.100.201]\nApr  2 09:14:52 mail postfix/submission/smtpd[4120]: Anonymous TLS connection established from unknown[198.51.100.201]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\nApr  2 09:14:53 mail postfix/submission/smtpd[4120]: warning: unknown[198.51.100.201]: SASL PLAIN authentication failed: authentication failure, sasl_username=frontdesk@example.org\nApr  2 09:14:53 mail postfix/submission/smtpd[4120]: lost connection after AUTH from unknown[198.51.100.201]\nApr  2 09:14:53 mail postfix/submission/smtpd[4120]: disconnect from unknown[198.51.100.201] ehlo=2 starttls=1 auth=0/1 rset=1 commands=4/6\n',
      )?.reason,
    ).toBe('login-failed')
  })

  it("reads a webmail's full mailbox of the sender's own as theirs, not the recipient's", () => {
    const text =
      'From: Webmail System <no-reply@mail.provider.example>\nTo: alice@example.org\nSubject: Message not sent - mailbox over quota\n\nDear customer,\n\nYour message "Angebot Gartenbau" to info@gartenbau.example could not be sent because your mailbox alice@example.org has exceeded its storage quota (1024 MB of 1024 MB used). A copy of each sent message is stored in your Sent folder, so there is no space to send new mail.\n\nPlease delete old messages or empty your Trash folder and try again.\n\nNeed help? Visit https://help.provider.example/quota?account=alice@example.org\n\nYour Mail Team\n'
    expect([headline(text)?.reason, headline(text)?.recipient]).toEqual(['sender-account', null])
    expect(shown(text, 'title')).toBe('Your own mailbox is full')
  })

  it('reads a German returned relay refusal as reported, and 5.7.57 as the device that did not log in', () => {
    expect(
      shown(
        'Hallo,\n\nseit gestern kommen alle Mails an info@mueller-bau.example zurück. In der Rückmeldung steht:\n\n554 5.7.1 <info@mueller-bau.example>: Relay access denied\n\nWir senden von buchhaltung@schmidt-gmbh.example. Bei anderen Empfängern klappt es.\n\nViele Grüße\nAndrea Schmidt\n',
        'explanation',
      ),
    ).toMatch(/after your own server had already taken it/)
    expect(
      shown(
        "We're getting an undeliverable when our scanner sends scans to me (scanner@ourco.example -> me@ourco.example):\n\n530 5.7.57 Client not authenticated to send mail. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com 2024-03-05T10:00:00.000Z 08DC3C1B2F1E4A55]\n",
        'explanation',
      ),
    ).not.toMatch(/login was fine/)
  })
})
