// Fact review 66: French returned relay refusals ("reviennent", "ça passe pour les autres") and
// Microsoft 365's 5.7.54 for one customer while the others get the mail are the recipient side's; a
// contact line ("For questions: …", "İletişim için: …", "Email our IT lead: …", "reach me at …") is
// listed at most; a ticket's "opened by:", a "Customer email:", a Turkish "Gönderen:" name no
// recipient; Turkish "gereksiz klasörüne düşüyor" is no bounce; "rejected by the recipient's content
// filter / mail server / firewall" is a content refusal; a delay notice followed by the final one is
// a failure; French "la boîte aux lettres est pleine" is a full mailbox.
import { describe, expect, it } from 'vitest'
import { headline, listed, recipients, shown } from '../helpers/bounce-shown'

describe('fact review 66', () => {
  it.each([
    'Bonjour,\nTous nos mails vers contact@cabinet-durand.example reviennent avec :\n554 5.7.1 <contact@cabinet-durand.example>: Relay access denied\nLes autres destinataires reçoivent bien nos messages. Nous écrivons depuis accueil@notreboite.example.\n',
    'Bonjour, nos mails vers info@notaire.example nous reviennent : "550 5.7.1 Unable to relay for info@notaire.example". Tous les autres destinataires les reçoivent.\n',
    'Our mails to one customer bounce: "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain". The customer is jo@cust.example. Other customers get our mails.\n',
  ])(
    "reads a relay refusal for one domain, while the others get the mail, as the recipient side's: %s",
    (text) => {
      expect(shown(text, 'explanation')).toMatch(/after your own server had already taken it/)
    },
  )

  it.each([
    [
      'Hello postmaster,\nour mail to your users is rejected:\n554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using b.barracudacentral.example\nPlease delist us. For questions: Maria Lopez - maria.lopez@ourco.example - +1 212 555 0188\n',
      'maria.lopez@ourco.example',
    ],
    [
      'Merhaba,\nsizin sunucunuza gönderdiğimiz mailler şu hatayla reddediliyor:\n550 5.7.1 Client host [198.51.100.61] blocked using zen.spamhaus.example\nİletişim için: Ahmet Yıldız (ahmet@firmamiz.example)\n',
      'ahmet@firmamiz.example',
    ],
    [
      'We\'re on a blocklist apparently: "554 5.7.1 Service unavailable; Client host [198.51.100.90] blocked using zen.spamhaus.example".\nQuestions? Email our IT lead: ivan@ourco.example\n',
      'ivan@ourco.example',
    ],
    [
      'Hello, mails to our partner bounce with 554 5.7.1 "Client host blocked using bl.spamcop.example". If you need more info, reach me at nora@ourco.example or call 555-0101.\n',
      'nora@ourco.example',
    ],
  ])('lists, never names, a contact the writer gives: %s', (text, address) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([address])
  })

  it.each([
    'ticket opened by: hakan@example.com\nproblem: emails to our lawyer keep coming back "552 5.2.2 mailbox full"\n',
    'Customer email: deniz@example.net\nIssue: Mail to my accountant returns "552 5.2.2 Mailbox over quota"\n',
    'Gönderen: murat@example.com\nKonu: mail geri döndü\nAvukatımıza attığım mail "550 5.1.1 User unknown" diye geri döndü.\n',
  ])('names no ticket author, customer field or Turkish sender field as the failed recipient: %s', (text) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([])
  })

  it('reads no failure where a Turkish writer says the mail lands in junk', () => {
    expect(
      headline(
        "Merhaba, müşterilerimize (ör. satin@alici.example) gönderdiğimiz mailler gereksiz (junk) klasörüne düşüyor. Hata mesajı gelmiyor, mail ulaşıyor ama spam'e gidiyor. Ne yapmalıyız?\n",
      ),
    ).toBeUndefined()
  })

  it.each([
    'Hi, my email to bids@tender.example bounced: "554 5.7.1 Message rejected by the recipient\'s spam filter (score 9.1)". What do I change?\n',
    'Hi, my newsletter to jo@readers.example was rejected by the recipient\'s mail server: "550 5.7.1 Message content rejected as spam". How do I fix it?\n',
    'Our quote to tenders@city.example bounced: "550 5.7.1 Blocked by the recipient\'s firewall: message contains a macro-enabled attachment (.docm)".\n',
    'Hi support — sorry for the long mail. I\'m Priya (priya@startup.example). Our investor update went to 12 people. One, lp.fund@capital.example, bounced with 550 5.7.1 "Your email was rejected by the recipient\'s content filter". The others got it. My CFO is cfo@startup.example if you need her. Thanks!\n',
  ])(
    "reads a refusal by the recipient's content filter, mail server or firewall as the content's: %s",
    (text) => {
      expect(headline(text)?.reason).toBe('spam-content')
    },
  )

  it.each([
    'Hello,\ntwo notices: the first said "Delivery to the following recipient has been delayed: mo@slow.example", the second one a day later: "Delivery to the following recipient failed permanently: mo@slow.example ... 421 4.4.2 Connection timed out". What happened?\n',
    'Hi, forwarding what Gmail sent me — first "Delivery incomplete" for quinn@late.example, and now this morning "Message not delivered: There was a problem delivering your message to quinn@late.example. See the technical details below. ... The recipient server did not accept our requests to connect." So is it still trying?\n',
  ])('reads a delay notice followed by the final one as failed: %s', (text) => {
    expect(headline(text)?.action).toBe('failed')
  })

  it("reads a French full mailbox as the recipient's", () => {
    const result = headline(
      'Bonjour,\n\nNos mails vers contact@mairie-exemple.example reviennent avec ce message :\n"Votre message n\'a pas pu être remis à contact@mairie-exemple.example car la boîte aux lettres est pleine."\nPouvez-vous les prévenir ? Leur numéro : 01 55 00 44 21.\n\nCordialement\nBernard\n',
    )
    expect([result?.reason, result?.recipient]).toEqual(['mailbox-full', 'contact@mairie-exemple.example'])
  })
})
