// Fact review 71: a person who pastes an auto-reply under its own header ("Konu: Otomatik yanıt: …",
// "Betreff: Automatische Antwort: …") got an answer, not a bounce, however they call it; a
// challenge-response filter's notice (Boxbe, SpamArrest) holds the message until the sender
// confirms; a sending network that blocks outgoing port 25 is why every server timed out; and a
// delayed recipient's own lead ("Delayed Mail (still being retried)") is its own, not the failed one's.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 71', () => {
  it.each([
    [
      "Konu: Geri dönen mail?\n\nMerhaba,\nDelta Yazılım'ın İnsan Kaynakları adresine (ik@deltayazilim.example) gönderdiğim CV geri döndü galiba, hemen aşağıdaki cevap geldi. Tekrar göndereyim mi, yoksa adres mi yanlış?\n\nBora Güneş\n0 532 000 00 00\nbora.gunes@posta.example\n\n-----\nKimden: Delta Yazılım İK <ik@deltayazilim.example>\nTarih: 2 Temmuz 2024 Salı 09:14\nKime: bora.gunes@posta.example\nKonu: Otomatik yanıt: Başvuru - Yazılım Geliştirici\n\nBaşvurunuz için teşekkür ederiz. E-postanız tarafımıza ulaşmıştır. Başvurular incelendikten sonra uygun adaylarla iletişime geçilecektir.\nBu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.\n\nDelta Yazılım A.Ş. İnsan Kaynakları\n",
    ],
    [
      'Subject: Returned mail?\n\nHi,\nI sent my CV to the HR address at Delta Software (hr@deltasoftware.example) and I think it bounced back, I got the reply below right away. Should I send it again or is the address wrong?\n\nBora Gunes\nbora.gunes@posta.example\n\n-----\nFrom: Delta Software HR <hr@deltasoftware.example>\nSent: Tuesday, July 2, 2024 9:14 AM\nTo: bora.gunes@posta.example\nSubject: Automatic reply: Application - Software Developer\n\nThank you for your application. Your email has been received. We will contact suitable candidates after reviewing all applications.\nThis is an automated message, please do not reply.\n',
    ],
    [
      'Betreff: Mail kam zurück?\n\nHallo Support,\nmeine Mail an Herrn Kraus (kraus@kraus-elektro.example) kam sofort zurück, siehe unten. Ist die Adresse falsch?\n\nGruß\nAnja Wolf\na.wolf@wolf-bau.example\n\nVon: Jens Kraus <kraus@kraus-elektro.example>\nGesendet: Montag, 8. Juli 2024 10:02\nAn: Anja Wolf <a.wolf@wolf-bau.example>\nBetreff: Automatische Antwort: Angebot Elektroinstallation\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.07. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an info@kraus-elektro.example.\n',
    ],
  ])('reads a pasted auto-reply as no bounce: %s', (text) => {
    expect(readings(text)).toEqual([[null, null, 'auto-reply']])
  })

  it.each([
    [
      'From: Robert Haines <rhaines@example.net>\nTo: sam.ortiz@example.com\nSubject: Re: Your quote request [Verification needed]\nAuto-Submitted: auto-replied\n\nHello,\n\nI\'m protecting myself from junk mail. Please click the link below to complete the verification process. You have to do this only once.\n\n  https://verify.challenge-box.example/v?id=8f2c91ab&a=rhaines%40example.net\n\nYour message "Your quote request" is being held and will be delivered to me as soon as you complete the verification. If it is not verified within 7 days it will be deleted.\n\nThank you,\nRobert Haines\n\n-- \nThis challenge was sent by a sender verification service on behalf of rhaines@example.net.\n',
      'rhaines@example.net',
    ],
    [
      'From: "Boxbe" <notify@boxbe.example>\nTo: sam.ortiz@example.com\nSubject: Request to join Paula Grant\'s Guest List (Action Required)\n\nHello sam.ortiz@example.com,\n\nYour message to Paula Grant (pgrant@example.net) was received but has been put on hold.\nPaula uses a Guest List to screen out unwanted email. To deliver your message, please click the link below and complete a short verification. You will only need to do this once.\n\n  Verify and deliver my message: https://www.boxbe.example/anno?tc=1234567_89&m=abc\n\nYour message will be held for 30 days, after which it will be deleted unless you verify.\n\nSubject: Invoice 2024-0419\nSent: Apr 17, 2024 10:02 AM\n',
      'pgrant@example.net',
    ],
    [
      'Subject: Please verify your email to reach mlopez@example.org [SpamArrest]\nFrom: mlopez@example.org\nTo: sam.ortiz@example.com\n\nHi, I use Spam Arrest to protect myself from spam. Because this is the first time you have sent me an email, please verify that you are a real person by clicking on this link:\n\nhttps://www.spamarrest.example/verify?a=mlopez%40example.org&c=9f8e7d\n\nYour original message has not been delivered. Once you are verified, your message will be delivered and all future messages will come straight through.\n\nThank you!\n',
      'mlopez@example.org',
    ],
  ])("reads a challenge-response notice as held for the sender's confirmation: %s", (text, recipient) => {
    expect(readings(text)).toEqual([[recipient, null, 'challenge']])
  })

  it('reads every timeout as the blocked port 25 the writer names, the mail still queued', () => {
    expect(
      readings(
        'Outgoing mail from my home Postfix just sits in the queue:\n\n4F2B11A0C3*    2214 Mon Jun  3 09:14:52  nick@harlow-consulting.example\n(connect to mx1.client-a.example[203.0.113.25]:25: Connection timed out)\n                                         j.baker@client-a.example\n\n7C1D21A0D9     1871 Mon Jun  3 09:20:07  nick@harlow-consulting.example\n(connect to mx.mailprovider.example[198.51.100.150]:25: Connection timed out)\n                                         nick.harlow@mailprovider.example\n\nMy ISP support just told me they block outgoing port 25 on residential lines.\n',
      ),
    ).toEqual([
      ['j.baker@client-a.example', 'delayed', 'port-blocked'],
      ['nick.harlow@mailprovider.example', 'delayed', 'port-blocked'],
    ])
  })

  it("keeps a delayed recipient's reading its own beside a failed one", () => {
    expect(
      readings(
        'Betreff: Rundmail an Vorstand - Probleme\n\nHallo Jan,\n\nich habe gestern Abend die Einladung zur Vorstandssitzung an alle verschickt (über mein Vereinspostfach renate@turnverein-nord.example).\n- Klaus (k.meier@turnverein-nord.example) und Gabi (gabi.k@turnverein-nord.example) haben schon zugesagt, die haben sie also.\n- Von Uwe kam das hier zurück:\n\n   <uwe.brandt@webpost.example>: host mx.webpost.example[203.0.113.66] said: 552\n       5.2.2 <uwe.brandt@webpost.example>: Recipient address rejected: Mailbox is\n       full (in reply to RCPT TO command)\n\n- Und bei Heike kam heute früh eine Mail "Delayed Mail (still being retried)" mit:\n\n   <heike.s@mailbox-sued.example>: host mx.mailbox-sued.example[198.51.100.33]\n       said: 450 4.7.1 Client host rejected: cannot find your hostname,\n       [192.0.2.55] (in reply to RCPT TO command)\n\nMuss ich da was machen oder soll ich die beiden einfach anrufen?\n\nGrüße\nRenate\n(Schriftführerin)\n',
      ),
    ).toEqual([
      ['uwe.brandt@webpost.example', 'failed', 'mailbox-full'],
      ['heike.s@mailbox-sued.example', 'delayed', 'blocked'],
    ])
  })
})

