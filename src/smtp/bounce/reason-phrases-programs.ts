// A mail program's or a library's own error when it could not hand a message to the server it
// sends through: how to tell one, by its words (MAIL_PROGRAM_ERROR) or, where no wording of it is
// known, by its shape (PROGRAM_SHAPE: a stack trace, an exception's name, an error object, an app's
// log line, a session typed by hand), the reply it quotes (quotedServerReply), and the causes of
// those that carry no reply (MAIL_PROGRAM_PHRASES). When a server did answer, the
// program quotes it ("The mail server responded: 535 …") and that reply is read instead.
//
// Thunderbird's texts are its send-error-smtp-* and smtp-auth-failure strings (comm-central,
// mail/locales/en-US/messenger/messengercompose/messengercompose.ftl; older releases wrote "SMTP
// server" for "Outgoing server (SMTP)"); PHPMailer's are its language strings 'connect_host',
// 'smtp_connect_failed' and 'authenticate' (PHPMailer.php, setLanguage); Outlook's are its task
// errors 0x800CCC0E ("cannot connect to server"), 0x800CCC0F (the connection was interrupted),
// 0x80042108/0x80042109 ("cannot connect to your outgoing (SMTP) e-mail server"), 0x8004210B (the
// operation timed out), 0x800CCC19 ("timed out waiting for a response from the sending (SMTP)
// server") and 0x800CCC1A (the encryption type does not match the server's port).
import { ESP_EVENT, saysReturnedOrHeld } from './message-kind'
import type { BounceReason } from './reasons'

const OUTGOING_SERVER = [
  String.raw`connecting to (?:the )?(?:outgoing server \(SMTP\)|SMTP server) \S+ failed`,
  String.raw`connection to (?:the )?(?:outgoing server \(SMTP\)|SMTP server) \S+ (?:was lost|timed out)`,
  String.raw`outgoing server \(SMTP\) \S+ is unknown`,
  'could not connect to SMTP host',
  // .NET's SslStream when the program and the server share no TLS version or cipher.
  'cannot communicate, because they do not possess a common algorithm',
  String.raw`SMTP connect\(\) failed`,
  String.raw`cannot connect to your outgoing \(SMTP\) e-?mail server`,
  String.raw`\b0x800CCC0[EF]\b|\b0x8004210[89B]\b|\b0x800CCC1[9A]\b`,
  String.raw`timed out waiting for a response from the sending \(SMTP\) server`,
  // nodemailer's connection errors carry a code of their own ("Error: Connection timeout … code:
  // 'ETIMEDOUT', command: 'CONN'"); Python's smtplib says "SMTPServerDisconnected".
  String.raw`\bcode: ?'E(?:TIMEDOUT|CONNREFUSED|CONNRESET|SOCKET|CONNECTION|DNS|TLS)'|SMTPServerDisconnected`,
  'Failed to connect to mailserver at',
  // .NET's "Smtp server returned an invalid response" (often a port that speaks another protocol or
  // TLS from the first byte) and Symfony's "Connection could not be established with host".
  'smtp server returned an invalid response',
  'Connection could not be established with host',
  String.raw`\bMAILSMTP_ERROR_CONNECTION\w*`,
  'EOF caught while checking if connected',
  // Node's ERR_TLS_CERT_ALTNAME_INVALID: the host name in the settings is not on the server's
  // certificate; MailKit's SmtpProtocolException when the server drops the connection (often a
  // port and an encryption mode that do not go together).
  "does not match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID",
  'The SMTP server has unexpectedly disconnected',
  // .NET's "Unable to read data from the transport connection: net_io_connectionclosed" (often
  // port 465, whose TLS from the start System.Net.Mail cannot speak); PHPMailer's "Could not
  // instantiate mail function." (the web host's own mail() and sendmail, not an SMTP server).
  String.raw`\bnet_io_connectionclosed\b|Could not instantiate mail function`,
  // Ruby's Net::SMTP could not open or read its connection (Rails, Mastodon, GitLab mail jobs).
  String.raw`\bNet::(?:Open|Read|Write)Timeout\b`,
].join('|')

