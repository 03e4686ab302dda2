// Pass 30: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it: Postfix's soft bounces, Exim's failure header
// over a 4xx, qmail's and Exchange's reports of the recipient's own server refusing, TLS errors with
// no code, PHPMailer 5's comma-separated error, and .NET's error in Turkish.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 30: soft bounces, relay refusals, TLS and programs in other languages', () => {
  it.each([
    // find_string id 7344360905 (blog/forum: desktop Postfix to relay.verizon.net, 571 blocked)
    [
      'C05',
      "Jul 16 14:21:05 desktop postfix/smtp[8810]: 723364012A: to=<jeff.irland@verizon.net>, relay=relay.verizon.net[206.46.232.11]:25, delay=0.1, delays=0.01/0/0.09/0, dsn=4.0.0, status=deferred (host relay.verizon.net[206.46.232.11] refused to talk to me: 571 Email from 71.171.94.138 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit http://www.verizon.net/whitelist and request removal of the block. 160716)",
      'delayed',
      'blocked',
    ],
    // find_string id 55622495235 (bounce matcher test: Amazon NDR quoted)
    [
      'C11',
      "Delivery has failed to these recipients or groups:\ncollint@amazon.com\nRemote Server returned '554 5.1.1 bounced address: could not resolve address collint@amazon.com'",
      'failed',
      'unknown-user',
    ],
    // find_string id 3501418619 (Microsoft Learn: how to interpret an Exchange NDR example)
    [
      'C12',
      "Delivery has failed to these recipients or groups:\nronald@contoso.com\nYour message wasn't delivered due to a permission or security issue. It might have been rejected by a moderator, the address might only accept email from certain senders, or another restriction might be preventing delivery. The following organization rejected your message: mail.contoso.com.\nDiagnostic information for administrators:\nGenerating server: alpineskihouse.com\nronald@contoso.com\nmail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#",
      'failed',
      'not-hosted',
    ],
    // find_string id 16511241112 (QEMU MAINTAINERS patch: huawei address bounce)
    [
      'C22',
      "o zhengxiang9@huawei.com couldn't be delivered due to:\n Recipient email address is possibly incorrect.\n\n Further information\n\n 5.1.1 <zhengxiang9@huawei.com>: Recipient address rejected: Failed recipient\n validation check.: host 127.0.0.1[127.0.0.1] said: 554 5.7.1 recipient verify\n from ldap failed (in reply to RCPT TO command)",
      'failed',
      'unknown-user',
    ],
    // find_string id 31254610503 (Java TODO comment: Yahoo From address not verified)
    [
      'C33',
      '// org.springframework.mail.MailSendException: Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 553 From address not verified - see http://help.yahoo.com/l/us/yahoo/mail/original/manage/sendfrom-07.html|; message exceptions (1) are:|Failed message 1: com.sun.mail.smtp.SMTPSendFailedException: 553 From address not verified - see http://help.yahoo',
      'not-sent',
      'unverified-sender',
    ],
    // find_string id 70720908268 (PHP test of email settings hints: PHPMailer sender not owned)
    ['C49', 'SMTP Error: data not accepted. 553 sender address not owned', 'not-sent', 'send-as'],
    // find_string id 49644960783 (Elixir test: Postfix bounce, unrouteable mail domain)
    [
      'T03',
      'Feb  2 12:34:56 mail postfix/smtp[12345]: ABC123DEF: to=<user@example.com>, relay=mx.example.com[1.2.3.4]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (host mx.example.com[1.2.3.4] said: 550 unrouteable mail domain example.com (in reply to RCPT TO command))',
      'failed',
      'host-not-found',
    ],
    // find_string id 12069621554 (Microsoft docs, Turkish: SmtpClient sender rejected invalid sender domain)
    [
      'T08',
      'Posta kutusu kullanılamaz. Sunucu yanıtı şöyleydi: 5.1.0 < someuser@invaliddomain > gönderen reddetti: Geçersiz gönderen etki alanı',
      'not-sent',
      'sender-domain',
    ],
    // find_string id 3987476016 (Microsoft Learn troubleshooting title: RESOLVER.ADR.BadPrimary)
    ['T10', "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary'", 'failed', 'system-error'],
    // find_string id 7506231158 (LKML: 208suo.com address rejected by aliyun)
    [
      'T12',
      "  hanyu001@208suo.com\n    host mx1.qiye.aliyun.com [47.246.146.58]\n    SMTP error from remote mail server after RCPT TO:<hanyu001@208suo.com>:\n    554 RCPT (hanyu001@208suo.com) dosn't exist",
      'failed',
      'unknown-user',
    ],
    // find_string id 56872556689 (forum: Postfix soft_bounce log, crosswinds Access denied)
    [
      'T17',
      'Mar 19 11:42:46 server1 postfix/smtp[11822]: E5B903CC13C: to=<dbenevento@crosswinds.net>, relay=mx3.crosswinds.net[8.21.33.47]:25, delay=66190, delays=65980/209/0.5/0.15, dsn=4.7.1, status=SOFTBOUNCE (host mx3.crosswinds.net[8.21.33.47] said: 554 5.7.1 <dbenevento@crosswinds.net>: Recipient address rejected: Access denied (in reply to RCPT TO command))',
      'delayed',
      'recipient-restricted',
    ],
    // find_string id 24179640842 (C# DSN parser test: qmail giving up, relay access denied)
    [
      'T19',
      'does not like recipient. Remote host said: 554 5.7.1 <notFound@example.com>: Relay access denied Giving up on 4.3.2.1.',
      'failed',
      'not-hosted',
    ],
    // find_string id 62633524702 (Portuguese JS test: TLS certificate error)
    ['T21', 'self-signed certificate in certificate chain', 'not-sent', 'tls-required'],
    // find_string id 56872556689 (forum: Postfix soft_bounce log, cdp.pl retrying too fast)
    [
      'T29',
      'Mar 18 20:49:43 server1 postfix/smtp[10260]: 4BAF83CC22D: to=<eberlein.tristian@naj.com.pl>, relay=av.waw.cdp.pl[62.89.91.146]:25, delay=10869, delays=10832/37/0.34/0.09, dsn=4.7.1, status=SOFTBOUNCE (host av.waw.cdp.pl[62.89.91.146] said: 550 5.7.1 <eberlein.tristian@naj.com.pl>: Recipient address rejected: temporarily blocked because of previous errors - retrying too fast. penalty: 30 seconds x 0 retries. (in reply to RCPT TO command))',
      'delayed',
      'rate-limited',
    ],
    // find_string id 62508306024 (deploy README: Postfix egress via Brevo, unverified sender)
    [
      'T30',
      'status=deferred (host smtp-relay.brevo.com said: 550 5.7.1 Sender not verified)',
      'delayed',
      'unverified-sender',
    ],
    // find_string id 11215194949 (blog: amavisd-new not running, Postfix deferred to 10024)
    [
      'T32',
      '[...] postfix/smtp[1354]: [...] to=<user@domain.tld>, [...] status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)',
      'delayed',
      'network',
    ],
    // find_string id 57017745919 (forum: Postfix LMTP to Cyrus socket permission denied)
    [
      'T33',
      'Feb 19 02:11:26 nike postfix/lmtp[2146]: C9CE14B0031: to=<eero@voittoporukka.fi>, relay=none, delay=0.04, delays=0.02/0.01/0.01/0, dsn=4.4.1, status=deferred (connect to nike.voittoporukka.fi[/var/run/cyrus/socket/lmtp]: Permission denied)',
      'delayed',
      'system-error',
    ],
    // find_string id 70720908268 (PHP test of email settings hints: OpenSSL wrong version number)
    ['T36', 'SSL routines::wrong version number', 'not-sent', 'tls-required'],
    // find_string id 71490234954 (Deno bounce test: text bounce, 450 4.5.1 name not known)
    [
      'T37',
      'The following address(es) failed:\n\n    nobody@nowhere.example.com\n      Host nowhere.example.com said: 450 4.5.1 Name or service not known',
      'failed',
      'host-not-found',
    ],
    // find_string id 4739488094 (SQL dump of a mail log table: PHPMailer From root@localhost refused)
    [
      'T41',
      'The following From address failed: root@localhost : MAIL FROM command failed,550,,The address is not valid.',
      'not-sent',
      'unknown',
    ],
  ] as const)('%s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })

  it('answers an Amazon SES JSON bounce cut off before its closing brace (it once never returned)', () => {
    // Found by pass 30 (T14): the search for the enclosing brace looped at offset 0.
    expect(
      analyzeBounceReport(
        '{\n  "notificationType":"Bounce",\n"bounce":{\n"bounceType":"Permanent",\n"bounceSubType": "General",\n"bouncedRecipients":[\n    {\n"emailAddress":"recipient1@example.com"\n},\n{\n"emailAddress":"recipient2@example.com"\n}\n],\n"timestamp":"2012-05-25T14:59:38.237-07:00",\n"feedbackId":"00000137860315fd-869464a4-8680-4114-98d3-716fe35851f9-\n000000"\n},',
      ).findings,
    ).toEqual([])
  })
})
