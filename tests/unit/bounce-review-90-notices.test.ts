// Fact review 90, machine-made notices: an hMailServer recipient whose own lines name no known cause
// does not take another recipient's; a failure at a forwarding target's disabled or full mailbox is
// the forwarding owner's to fix; Sendmail's "successful delivery notifications" section does not
// turn a DSN's "Action: relayed" into delivered.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const read = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 90: notices', () => {
  it('reads hMailServer’s “No mail servers appear to exist” as the recipient’s domain, not the next recipient’s block', () => {
    expect(read(HMAILSERVER)).toEqual([
      ['s.huber@t-onlien.de', 'failed', 'host-not-found'],
      ['m.weber1984@hotmail.com', 'failed', 'blocked'],
    ])
  })

  it('leaves a recipient whose own lines name no known cause unclear, not blocked like its neighbour', () => {
    const text = HMAILSERVER.replace(
      'No mail servers appear to exist for the recipients address.',
      'The operation could not be completed (code 17).',
    )
    expect(read(text)[0]).toEqual(['s.huber@t-onlien.de', 'failed', 'unknown'])
  })

  it.each([
    ['a Postfix notice', FORWARD, 'mailbox-disabled'],
    [
      'a DSN whose Original-Recipient is the alias',
      FORWARD.replace('(expanded from <info@baltic-trade.example>)', ''),
      'mailbox-disabled',
    ],
    [
      'a full mailbox behind the alias',
      FORWARD.replace('account is disabled', 'mailbox is full').replace('Status: 5.0.0', 'Status: 5.2.2'),
      'mailbox-full',
    ],
  ])('tells the forwarding’s owner to act for %s', (_, text, reason) => {
    const [result] = analyzeBounceReport(text).recipients
    expect([result?.recipient, result?.reason, result?.forwarded]).toEqual([
      'ivan.petrov@mail.ru',
      reason,
      true,
    ])
  })

  it('keeps the same mailbox under its routing name as no forwarding', () => {
    const text = FORWARD.replace('(expanded from <info@baltic-trade.example>)', '').replace(
      'Original-Recipient: rfc822;info@baltic-trade.example',
      'Original-Recipient: rfc822;ivan.petrov@baltic-trade.example',
    )
    expect(analyzeBounceReport(text).recipients[0]?.forwarded).toBe(false)
  })

  it('keeps a relayed recipient relayed in a Sendmail notice with a successful-delivery section', () => {
    expect(read(SENDMAIL_MIXED)).toContainEqual([
      'procurement@bigbuyer-logistics.example',
      'relayed',
      'delivered',
    ])
  })
})

const HMAILSERVER =
  'Return-Path: <>\nReceived: from mail.zahnarzt-keller.example ([127.0.0.1]) by mail.zahnarzt-keller.example\n\twith hMailServer ; Wed, 12 Mar 2025 08:31:20 +0100\nFrom: mailer-daemon@mail.zahnarzt-keller.example\nTo: praxis@zahnarzt-keller.example\nSubject: Message undeliverable: =?utf-8?B?VGVybWluYmVzdMOkdGlndW5nIDE0LjAzLg==?=\nDate: Wed, 12 Mar 2025 08:31:20 +0100\nMessage-ID: <5D1E2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B@mail.zahnarzt-keller.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\nYour message did not reach some or all of the intended recipients.\n\n   Sent: Wed, 12 Mar 2025 08:31:17 +0100\n   Subject: Terminbest\u00e4tigung 14.03.\n\nThe following recipient(s) could not be reached:\n\ns.huber@t-onlien.de\n   Error Type: SMTP\n   Error Description: No mail servers appear to exist for the recipients address.\n   Additional information: Please check that you have not misspelled the recipients email address.\n\nm.weber1984@hotmail.com\n   Error Type: SMTP\n   Remote server (52.101.68.14) issued an error.\n   hMailServer sent: RCPT TO:<m.weber1984@hotmail.com>\n   Remote server replied: 550 5.7.1 Unfortunately, messages from [203.0.113.9] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2025-03-12T07:31:19.512Z 08DD5F3B1A2C4D5E]\n\nhMailServer\n'