const PROGRAM_LOGIN = [
  'SMTP Error: Could not authenticate',
  String.raw`curl: \(67\) Login denied`,
  String.raw`unable to authenticate to (?:the )?outgoing server \(SMTP\)`,
  'authentication failure while connecting to server',
  String.raw`\bcode: ?'EAUTH'|smtplib\.SMTPAuthenticationError`,
  // iOS Mail's 'The user name or password for "smtp.…" is incorrect.'; Thunderbird's "Login to server
  // … with username … failed." and its German "Anmeldung bei Server … fehlgeschlagen".
  String.raw`\buser ?name or password for ["“]?\S+["”]? is incorrect|\blogin to server \S+ with user ?name \S+ failed|\banmeldung bei (?:dem )?server \S+ mit benutzername \S+ fehlgeschlagen`,
].join('|')

/**
 * Logins held off first, then the connection: PHPMailer prints "SMTP Error: Could not
 * authenticate." also when the connection died before any reply ("EOF caught while checking if
 * connected"); a login the server did refuse quotes its 535, which is read before these words.
 */
const OUTLOOK_NO_ACCOUNT = /none of your e-?mail accounts could send to this recipient/i

export const MAIL_PROGRAM_PHRASES: readonly [BounceReason, RegExp][] = [
  // Gmail's "454 4.7.0 Too many login attempts, please try again later", which nodemailer reports
  // as "Invalid login" with code EAUTH: logins held off for now, not a wrong password.
  ['login-temporary', /too many (?:failed )?(?:login|logon|authentication|auth) attempts/i],
  ['outgoing-server', new RegExp(OUTGOING_SERVER, 'i')],
  ['login-failed', new RegExp(PROGRAM_LOGIN, 'i')],
  // Outlook's "None of your e-mail accounts could send to this recipient": the address it has for
  // the recipient is no Internet address its accounts can send to (a contact's fax or X.400 entry,
  // a stale Auto-Complete entry), so it never reached a server.
  ['syntax', OUTLOOK_NO_ACCOUNT],
  // Apple Mail's "The sender address “alice@…” was rejected by the server “smtp.…”": the account's
  // own server would not send from that address (no login, or not one of the account's addresses).
  ['send-as', /the sender address ["“][^"”\n]*["”] was rejected by the server/i],
]

/**
 * Words only a program writes, never a sending server's report: exception names, library messages
 * and desktop dialogs. A program's exception is raised while it talked to the server it sends
 * through, quoting that server's reply: Python's smtplib (SMTPRecipientsRefused, SMTPSenderRefused, SMTPDataError…),
 * .NET's System.Net.Mail.SmtpException ("… The server response was: 5.7.0 Authentication
 * Required"), Symfony/Swift Mailer's "Expected response code 250 but got code "550"", Ruby's
 * Net::SMTPFatalError, PHPMailer's "SMTP Error: The following recipients failed". The server
 * refused the message at submission: nothing was sent and no bounce will follow.
 */
const PROGRAM_OWN_WORDS = [
  String.raw`smtplib\.SMTP\w*(?:Error|Refused|Disconnected)|SMTP(?:Recipients|Sender)Refused|SMTPDataError`,
  // .NET's System.Net.Mail and MailKit; Java's JavaMail, Jakarta Mail and Eclipse Angus.
  String.raw`\bSmtp(?:Failed\w*|Command|Protocol)?Exception\b|MailKit\.`,
  String.raw`\b(?:javax|jakarta)\.mail\.\w*Exception|\bSMTP(?:Address|Send)FailedException\b|\bSendFailedException\b`,
  // Salesforce Apex's Messaging.sendEmail: "System.EmailException: SendEmail failed. …".
  String.raw`\bSystem\.EmailException\b`,
  // Go's net package, under net/smtp or any Go mailer: "dial tcp 203.0.113.25:25: connect: connection timed out".
  String.raw`\bdial tcp \S+:\d+: (?:connect: )?(?:connection (?:timed out|refused)|i/o timeout|no route to host|network is unreachable)`,
  // An application's log line with its level ("2026-11-30T10:00:00Z ERROR failed to deliver …") and
  // its words ("Could not send email", Java's SMTPResponseException): the application's own send.
  String.raw`^\d{4}-\d\d-\d\d[T ][\d:.]+Z?[ \t]+(?:ERROR|WARN|WARNING|FATAL|CRITICAL)[ \t]|\b(?:could not|couldn't|failed to) send (?:the )?(?:e-?mail|mail)\b|^Unable to send (?:the )?e-?mail:|^(?:Caught )?exception: |\bSMTPResponseException\b`,
  // A sendmail-compatible command line client (ssmtp, msmtp, nullmailer) reports the relay's refusal
  // under its own name: "sendmail: 550 5.7.1 Relaying denied", "msmtp: server message: 550 …".
  '^(?:sendmail|ssmtp|msmtp|nullmailer-inject): ',
  // Laravel's log (Monolog: "[2026-11-30 10:00:00] production.ERROR: …"): the application's own send.
  String.raw`^\[\d{4}-\d\d-\d\d[ T][\d:.]+[^\]\n]*\] \w+\.(?:ERROR|CRITICAL|ALERT|EMERGENCY|WARNING):`,
  String.raw`Swift_TransportException|Expected response code \\?"?\d{3}(?:\/\d{3})*\\?"? but got`,
  String.raw`Net::SMTP(?:\w*Error|ServerBusy|UnsupportedCommand)\b|\bNet::(?:Open|Read|Write)Timeout\b`,
  'SMTP Error: The following recipients failed',
  // nodemailer's "Error: Mail command failed: 550 …", "Can't send mail - all recipients were
  // rejected"; Go's gomail "gomail: could not send email 1: 550 …".
  String.raw`\b(?:Mail|Data|Recipient|Message|RCPT TO) command failed:|Can't send mail - all recipients were rejected|gomail: could not send email`,
  // Desktop programs' and tools' own dialogs and messages: Thunderbird/Netscape "An error occurred
  // while sending mail. The mail server responded: …", Apple Mail's "The recipient “…” was
  // rejected by the server because …", msmtp's "msmtp: recipient address … not accepted by the
  // server" / "msmtp: server message: …", curl's "curl: (55) RCPT failed", PHP mail()'s "Failed to
  // connect to mailserver at …".
  'An error occurred (?:while )?sending mail|The mail server responded:|De mailserver reageerde:|Le serveur de courrier a répondus*:|was rejected by the server because|The (?:sender|recipient) (?:e-?mail )?address (?:[“"‘][^”"’\\n]{1,200}[”"’] )?was rejected by the server',
  String.raw`\bmsmtp: |curl: \(\d+\) (?:MAIL|RCPT|DATA|MAIL FROM|RCPT TO)\b[^\n]*failed`,
  // iOS Mail's "Cannot Send Mail … A copy has been placed in your Outbox", Horde's (Nextcloud Mail)
  // Horde_Smtp_Exception, Delta Chat's "SMTP failed to send: Permanent(Response …)", PowerShell's
  // 'Exception calling "Send"', himalaya's "permanent error (535)", and any program that prints a
  // server's reply as Python's (550, b'…') tuple.
  // In Turkish "Posta Gönderilemiyor"; a writer's "ileti giden kutusunda kalıyor", "stuck in the Outbox".
  String.raw`Cannot Send Mail|A copy has been placed in your Outbox|Posta Gönderilemiyor|(?<![a-zçğıöşü])giden kutusu(?:'?n)?da kal[a-zçğıöşü]*|\b(?:stuck|sitting|stays?|remains?) in (?:my |the )?Outbox\b|Horde_Smtp_Exception|SMTP failed to send:|Exception calling "Send"|\bpermanent error \(\d{3}\)|\(\d{3}, b?['"]`,
  // .NET's SmtpException ("The SMTP server requires a secure connection or the client was not
  // authenticated. The server response was: …"), Amazon SES's API error code MessageRejected,
  // JavaMail's MailConnectException, Ruby's Errno::ECONNREFUSED, Roundcube's "SMTP Error (550):
  // Failed to add recipient", Dart's mailer "Message not sent.", mailsend's "Expected smtp code 250,
  // got 552", Google Apps Script's MailApp quota "Service invoked too many times for one day: email".
  String.raw`requires a secure connection or the client was\s+not authenticated|\bMessageRejected: |\bMailConnectException\b|\bErrno::E[A-Z]+\b|\bSMTP Error \(\d{3}\): |\bMessage not sent\.|Expected smtp code \d{3}, got \d{3}|Service invoked too many times for one day`,
  // K-9 Mail / Thunderbird for Android ("Failed to send some messages - Negative SMTP reply: 553",
  // "Failed to check the outgoing server settings"), PHP's "Uncaught exception 'Swift_…Exception'",
  // Swift Mailer's "Expected response code(s) [250] but got response [530 …]", Ruby's
  // Timeout::Error, libetpan's MAILSMTP_ERROR_*, Vapor's SMTPClientError, Deno's "Uncaught (in promise)",
  // Magento's "Exception message was:", .NET's InnerException, Nextcloud's "Email could not be sent",
  // eM Client's "Cannot send message (…)" (not Sendmail's "Cannot send message for 5 days"), sSMTP,
  // mutt's "Error sending message, child exited 127", PHPMailer's "SMTP Error: data not accepted.",
  // German Thunderbird's "Senden der Nachricht ist fehlgeschlagen … Der Mail-Server antwortete:",
  // Alertmanager's "email.loginAuth failed: 530 …", Swift's SMTPServerError(stage: …, code: 550, …),
  // Node's one-line connection errors to a submission port ("Error: connect ECONNREFUSED 127.0.0.1:587";
  // port 25 is also a mail server's own delivery, whose logs quote the same words) and nodemailer's
  // "Greeting never received", Python's socket.gaierror (its SMTP host's name not resolved),
  // .NET's Turkish "Sunucu yanıtı şöyleydi:" (the server response was), PHPMailer 5's "The following
  // From address failed: … MAIL FROM command failed,550,,…",
  // Zoho Mail's dialog "Unable to connect SMTP server:smtpout… Reason:…" (the reason may be the server's),
  // Delta Chat's "SMTP connection failure: SMTP failed to connect: …", .NET's SmtpException ("… The
  // server response was: 550 …"), Gmail's "Send mail as" dialog ("Server returned an error: \"…\""),
  // Node's resolver failing on the program's own server name ("getaddrinfo ENOTFOUND smtp.…") and
  // Java's UnknownHostException, nodemailer's EMESSAGE ("Error: Message failed: 550 …").
  String.raw`\bloginAuth failed: |\bSMTPServerError\(|\bError: connect (?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH) [\d.:a-fA-F]+:(?:587|465|2525)\b|\bsocket\.gaierror\b|\bError: queryA? ENOTFOUND\b|\bGreeting never received\b|\bSunucu yanıtı şöyleydi:|\bThe following From address failed:|\b(?:MAIL FROM|RCPT TO|DATA) command failed,\d{3},|\bUnable to connect SMTP server:|\bServer returned an error: "|\bSMTP connection failure: |\bSMTP failed to connect\b|\bThe server response was: |\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NONAME)\b|\bUnknownHostException\b|\bError: Message failed: [45]\d\d\b|Failed to send some messages|Negative SMTP reply|outgoing server settings|Uncaught exception '|\bSwift_\w+Exception\b|Expected response code\(s\)|\bTimeout::Error\b|\bSMTPAuthenticationError\b|\bMAILSMTP_ERROR_\w+|\bSMTPClientError\b|Uncaught \(in promise\)|\bException message was:|\bInnerException\b|\be-?mail could not be sent\b|\bCannot send (?:the )?message\b(?! for \d)|\bssmtp\b|Error sending message, child exited \d+|SMTP Error: data not accepted|Senden der Nachricht (?:ist )?fehlgeschlagen|Der Mail-Server antwortete:`,
  // Thunderbird's newer "An Outgoing server (SMTP) error occurred … The server responded:", an
  // msmtp log line ("smtpstatus=554 smtpmsg='…' … exitcode=EX_UNAVAILABLE"), Rust's lettre error struct, a Swift client's "Bad
  // response received for command", Erlang gen_smtp's {permanent_failure, <<"550 …">>}, Apache
  // Commons Email's EmailException, JavaMail's "'Invalid Addresses' (… caused by …)".
  // Go: net/smtp's dial to a submission port ("dial tcp 203.0.113.5:587: connect: connection
  // refused"), its TLS check ("tls: failed to verify certificate: x509: …", or "x509: …" alone), "smtp: server doesn't
  // support AUTH", PlainAuth's "unencrypted connection" (it sends no password without TLS), a panic
  // ("panic: 550 …", "goroutine 1 [running]:"), `go run`'s "exit status 1" and a log of
  // smtp.SendMail's returned error ("mailer: smtp.SendMail: 554 …"); curl's "(67) Login
  // denied"; .NET's net_io_connectionclosed; PHPMailer's "Could not instantiate mail function";
  // Drupal's "Unable to send email. Contact the site administrator".
  String.raw`\bdial tcp \S+:(?:587|465|2525): |^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )?dial tcp \S+:\d+: |\btls: failed to verify certificate\b|^x509: |\bsmtp: server doesn't support AUTH\b|\bunencrypted connection\b|\bnet_io_connectionclosed\b|Could not instantiate mail function|Unable to send e-?mail\. Contact the site administrator|^goroutine \d+ \[\w+\]:|^panic: |\bsmtp\.SendMail(?: failed)?:? [45]\d\d\b|^exit status \d+$|\bcurl: \(67\) Login denied`,
  // Outlook's own report of a send its outgoing server refused (a POP or IMAP account), put in the
  // Inbox: "The following recipient(s) cannot be reached: … Server error: '554 5.7.1 …'", or "None
  // of your e-mail accounts could send to this recipient"; a server's report words it otherwise.
  String.raw`^[ \t]+Server error: '[45]\d\d\b|none of your e-?mail accounts could send to this recipient`,
  // RainLoop's and SnappyMail's MailSo library ("MailSo\Smtp\Exceptions\NegativeResponseException").
  String.raw`\bMailSo\\(?:Smtp|Net)\\|An Outgoing server \(SMTP\) error occurred|The server responded:|\bsmtpstatus=\d{3} smtpmsg=|Bad response received for command|\{:?(?:permanent|temporary|network)_failure,|\blettre::transport::|\bEmailException\b|'Invalid Addresses' \(`,
].join('|')

const PROGRAM_OWN_WORDS_RE = new RegExp(PROGRAM_OWN_WORDS, 'im')

/**
 * PHPMailer's "SMTP Error: 530 …" and its debug output "SMTP ERROR: MAIL FROM command failed: 530 …",
 * in its own case: fetchmail's "SMTP error: 554 …" reports a message it bounced to its sender.
 */
const PHPMAILER_WORDS = /\bSMTP Error: [2-5]\d\d\b|\bSMTP ERROR: [A-Za-z ]{2,12} command failed:/

/**
 * The text is a mail program's report that it could not send, with or without a server's reply
 * (Outlook names the task: "Task '… - Sending' reported error"; its receiving errors are not sends).
 */
export const MAIL_PROGRAM_ERROR = new RegExp(
  `${OUTGOING_SERVER}|${PROGRAM_LOGIN}|${PROGRAM_OWN_WORDS}|sending of (?:the )?message failed|send message error|- Sending' reported error \\(0x[0-9A-F]{8}\\)|\\b0x800CCC(?:6[0-9A-F]|7[0-9A-F])\\b|${OUTLOOK_NO_ACCOUNT.source}|self[- ]signed certificate in certificate chain|unable to verify the first certificate|SSL routines::|\\bERR_SSL_[A-Z_]+`,
  'i',
)

/**
 * The server's reply a program's exception quotes after its own generic words: .NET's "The server
 * response was: 5.7.0 Authentication Required" after "requires a secure connection or the client
 * was not authenticated", Swift Mailer's `with message "550 …"`, smtplib's `(550, b'5.1.1 …')`,
 * JavaMail's "SMTPAddressFailedException: 550 …", nodemailer's "Mail command failed: 550 …",
 * Outlook's "Server Response: '550 …'".
 */
export function quotedServerReply(text: string): string | undefined {
  const m =
    /(?:The server response was|Sunucu yanıtı şöyleydi):[ \t]*([^\n]+)|with message[ \t]*"([^"\n]+)"|\(\d{3}, b?'([^'\n]+)'\)|\(\d{3}, b?"([^"\n]+)"\)|(?:Exception|command failed|could not send email \d+):[ \t]*'?([245]\d\d[ -][^\n']+|[245]\.\d{1,3}\.\d{1,3}[^\n']+)|(?:Resposta do Servidor|Server Response):[ \t]*'([^'\n]+)'|(?:The (?:mail )?server responded|msmtp: server message):[ \t]*([^\n]+)/i.exec(
      text,
    )
  const reply = m?.slice(1).find((group) => group !== undefined)
  // The first line of a multi-line reply ("421-4.7.28 …") is not all of it: the caller reads the
  // whole reply from the text instead.
  return reply && !/^[245]\d\d-/.test(reply) ? reply : undefined
}

/**
 * A server's delivery report that names the exception its own code met ("… at remote mailserver
 * gmail-smtp-in.l.google.com: SMTPSendFailedException: 421-4.7.28 …"): a sending server's report,
 * not a program's own error.
 */
export const SERVER_REPORT =
  /\bremote mail ?server\b|\bremote host said\b|\bhost \S+ said:|\bthe (?:other|remote) server returned\b/i

/**
 * A program's own words that read like a sending server's report but are not: PHP's "Fatal error:
 * Uncaught …", himalaya's "permanent error (535)".
 */
export const withoutProgramPreamble = (text: string) =>
  text.replace(/\bFatal error: Uncaught\b|\bpermanent error \(\d{3}\)/gi, '')

/**
 * What a program prints around an error, whatever its wording: a stack trace (JavaScript, Java,
 * .NET, Python, PHP, Ruby), an exception's name opening a line ("SocketError (getaddrinfo: …)",
 * "InvalidRecipientsException: …"), an error object's fields (nodemailer's "responseCode: 550",
 * "command: 'RCPT TO'"), or a web application's error log line ("level=error msg=\"554 …\" method=POST").
 * No sending server writes these into a report: they mark a program's error in a form no wording
 * above names yet.
 */
const PROGRAM_SHAPE = new RegExp(
  [
    String.raw`(?:^|\s)at (?:async )?[\w$.<>]+(?: \[as \w+\])? \([^\n()]*:\d+:\d+\)|\bat [\w$.]+\((?:[\w$]+\.(?:java|kt|scala):\d+|Unknown Source|Native Method)\)`,
    String.raw`^[ \t]+at [\w\`<>]+(?:\.[\w\`<>]+)+\([^\n]*\)(?: in [^\n]*:line \d+)?$|Traceback \(most recent call last\)|^[ \t]*File "[^"\n]+", line \d+`,
    String.raw`^#\d+ \S+\(\d+\): |\bthrown in \S+ on line \d+|\.rb:\d+:in [\`']|^Caused by: `,
    String.raw`^[ \t]*(?:\w+(?:\.|\\|::))*[A-Z]\w*(?:Exception|Error)\w*(?::| \()`,
    String.raw`\b(?:responseCode|response_code|smtp_code|smtpCode)["']?[ \t]*[:=][ \t]*["']?[245]\d\d\b|\bcommand: ?'(?:RCPT TO|MAIL FROM|DATA|CONN|AUTH[\w ]*)'`,
    // smtplib's debug output (set_debuglevel): "send: 'rcpt TO:<…>\r\n'", "reply: b'550 …'".
    String.raw`^send: b?'(?:mail FROM|rcpt TO|data|ehlo|helo|quit)|^reply: retcode \(\d{3}\); Msg: b'`,
    // Postmark's API refusing a send ({"ErrorCode":406,"Message":"… inactive …"}): nothing was sent.
    String.raw`^\{[ \t]*\n?[ \t]*"ErrorCode"[ \t]*:[ \t]*\d+[ \t]*,[ \t]*\n?[ \t]*"Message"[ \t]*:`,
    // nodemailer's error and result objects, as JSON or as Node prints them: "code":"EENVELOPE",
    // "rejected":[…] beside "accepted" ("{ accepted: [ 'bob@…' ], rejected: [ 'carol@…' ], …").
    String.raw`"code"[ \t]*:[ \t]*"E(?:ENVELOPE|MESSAGE|AUTH|SOCKET|CONNECTION|TIMEDOUT|DNS|TLS|PROTOCOL|STREAMING)"|"accepted"[ \t]*:[ \t]*\[[^\]\n]*\][ \t]*,[ \t]*"rejected"[ \t]*:|\baccepted: \[[^\]]*\],\s+rejected: \[`,
    String.raw`\blevel=error msg="[^"\n]*"[^\n]*\b(?:method|path)=`,
    // Apple's NSError ("Error Domain=mailcore Code=10 …") and a cloud function's JSON error
    // ("errorMessage": "…", "errorType": …).
    String.raw`\bError Domain=[\w.]+ Code=-?\d+|"error(?:Message|Type|Details)"[ \t]*:`,
    // swaks, the SMTP test tool, which never queues or retries: "=== Trying mx…:25...", its
    // commands " -> RCPT TO:<…>" (" ~> " inside TLS) and errors "<** 550 …".
    String.raw`^=== (?:Trying|Connected to) \S+|^ [-~]> [A-Za-z]|^<[-~]?\*{1,2} ?[245]\d\d[ -]`,
    // A client's protocol log in the RFCs' "C:"/"S:" form (MailKit's ProtocolLogger), and DokuWiki's
    // SMTP plugin ("Expected: 250, Got: 553 | …", "Sent: MAIL FROM:<>").
    String.raw`^C: [A-Za-z][^\n]*\nS: [245]\d\d[ -]|\bExpected: \d{3}, Got: \d{3}\b`,
    // A session typed by hand (telnet, nc, openssl s_client): a command opening its line, the
    // server's reply on the next. A sending server's transcript marks its lines ("<<< 550", ">>> DATA").
    String.raw`^(?:[Ee][Hh][Ll][Oo]|[Hh][Ee][Ll][Oo]|[Mm][Aa][Ii][Ll] [Ff][Rr][Oo][Mm]:|[Rr][Cc][Pp][Tt] [Tt][Oo]:|[Aa][Uu][Tt][Hh] )[^\n]*\n[245]\d\d[ -]|^(?:[Ss][Tt][Aa][Rr][Tt][Tt][Ll][Ss]|[Dd][Aa][Tt][Aa])[ \t]*\n[245]\d\d[ -]`,
    // Dart and Flutter ("Unhandled Exception:", "(package:mailer/…dart:118:5)"), Rust ("thread
    // 'main' panicked at"), Swift ("The operation couldn’t be completed. (SwiftSMTP.SMTPError error
    // 3.)"), Ruby's inspected objects ("#<SendGrid::Response:0x…"), a logrus line ("time=… level=warning
    // msg=…"), Monolog's channel and level ("main.CRITICAL:"), Claws Mail's protocol log ("SMTP< 530 …"),
    // an API's JSON error ("errors": […]) or HTTP status ("Bad Request (HTTP 400)", "status: 403,").
    String.raw`Unhandled Exception:|\(package:[\w/.-]+\.dart:\d+:\d+\)|\bthread '[^'\n]+' panicked at|The operation couldn[’']t be completed\. \(|#<[\w:]+:0x[0-9a-f]+`,
    String.raw`^time="[^"\n]+" level=(?:error|warning|fatal) msg="|\b\w+\.(?:CRITICAL|ERROR|ALERT|EMERGENCY): |^SMTP[<>] |"(?:\w+_)?errors?"[ \t]*:[ \t]*[[{"]|\(HTTP [45]\d\d\)|\bstatus: ?[45]\d\d,`,
  ].join('|'),
  'm',
)

/**
 * A mail program's own error ("Sending of the message failed…", Outlook's 0x800CCC0F): it could
 * not send, and no server returned anything, whether or not it quotes a server's reply. A sending
 * server's report that names an exception, or says it returned the message, is not one.
 */
export function isProgramError(text: string): boolean {
  if (SERVER_REPORT.test(text)) return false
  // An exception's own message may say "could not be delivered" (Nextcloud's Horde_Smtp_Exception):
  // words only a program writes decide, whatever else they say.
  if (PROGRAM_OWN_WORDS_RE.test(text) || PHPMAILER_WORDS.test(text)) return true
  if (!MAIL_PROGRAM_ERROR.test(text) && !PROGRAM_SHAPE.test(text)) return false
  return !ESP_EVENT.test(text) && !saysReturnedOrHeld(withoutProgramPreamble(text))
}

/** The words of a program's own resolver failing, not of a server's report about a domain. */
const RESOLVER =
  /\bgetaddrinfo\b|name or service not known|nodename nor servname|UnknownHostException|\bsocket\.gaierror\b|\bquery(?:A|AAAA|Mx)? ENOTFOUND\b/i

/**
 * A program that lost or could not make its connection lost it to its own outgoing server, and a
 * name its resolver could not look up ("getaddrinfo: Name or service not known") is that server's;
 * a server that answered about the recipient's domain ("invalid DNS MX") is quoted in other words.
 */
export function programReason(reason: BounceReason, words: string, replied = false): BounceReason {
  // A server that answered ("421 4.4.2 … timeout exceeded") was reached: the connection was lost later.
  if (reason === 'network' && replied) return reason
  return reason === 'network' ||
    ((reason === 'host-not-found' || reason === 'unknown') && RESOLVER.test(words))
    ? 'outgoing-server'
    : reason
}
