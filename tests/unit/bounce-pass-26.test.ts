// Pass 26: texts from mail systems, programs and logs no earlier pass had met, each as a user
// pastes it, from the public source named beside it: more program and API errors (.NET, Symfony,
// Magento, Mailgun's and Microsoft Graph's APIs), Gmail's wrapper around another server's reply, a
// recipient's own preferences, and the sender's own address kept out of the recipient line.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const headline = (text: string) => analyzeBounceReport(text).headline

describe('pass 26: unseen programs, APIs and wrappers', () => {
  it.each([
    // .NET SmtpClient pointed at port 143, invalid response: https://github.com/docker-mailserver/docker-mailserver/issues/2004
    [
      'C19',
      'it gives me this error "InnerException = {"Smtp server returned an invalid response."}"',
      'not-sent',
      'outgoing-server',
    ],
    // Magento SMTP Pro self test, provider refused by local policy: https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/92
    [
      'C47',
      'SMTP Pro Self Test Results\nSending test email to your contact form address: hello@example.com from: info@domain.de. Unable to send test email.\nException message was: 5.7.1 refused by local policy (MBL-R)\nPlease check the user guide for frequent error messages and their solutions.',
      'not-sent',
      'policy',
    ],
    // Mailgun API 403, sandbox domain, unauthorized recipient: https://github.com/theoomoregbee/US-visa-appointment-notifier/issues/5
    [
      'C52',
      '"status: 403,\n  details: \'Domain sandboxe1164ceef2a340a89c348279b0dde46b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.\' "',
      'not-sent',
      'sender-account',
    ],
    // Gmail delay DSN, remote 450 4.2.2 mailbox full, retried 2 more days: https://github.com/sisimai/p5-sisimai/blob/master/eg/maildir-as-a-sample/new/us-google-06.eml
    [
      'C66',
      'This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     kijitora@example.jp\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure: \nGoogle tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 450 450 4.2.2 <kijitora@example.jp>... Mailbox Full (state 14).',
      'delayed',
      'mailbox-full',
    ],
    // Facebook MX DSN, refused due to recipient preferences: https://github.com/sisimai/rb-sisimai/blob/master/set-of-emails/maildir/bsd/email-facebook-03.eml
    [
      'T09',
      "From: Facebook <mailer-daemon@mx.facebook.com>\nSubject: Sorry, your message could not be delivered\n\nThis message was created automatically by Facebook.\n\nBased on the email preferences of the person you're trying to email, this message could not be delivered.\n\nReporting-MTA: dns; 10.138.205.200\nArrival-Date: Thu, 29 Apr 2012 23:34:45 -0700\n\nDiagnostic-Code: smtp; 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences\nStatus: 5.1.1\nFinal-Recipient: rfc822; kijitora@facebook.com\nLast-Attempt-Date: Thu, 29 Apr 2012 23:34:45 -0700\nAction: failed",
      'failed',
      'recipient-restricted',
    ],
    // R Microsoft365R via Graph API, business Outlook, recipient not resolved: https://github.com/Azure/Microsoft365R/issues/119
    [
      'T12',
      "     Error in process_response(res, match.arg(http_status_handler), simplify) : \n       Bad Request (HTTP 400). Failed to complete operation. Message:\n     At least one recipient is not valid., Recipient 'good_email@test.com' is not resolved. All recipients must be resolved\n     before a message can be submitted",
      'not-sent',
      'unknown-user',
    ],
    // Go wg-gen-web logrus line, certificate uses legacy CN: https://github.com/vx3r/wg-gen-web/issues/79
    [
      'T34',
      'time="2021-04-10T10:15:53Z" level=error msg="failed to send email to client" err="x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0"',
      'not-sent',
      'tls-required',
    ],
    // Yii2 Symfony mailer, implicit TLS to port 25, wrong version number: https://github.com/yiisoft/yii2-symfonymailer/issues/57
    [
      'T37',
      'Symfony\\Component\\Mailer\\Exception\\TransportException\nConnection could not be established with host "ssl://smtps.xxxx.xx:25": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:1408F10B:SSL routines:ssl3_get_record:wrong version number',
      'not-sent',
      'outgoing-server',
    ],
  ] as const)('%s', (_id, text, action, reason) => {
    expect(headline(text)).toMatchObject({ action, reason })
  })

  it.each([
    // goneo's submission reply (goneo.de/hilfe/email/fehlermeldungen): both addresses are the sender's.
    ['553 mail@example.com: Sender address rejected: not owned by user ihre-e-mail@beigoneo.de'],
    // gophish's worker log (github.com/gophish/gophish/issues/602).
    [
      ' 2017/04/24 21:37:02 gophish.go:66: Starting admin server at https://127.0.0.1:3333\n 2017/04/24 21:37:36 worker.go:272: 535 Authentication Failed for mkannan@example.com',
    ],
  ])('names no recipient where only the sender is named: %s', (text) => {
    expect(headline(text)?.recipient).toBeNull()
  })
})
