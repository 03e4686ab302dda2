// Fact review 65: variants of review 64's findings, and a blind set. The writer signing off beside
// their address ("cheers, derek@…", "Thanks, Lina (lina@…)", "Sent from my iPhone - bert@…") is
// listed at most; a contact person ("Ansprechpartner: …", "Reply to it-admin@…") is no recipient; a
// list of which "one mail came back, which?" or "two of them came back" is listed; "KEINE
// Fehlermeldung", "just in junk", "nothing in our spam quarantine" get no reading; a relay refusal
// for one domain while every other gets the mail is the recipient side's; German, Turkish, Spanish
// and French "your mailbox is full" is the sender's own; Outlook's 0x800CCC19 is a program that
// never reached its server.
import { describe, expect, it } from 'vitest'
import { headline, listed, recipients, shown } from '../helpers/bounce-shown'

describe('fact review 65', () => {
  it.each([
    [
      "Can you check why my mail isn't going out? Outlook says:\n\n\"Your message did not reach some or all of the intended recipients.\nThe following recipient(s) cannot be reached:\n'All Staff' on 10/14/2024 9:12 AM\n    5.7.1 You do not have permission to send to this recipient.\"\n\ncheers, derek@example.com\n",
      'derek@example.com',
    ],
    [
      'My mail to the sales list bounced: "550 5.7.1 Sender not allowed to post to this group". Thanks, Lina (lina@example.com)\n',
      'lina@example.com',
    ],
    [
      'Hi, my emails bounce with "550 5.1.1 User unknown". No idea why.\nSent from my iPhone - bert@example.com\n',
      'bert@example.com',
    ],
    [
      'My mail bounced with "550 5.1.1 The email account that you tried to reach does not exist". Regards, Paula <paula@example.com>\n',
      'paula@example.com',
    ],
    [
      'Hi, I keep getting "552 5.2.2 Mailbox full" when I email my landlord. Any idea? - sent by karl@example.net\n',
      'karl@example.net',
    ],
    [
      'Please unblock us. Our mails to example.org are refused with:\n\n554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using bl.spamcop.net\n\nIf you need anything, contact person: Omar Haddad (omar@ourco.example), phone +1 415 555 0100\n',
      'omar@ourco.example',
    ],
    [
      'Bitte um Freischaltung. Unsere Mails an example.org werden abgelehnt:\n\n554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using zen.spamhaus.org\n\nAnsprechpartner: Herr Weber, weber@unserefirma.example, Tel. 030 555 0100\n',
      'weber@unserefirma.example',
    ],
    [
      'Hi, all our mails to your domain example.org get "550 5.7.1 Client host [203.0.113.8] blocked using zen.spamhaus.org". Reply to it-admin@ourco.example with any questions.\n',
      'it-admin@ourco.example',
    ],
  ])('lists, never names, the writer or a contact beside their sign-off or label: %s', (text, address) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text)).toEqual([address])
  })

  it('names no ticket author as the failed recipient', () => {
    expect(
      recipients(
        'Ticket from: yusuf@example.com\nSubject: bounce\nBody: I get 550 5.1.1 user unknown when I write to the tax office. Please help.\n',
      ),
    ).toEqual([null])
  })

  it.each([
    'Ich habe die Einladung an diese fünf geschickt:\na.meier@example.com\nb.huber@example.net\nc.wolf@example.org\nd.klein@example.com\ne.frank@example.net\nEine Mail kam zurück, mit "550 5.1.1 User unknown". Welche war es?\n',
    'I sent the newsletter to x1@example.com, x2@example.net, x3@example.org. Two of them came back with "552 5.2.2 Mailbox full", don\'t know which two.\n',
  ])('lists a list of which the text says some bounced: %s', (text) => {
    expect(recipients(text)).toEqual([null])
    expect(listed(text).length).toBeGreaterThan(2)
  })

  it.each([
    'Guten Tag,\n\nunsere Newsletter an kunden@example.org kommen nicht an. Es kommt aber KEINE Fehlermeldung zurück, die Mails landen laut Kunde im Spam-Ordner.\nWie können wir das verbessern?\n\nMit freundlichen Grüßen\nJonas Keller\nMarketing\n',
    "Hi,\n\nI have a customer that claims she sends us emails but we never get them. She is at hanna@example.net. When I look at our spam quarantine there's nothing. Our address is service@example.com. Could the problem be on her side?\n\nBest,\nOle\nPhone 0049 40 550 1100\n",
    "Hi, our invoices to accounts@example.net end up in the recipient's Junk Email folder. They don't bounce, they arrive, just in junk. How do we fix this?\n",
    'Our emails to customers at Gmail land in the Promotions tab or Spam, e.g. for client1@example.com. No bounces at all.\n',
  ])('reads no failure where the writer says nothing bounced: %s', (text) => {
    expect(headline(text)).toBeUndefined()
  })

  it.each([
    'From the chat:\n[10:02] Customer: hi my emails to billing@example.org bounce\n[10:03] Agent: can you paste the error?\n[10:04] Customer: "554 5.7.1 <billing@example.org>: Relay access denied"\n[10:04] Customer: it works for all other addresses, just this one domain\n[10:05] Agent: ok let me check\n',
    'Hi, everything we send to info@baker-legal.example comes back with this:\n\n554 5.7.1 <info@baker-legal.example>: Relay access denied\n\nAll our other contacts get our mails fine. We send from office@ourfirm.example.\n',
    'Merhaba, info@yilmaz-insaat.example adresine gönderdiğimiz tüm mailler geri dönüyor:\n"554 5.7.1 <info@yilmaz-insaat.example>: Relay access denied"\nDiğer alıcılara sorunsuz gidiyor.\n',
    'Hola, los correos a ventas@ferreteria.example nos vuelven con:\n550 5.7.1 Unable to relay for ventas@ferreteria.example\nAl resto de destinatarios les llegan bien.\n',
  ])(
    "reads a relay refusal for one domain, while the others get the mail, as the recipient side's: %s",
    (text) => {
      expect(shown(text, 'explanation')).toMatch(/after your own server had already taken it/)
    },
  )

  it("reads a German 'Ihr Postfach ist voll' as the sender's own mailbox", () => {
    const text =
      'Hallo, ich kann keine Mails mehr senden. Die Meldung: "Ihr Postfach ist voll. Sie können keine Nachrichten senden oder empfangen." Ich wollte an kunde@example.net schreiben.\n'
    expect([headline(text)?.reason, headline(text)?.recipient]).toEqual(['sender-account', null])
    expect(shown(text, 'title')).toBe('Your own mailbox is full')
  })

  it("reads Outlook's 0x800CCC19 as a program that never reached its own server", () => {
    const result = headline(
      'Ticket 2024-10-15-0032\nRequester: jan.novak@example.com\nDescription: Outlook shows "The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP)." Error 0x800CCC19. Trying to send to a supplier info@supplier.example.\n',
    )
    expect([result?.action, result?.reason, result?.recipient]).toEqual(['not-sent', 'outgoing-server', null])
  })
})
