// Pass 29: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it: a quota worded as a "violation", Postfix's
// address verification still in progress, a Cloudmark block after a host name, Exim's message with
// no recipients, Haraka's and qmail's dropped connections, and a client's own dialog around a reply.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 29: quotas, verification, dropped connections and clients', () => {
  it.each([
    // https://github.com/deltachat/deltachat-desktop/issues/2969 (Delta Chat SMTP connection timed out, rcpt=none)
    [
      'C39',
      'Outgoing Messages: Error: SMTP connection failure: SMTP failed to connect: io: timed out: timed out',
      'not-sent',
      'outgoing-server',
    ],
    // https://help.zoho.com/portal/en/community/topic/issue-with-outgoing-mail (Zoho client error, sender address blocked at AUTH, rcpt=none)
    [
      'C52',
      'Unable to connect SMTP server:smtpout.mail.zoho.com Reason:Authentication failed:554 5.1.8 Sender Address Blocked',
      'not-sent',
      'sender-account',
    ],
    // https://github.com/ActiveCampaign/smtp-field-manual/blob/HEAD/data/codes/421.json (Proofpoint 421 address verification in progress, rcpt=email@example
    [
      'C95',
      'smtp;421 4.1.1 <email@example.com>: Recipient address rejected: unverified address: Address verification in progress',
      'delayed',
      'deferred',
    ],
    // https://github.com/ActiveCampaign/smtp-field-manual/blob/HEAD/data/codes/552.json (Comcast 552 extended quota violation, rcpt=example@comcast.net)
    [
      'C101',
      'smtp;552 5.1.1 <example@comcast.net> recipient rejected - extended quota violation',
      'failed',
      'mailbox-full',
    ],
    // https://github.com/Exim/exim/blob/HEAD/test/mail/0098.CALLER (Exim delay warning, remote 451 Over-quota after RCPT, rcpt=rrrr@remote.defer)
    [
      'C107',
      'Subject: Warning: message 10HmbM-0005vi-00 delayed 0 minutes\n\nThis message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 0 minutes on the queue on the.local.host.name.\n\nThe message identifier is:     10HmbM-0005vi-00\nThe subject of the message is: testing a remote defer\nThe date of the message is:    Tue, 2 Mar 1999 09:44:33 +0000\n\nThe address to which the message has not yet been delivered is:\n\n  rrrr@remote.defer\n    Delay reason: H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<rrrr@remote.defer>:\n    451 Over-quota\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.',
      'delayed',
      'mailbox-full',
    ],
    // https://github.com/smartinez87/exception_notification/issues/8 (Exim -t returned message, no recipients left, rcpt=none)
    [
      'T02',
      'A message that you sent using the -t command line option contained no\naddresses that were not also on the command line, and were therefore\nsuppressed. This left no recipient addresses, and so no delivery could\nbe attempted.\n\n------ This is a copy of your message, including all the headers. ------',
      'failed',
      'message-format',
    ],
    // https://www.mail-archive.com/mdaemon-l@dutaint.com/msg40709.html (Indonesian list post with redacted Postfix bounce, recipient unknown, rcpt=empty)
    [
      'T20',
      "pak Syafril jika gagal kirim dengan keterangan seperti ini kenapa pak?\n\nThis is the mail system at host\n\nI'm sorry to have to inform you that your message could not be delivered to\none or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can delete your own\ntext from the attached returned message.\n\n                   The mail system\n\n<>: host[]\n\n    said: 550 <>, Recipient unknown (in reply\n\n    RCPT TO command)",
      'failed',
      'unknown-user',
    ],
    // http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/ (Sendmail local .forward open timeout 451, rcpt=xxxxxx@wam.umd.edu)
    ['T22', '451 <xxxxxx@wam.umd.edu>... open\ntimeout on /mail/xxxxxx/.forward', 'delayed', 'system-error'],
    // https://www.dbmailserver.com/tui-xin-address-not-exist.htm (Chinese vendor list, #2175041 unavailable mail user, rcpt=none)
    ['T33', '550 #2175041 unavailable mail user', 'failed', 'unknown-user'],
    // https://github.com/OpenSMTPD/OpenSMTPD/issues/483 (Aruba MX 554 banner Cloudmark connection refused, rcpt=none)
    [
      'T38',
      '554 mxcmd04.ad.aruba.it bizsmtp hYzf1o0274Aa5Bp01 Connection refused from XXXX. See http://csi.cloudmark.com/reset-request/?ip=XXXX for more  information.\nConnection closed by foreign host.',
      'failed',
      'blocked',
    ],
    // https://github.com/haraka/Haraka/issues/2520 (Haraka outbound, remote closed connection, temp failing all MXs, rcpt=none)
    [
      'T45',
      'Oct 17 13:10:59 haraka[23821]: [ERROR] [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] Remote end 173.194.219.27:25 closed connection while we were processing mail. Trying next MX.\nOct 17 13:10:59  haraka[23821]: [INFO] [7B6260E0-240F-4AAD-9E52-1188B0D14DC5.1.1] [outbound] **Temp failing** 1539758017236_1539762057544_6_23821_XrUdrN_11_subdomain.domain.com for 4096 seconds: Tried all MXs',
      'delayed',
      'network',
    ],
    // https://github.com/jeffpar/kbarchive/blob/HEAD/kb/192/Q192349/README.md (Exchange 5.5 NDR, no transport provider, rcpt=User1)
    [
      'T58',
      '  Your message did not reach some or all of the intended recipients.\n\n  Subject: message subject\n  Sent:    01/01/99 11:00AM\n\n  The following recipient(s) could not be reached:\n  User1 on 01/01/99 11:00AM\n     No transport provider was available for delivery to this recipient.',
      'failed',
      'system-error',
    ],
    // https://github.com/SEKOIA-IO/documentation/blob/HEAD/_shared_content/operations_center/integrations/generated/eb727929-6a06-4e68-a09d-cf0e5daf3ccd_sam
    [
      'T63',
      '11FDF5F62A: to=<USER@sub.corp.com>, relay=local, delay=80181, delays=80181/0.02/0/0, dsn=4.0.0, status=deferred (user lookup error)',
      'delayed',
      'system-error',
    ],
    // https://sumari.jp/mail-error-message (Japanese article, qmail connected but connection died, rcpt=none)
    ['T72', 'Connected to xxx.xxx.xxx.xxx but connection died', 'delayed', 'network'],
    // https://github.com/Exim/exim/blob/HEAD/test/mail/0021.CALLER (Exim bounce, message contained no recipient addresses, rcpt=none)
    [
      'T77',
      'From: Mail Delivery System <Mailer-Daemon@test.ex>\nTo: CALLER@test.ex\nReferences: <E10HmaX-000000005vi-0000@myhost.test.ex>\nSubject: Mail failure - no recipient addresses\nMessage-Id: <E10HmbM-000000005vi-0000@myhost.test.ex>\nDate: Tue, 2 Mar 1999 09:44:33 +0000\n\nA message that you sent contained no recipient addresses, and therefore no\ndelivery could be attempted.\n\n------ This is a copy of your message, including all the headers. ------\n\nFrom: userx@test1\nTo:\nSubject: this should get a bounce, too',
      'failed',
      'message-format',
    ],
    // https://github.com/Exim/exim/blob/HEAD/test/mail/0037.CALLER (Exim bounce, filter fail with subject text, three recipients, rcpt=usery@test.ex)
    [
      'T78',
      'X-Failed-Recipients: usery@test.ex,\n  abcd@test.ex,\n  userx@test.ex\nAuto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@test.ex>\nTo: CALLER@test.ex\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  usery@test.ex\n    subject was\t"should fail this" (filter fail)\n  abcd@test.ex\n    subject was\t"should fail this" (filter fail)\n  userx@test.ex\n    subject was\t"should fail this" (filter fail)\n\n------ This is a copy of the message, including all the headers. ------',
      'failed',
      'recipient-restricted',
    ],
  ] as const)('%s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })
})