const FORWARD =
  'Return-Path: <>\nReceived: by mx.kunde-hamburg.example (Postfix)\n\tid 4Y9cD81FgLz7vKp; Mon, 10 Mar 2025 15:31:20 +0100 (CET)\nDate: Mon, 10 Mar 2025 15:31:20 +0100 (CET)\nFrom: MAILER-DAEMON@mail.baltic-trade.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: anna.schulz@kunde-hamburg.example\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="8C2F11A0041.1741617080/mail.baltic-trade.example"\nMessage-Id: <20250310143120.9A3B11A0047@mail.baltic-trade.example>\n\nThis is a MIME-encapsulated message.\n\n--8C2F11A0041.1741617080/mail.baltic-trade.example\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.baltic-trade.example.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<ivan.petrov@mail.ru> (expanded from <info@baltic-trade.example>): host\n    mxs.mail.ru[94.100.180.31] said: 550 Message was not accepted -- invalid\n    mailbox.  Local mailbox ivan.petrov@mail.ru is unavailable: account is\n    disabled (in reply to end of DATA command)\n\n--8C2F11A0041.1741617080/mail.baltic-trade.example\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.baltic-trade.example\nX-Postfix-Queue-ID: 8C2F11A0041\nX-Postfix-Sender: rfc822; anna.schulz@kunde-hamburg.example\nArrival-Date: Mon, 10 Mar 2025 15:31:17 +0100 (CET)\n\nFinal-Recipient: rfc822; ivan.petrov@mail.ru\nOriginal-Recipient: rfc822;info@baltic-trade.example\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mxs.mail.ru\nDiagnostic-Code: smtp; 550 Message was not accepted -- invalid mailbox.  Local\n    mailbox ivan.petrov@mail.ru is unavailable: account is disabled\n\n--8C2F11A0041.1741617080/mail.baltic-trade.example\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\nReturn-Path: <anna.schulz@kunde-hamburg.example>\nReceived: from mx.kunde-hamburg.example (mx.kunde-hamburg.example [198.51.100.17])\n\tby mail.baltic-trade.example (Postfix) with ESMTPS id 8C2F11A0041\n\tfor <info@baltic-trade.example>; Mon, 10 Mar 2025 15:31:17 +0100 (CET)\nFrom: Anna Schulz <anna.schulz@kunde-hamburg.example>\nTo: info@baltic-trade.example\nSubject: Anfrage Containertransport Riga\nDate: Mon, 10 Mar 2025 15:31:12 +0100\nMessage-ID: <0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b@kunde-hamburg.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n--8C2F11A0041.1741617080/mail.baltic-trade.example--\n'

const SENDMAIL_MIXED =
  'Return-Path: <>\nReceived: from localhost (localhost)\n\tby mx0a-00123401.pphosted.com (8.18.1.2/8.18.1.2) id 51OI5Ep2011877;\n\tMon, 24 Feb 2025 13:05:14 -0500\nDate: Mon, 24 Feb 2025 13:05:14 -0500\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@mx0a-00123401.pphosted.com>\nMessage-Id: <202502241805.51OI5Ep2011877@mx0a-00123401.pphosted.com>\nTo: <rechnung@elektro-vogt.example>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="51OI5Ep2011877.1740420314/mx0a-00123401.pphosted.com"\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\nThis is a MIME-encapsulated message\n\n--51OI5Ep2011877.1740420314/mx0a-00123401.pphosted.com\n\nThe original message was received at Mon, 24 Feb 2025 13:05:11 -0500\nfrom mail.elektro-vogt.example [192.0.2.88]\n\n   ----- The following addresses had permanent fatal errors -----\n<ap-invoices@bigbuyer-corp.example>\n    (reason: 550 5.7.1 Email rejected per DMARC policy for elektro-vogt.example)\n\n   ----- The following addresses had successful delivery notifications -----\n<procurement@bigbuyer-logistics.example>  (relayed to non-DSN-aware mailer)\n\n   ----- Transcript of session follows -----\n... while talking to mail-in.bigbuyer-corp.example.:\n>>> DATA\n<<< 550 5.7.1 Email rejected per DMARC policy for elektro-vogt.example\n554 5.0.0 Service unavailable\n\n--51OI5Ep2011877.1740420314/mx0a-00123401.pphosted.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx0a-00123401.pphosted.com\nReceived-From-MTA: DNS; mail.elektro-vogt.example\nArrival-Date: Mon, 24 Feb 2025 13:05:11 -0500\n\nFinal-Recipient: RFC822; ap-invoices@bigbuyer-corp.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: DNS; mail-in.bigbuyer-corp.example\nDiagnostic-Code: SMTP; 550 5.7.1 Email rejected per DMARC policy for elektro-vogt.example\nLast-Attempt-Date: Mon, 24 Feb 2025 13:05:14 -0500\n\nFinal-Recipient: RFC822; procurement@bigbuyer-logistics.example\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: DNS; mx.bigbuyer-logistics.example\nLast-Attempt-Date: Mon, 24 Feb 2025 13:05:13 -0500\n\n--51OI5Ep2011877.1740420314/mx0a-00123401.pphosted.com\nContent-Type: text/rfc822-headers\n\nReturn-Path: <rechnung@elektro-vogt.example>\nReceived: from mail.elektro-vogt.example (mail.elektro-vogt.example [192.0.2.88])\n\tby mx0a-00123401.pphosted.com (PPS) with ESMTPS id 44yk3d9k2m-1\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\n\tMon, 24 Feb 2025 13:05:11 -0500\nFrom: Elektro Vogt Buchhaltung <rechnung@elektro-vogt.example>\nTo: ap-invoices@bigbuyer-corp.example\nCc: procurement@bigbuyer-logistics.example\nSubject: Invoice 2025-2231 / PO 4500912\nDate: Mon, 24 Feb 2025 19:05:09 +0100\nMessage-ID: <20250224190509.A1B2C3@elektro-vogt.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1_x9k2"\n\n--51OI5Ep2011877.1740420314/mx0a-00123401.pphosted.com--\n'
