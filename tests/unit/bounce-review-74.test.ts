// Fact review 74: a phone number in the writer's signature ("555-0142") is no reply code that keeps
// a forwarded bounce below it from being read; a Dutch sign-off above the writer's address is a
// signature; a Turkish writer who sent nothing ("kimseye mail atmadım … bir sürü") reports
// backscatter; and a half-remembered "550 5.4.1 recipient address rejected access denied", without
// its colon, is still Microsoft 365's unknown recipient, whatever the caller calls it.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 74', () => {
  it.each([
    [
      "Ticket #48213  — \"emails to Northwind bouncing\"\nStatus: Open      Priority: Normal\nRequester: Dana Whitfield <dana.whitfield@brightsmile-dental.example>\nAssignee: Marco Lind <mlind@helpdesk.example.net>\nCC: office@brightsmile-dental.example\nChannel: Email\n------------------------------------------------------------\n\nHi,\n\nEvery time I email our lab contact at Northwind I get this back. I've sent it three times now. Can you check if our email is broken? Their other guy (pete.r@northwind.example) gets my emails fine.\n\nDana\n\nDana Whitfield | Practice Manager\nBright Smile Dental | 555-0142\ndana.whitfield@brightsmile-dental.example\n\n-----Original Message-----\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: dana.whitfield@brightsmile-dental.example\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\n\nYour message wasn't delivered to j.smith@northwind.example because the address couldn't be found, or is unable to receive mail.\n\nLEARN MORE<https://support.google.com/mail/?p=NoSuchUser>\n\nThe response from the remote server was:\n\n550 5.1.1 <j.smith@northwind.example>: Recipient address rejected: User unknown in virtual mailbox table\n",
      [['j.smith@northwind.example', 'failed', 'unknown-user']],
    ],
    [
      "Onderwerp: mail naar nieuwe klant komt niet aan\n\nHoi,\n\nIk probeer een offerte te sturen naar de nieuwe klant maar krijg dit terug. Klant zegt dat het adres klopt: inkoop@vandenberg-techniek.example. Hebben wij een probleem met onze mail? Mails naar andere klanten gaan gewoon.\n\nGroetjes,\nSanne de Vries\nBinnendienst – Jansen Installatietechniek\ns.devries@jansen-installatie.example\n\n---\nDelivery has failed to these recipients or groups:\n\ninkoop@vandenbreg-techniek.example\nThe domain name in the email address is incorrect. Check that the domain name is spelled correctly and try to resend the message.\n\nDiagnostic information for administrators:\n\nGenerating server: AS8PR04MB8123.eurprd04.prod.outlook.com\n\ninkoop@vandenbreg-techniek.example\nRemote Server returned '550 5.4.310 DNS domain vandenbreg-techniek.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=vandenbreg-techniek.example] [AS8PR04MB8123.eurprd04.prod.outlook.com 2025-04-02T09:31:55.412Z 08DD71A2B0C4D5E6]'\n",
      [['inkoop@vandenbreg-techniek.example', 'failed', 'host-not-found']],
    ],
    [
      'Konu: Benim adımla mail gidiyor mu??\n\nMerhaba,\n\nBen kimseye mail atmadım ama bugün gelen kutuma "Undeliverable" diye bir sürü mail düştü. Tanımadığım adresler. Hesabım mı çalındı? Şifremi değiştirmem gerekir mi? Bir tanesini aşağıya koyuyorum. Giden kutumda bu maillerin hiçbiri yok.\n\nHüseyin Koç\nKoç Kırtasiye\ninfo@koc-kirtasiye.example\n\n> From: postmaster@example.net\n> To: info@koc-kirtasiye.example\n> Subject: Undeliverable: Invoice #INV-77812 overdue\n>\n> Delivery has failed to these recipients or groups:\n>\n> accounts.payable@example.net\n> The email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message. If the problem continues, please contact your helpdesk.\n>\n> Diagnostic information for administrators:\n> Generating server: mx01.example.net\n> accounts.payable@example.net\n> #550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##\n>\n> Original message headers:\n> Received: from unknown (HELO koc-kirtasiye.example) ([198.51.100.143])\n>   by mx01.example.net with SMTP; Tue, 21 Jan 2025 06:12:44 +0300\n> From: "Accounts" <info@koc-kirtasiye.example>\n> To: <accounts.payable@example.net>\n> Subject: Invoice #INV-77812 overdue\n> Date: Tue, 21 Jan 2025 06:12:40 +0300\n> X-Mailer: Microsoft Outlook 16.0\n',
      [['accounts.payable@example.net', 'failed', 'backscatter']],
    ],
  ])('reads %s', (text, expected) => {
    expect(readings(text)).toEqual(expected)
  })

  it("reads a half-remembered 5.4.1 'access denied' as an unknown recipient, not a blocklist", () => {
    expect(
      analyzeBounceReport(
        'CALL NOTES — 14 Feb, 15:20, caller: Mr. Desmond Pryce (Pryce Auto Parts), callback 555-0163\n- Can\'t get email through to new supplier, "Velotrek" — address he\'s using: orders@velotrek-parts.example\n- Says bounce came "straight back, couple of seconds"\n- Reads it out over the phone, something like "550 5.4.1 recipient address rejected access denied" and then "AS" and a number, he didn\'t read the number\n- He is convinced we\'re on a blacklist because a friend told him "access denied = blacklisted"\n- Other outside emails work fine today, sent one to his bank OK\n- Supplier\'s website shows the address as "order@velotrek-parts.example" (no s) — noticed while on call, he hadn\'t checked\n- Asked him to forward the bounce to support@ when back at desk. Not received yet.\nTech: L. Ferreira\n',
      ).headline?.reason,
    ).toBe('unknown-user')
  })
})

describe('fact review 74, findings read more exactly', () => {
  it("reads Postfix's 'Successful Mail Delivery Report' as delivered", () => {
    expect(
      readings(
        'From: MAILER-DAEMON@mail.lawfirm.example (Mail Delivery System)\nSubject: Successful Mail Delivery Report\nTo: clerk@lawfirm.example\n\nThis is the mail system at host mail.lawfirm.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<registry@court.example>: delivery via mx.court.example[203.0.113.30]:25: 250\n    2.0.0 Ok: queued as 4VhQ7r5bXsz1\n',
      ),
    ).toEqual([['registry@court.example', 'delivered', 'delivered']])
  })
})
