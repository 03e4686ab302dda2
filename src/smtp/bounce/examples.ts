// Example bounces for the analyzer's "try an example" buttons. Protocol text as the servers send it;
// hosts and addresses moved to example.org / example.com and the 192.0.2.x / 203.0.113.x
// documentation ranges (RFC 5737). Gmail's own help link is kept because it is part of the reply
// Gmail sends. The UI shows these as text, never as HTML.

export interface BounceExample {
  id: 'gmail-unknown-user' | 'postfix-mailbox-full' | 'exchange-relay-denied' | 'greylisting'
  text: string
}

const GMAIL_REPLY = [
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550-5.1.1 unnecessary spaces. For more information, go to',
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1234567wrb.123 - gsmtp',
]

export const BOUNCE_EXAMPLES: readonly BounceExample[] = [
  {
    // Exim keeps each line of Gmail's multi-line reply; the DSN part folds them into Diagnostic-Code.
    id: 'gmail-unknown-user',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  nobody@example.com
    host mx.example.com [192.0.2.27]
    SMTP error from remote mail server after RCPT TO:<nobody@example.com>:
${GMAIL_REPLY.map((l) => `    ${l}`).join('\n')}

Reporting-MTA: dns; mail.example.org

Action: failed
Final-Recipient: rfc822;nobody@example.com
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; ${GMAIL_REPLY.join('\n ')}
`,
  },
  {
    id: 'postfix-mailbox-full',
    text: `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@example.com>: host mx.example.com[203.0.113.10] said: 552 5.2.2
    <bob@example.com> Quota exceeded (mailbox for user is full) (in reply to
    end of DATA command)

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4B2C1A2F3E
Arrival-Date: Mon, 10 Jun 2024 09:15:02 +0200 (CEST)

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <bob@example.com> Quota exceeded (mailbox for
    user is full)
`,
  },
  {
    id: 'exchange-relay-denied',
    text: `Delivery has failed to these recipients or groups:

partner@example.com
A problem occurred during the delivery of this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.example.org

partner@example.com
Remote Server returned '550 5.7.1 Unable to relay'

Original message headers:

Received: from client.example.org (192.0.2.50) by mail.example.org
 (192.0.2.10) with Microsoft SMTP Server (TLS) id 15.1.2507.39; Tue, 11 Jun
 2024 10:04:05 +0200
`,
  },
  {
    id: 'greylisting',
    text: `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<carol@example.com>: host mx.example.com[203.0.113.5] said: 450 4.2.0
    <carol@example.com>: Recipient address rejected: Greylisted, see
    http://postgrey.example.org/help/example.com.html (in reply to RCPT TO
    command)

Final-Recipient: rfc822; carol@example.com
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 450 4.2.0 <carol@example.com>: Recipient address
    rejected: Greylisted, see http://postgrey.example.org/help/example.com.html
Will-Retry-Until: Sat, 15 Jun 2024 09:15:02 +0200 (CEST)
`,
  },
]