describe('fact review 71, findings read more exactly', () => {
  it.each([
    [
      "Subject: scanner can't send emails anymore\nFrom: Greg Whitfield <greg@whitfield-architects.example>\nTo: support@msp.example\n\nHey guys,\n\nSince Monday the big Ricoh copier won't email scans anymore. It always sent from scans@whitfield-architects.example to whoever you pick in the address book. The log on the copier says:\n\n  SMTP error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [BN9PR03CA0123.namprd03.prod.outlook.com 2024-05-06T14:02:11.492Z 08DC6D2B8F3A1E44]\n\nTried sending to myself and to Karen (karen.liu@whitfield-architects.example) - nothing arrives. Nothing changed on our end, promise :)\n\nGreg Whitfield\nWhitfield Architects\n",
      [null, 'not-sent', 'login-method'],
    ],
    [
      "From: Bev Tanaka <bev.tanaka@riverside-clinic.example>\nTo: helpdesk@riverside-clinic.example\nSubject: can't send anything!!\n\nHi,\nOutlook has a yellow bar on top saying \"Mailbox Full - Your mailbox is full. You might not be able to send or receive items.\" and my email to dr.ames@westcare.example is just sitting in the Outbox since 8am. I need to send this referral today!! Also the one to our lab (results@quantlab.example) is stuck too.\n\nCan you make my mailbox bigger? I really don't want to delete anything, it's all patient stuff.\n\nBev Tanaka\nFront Desk, Riverside Clinic\next. 204\n",
      [null, 'not-sent', 'sender-account'],
    ],
    [
      "Your message to records@example.org couldn't be delivered.\n\nA problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your email admin.\n\nMore Info for Email Admins\nStatus code: 550 5.6.211\n\nOriginal Message Details\nCreated Date:    3/25/2024 7:48:02 AM\nSender Address:  scanner-hq@example.com\nRecipient Address:    records@example.org\nSubject:    Scanned document from MFP-3F-EAST\n\nError Details\nError:    550 5.6.211 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT\nMessage rejected by:    SN6PR11MB2734.namprd11.prod.outlook.com\n",
      ['records@example.org', 'failed', 'message-format'],
    ],
    [
      "> This is the mail system at host mail.example.com.\n>\n> I'm sorry to have to inform you that your message could not\n> be delivered to one or more recipients. It's attached below.\n>\n> For further assistance, please send mail to postmaster.\n>\n> If you do so, please include this problem report. You can\n> delete your own text from the attached returned message.\n>\n>                    The mail system\n>\n> <j.meyer@gmial.example>: Host or domain name not found. Name service error\n>     for name=gmial.example type=A: Host not found\n",
      ['j.meyer@gmial.example', 'failed', 'host-not-found'],
    ],
  ])('reads %s', (text, expected) => {
    expect(readings(text)).toEqual([expected])
  })

  it('reads a Slack thread’s delay as delayed, and the colleague it says got it as delivered', () => {
    expect(readings(IT_HELPDESK)).toEqual([
      ['legal@harbourview.example', 'delayed', 'network'],
      ['sam.okafor@ourfirm.example', 'delivered', 'delivered'],
    ])
  })

  it("reads Domino's reply after its 'because:' label", () => {
    expect(
      analyzeBounceReport(
        'Delivery Failure Report\n\nYour document:          Renewal notice - policy 7781-2203\nwas not delivered to:   hfrazier@comcast.example\nbecause:                554 resimta-po-21v.sys.comcast.net comcast 203.0.113.44 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001\n\nWhat should you do?\n  * You can resend the undeliverable document to the recipients listed above by choosing the Resend button or the Resend command on the Actions menu.\n  * Once you have resent the document you may delete this Delivery Failure Report.\n  * If resending the document is not successful you will receive a new failure report.\n  * Unless you receive other Delivery Failure Reports, the document was successfully delivered to all other recipients.\n\nRouting path:           CN=NOTES01/O=ExampleIns -> CN=SMTPGW01/O=ExampleIns\n',
      ).headline?.reply,
    ).toBe('554')
  })
})

const IT_HELPDESK =
  "#it-helpdesk\n\nTom Reyes  10:14 AM\nanyone seen this before? sent the contract to our new partner yesterday afternoon and got this back this morning\n\nDelivery incomplete\nThere was a temporary problem delivering your message to legal@harbourview.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.\nLearn more here: https://support.google.com/mail/answer/7720\nThe response was:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.harbourview.example. 203.0.113.40: timed out]\n\nJenna Walsh  10:16 AM\nthat's not a bounce, it's only a warning, gmail keeps trying. did you cc anyone?\n\nTom Reyes  10:17 AM\nyeah cc'd sam.okafor@ourfirm.example, he got it fine obviously lol\n\nJenna Walsh  10:18 AM\nthen it's probably their mail server being down. I'd call them. if it's still not through by tomorrow ping me and I'll open a case with ops@ourfirm.example\n:+1: 1\n"
