// A mail program's own error when it could not hand a message to the server it sends through. No
// server refused the message, so these texts carry no reply code of their own; when a server did
// answer, the program quotes it ("The mail server responded: 535 …") and that reply is read instead.
//
// Thunderbird's texts are its send-error-smtp-* and smtp-auth-failure strings (comm-central,
// mail/locales/en-US/messenger/messengercompose/messengercompose.ftl; older releases wrote "SMTP
// server" for "Outgoing server (SMTP)"); PHPMailer's are its language strings 'connect_host',
// 'smtp_connect_failed' and 'authenticate' (PHPMailer.php, setLanguage); Outlook's are its task
// errors 0x800CCC0E ("cannot connect to server"), 0x800CCC0F (the connection was interrupted),
// 0x80042108/0x80042109 ("cannot connect to your outgoing (SMTP) e-mail server"), 0x8004210B (the
// operation timed out) and 0x800CCC1A (the encryption type does not match the server's port).
import type { BounceReason } from './reasons'

const OUTGOING_SERVER = [
  String.raw`connecting to (?:the )?(?:outgoing server \(SMTP\)|SMTP server) \S+ failed`,
  String.raw`connection to (?:the )?(?:outgoing server \(SMTP\)|SMTP server) \S+ (?:was lost|timed out)`,
  String.raw`outgoing server \(SMTP\) \S+ is unknown`,
  'could not connect to SMTP host',
  String.raw`SMTP connect\(\) failed`,
  String.raw`cannot connect to your outgoing \(SMTP\) e-?mail server`,
  String.raw`\b0x800CCC0[EF]\b|\b0x8004210[89B]\b|\b0x800CCC1A\b`,
].join('|')

const PROGRAM_LOGIN = [
  'SMTP Error: Could not authenticate',
  String.raw`unable to authenticate to (?:the )?outgoing server \(SMTP\)`,
  'authentication failure while connecting to server',
].join('|')

export const MAIL_PROGRAM_PHRASES: readonly [BounceReason, RegExp][] = [
  ['login-failed', new RegExp(PROGRAM_LOGIN, 'i')],
  ['outgoing-server', new RegExp(OUTGOING_SERVER, 'i')],
]

/**
 * The text is a mail program's report that it could not send, with or without a server's reply
 * (Outlook names the task: "Task '… - Sending' reported error"; its receiving errors are not sends).
 */
export const MAIL_PROGRAM_ERROR = new RegExp(
  `${OUTGOING_SERVER}|${PROGRAM_LOGIN}|sending of (?:the )?message failed|send message error|- Sending' reported error \\(0x[0-9A-F]{8}\\)`,
  'i',
)
