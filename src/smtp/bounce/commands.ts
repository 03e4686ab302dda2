// Which SMTP command a reply answered, when the bounce says so. Each MTA words it differently:
//   Postfix   "… said: 550 5.1.1 … (in reply to RCPT TO command)"     cue after the reply
//             "(in reply to end of DATA command)"                       → DATA
//   Exim      "SMTP error from remote mail server after RCPT TO:<…>:"   cue before the reply
//             "… after end of data:" / "after pipelined MAIL FROM:<…>"  → DATA / MAIL FROM
//   qmail     "most progress was RCPT TO response; … said: 550 …"       cue before the reply
//             "… said 550 for RCPT TO response"                         cue right after the reply
//             "192.0.2.1 does not like recipient." / "… but sender was rejected." /
//             "Failed on DATA command." / "Failed after I sent the message."  (qmail-remote)
//   nodemailer "Mail command failed: 550 …" / "Recipient command failed:" / "Data command failed:"
//   Sendmail  ">>> RCPT To:<…>" then "<<< 550 …" (session transcript)  last command line before it
//   Postfix   "SASL authentication failed; server … said: 535 …"       → AUTH (its SMTP client's login)
// Command tokens are matched in upper case as MTAs print them, so prose ("after data was lost")
// never reads as a command; transcript lines are matched in any case because Sendmail writes
// "RCPT To:" and "MAIL From:".

const CMD = String.raw`RCPT\s+TO|MAIL\s+FROM|DATA|BDAT|EHLO|HELO|LHLO|STARTTLS|AUTH|RSET|VRFY|EXPN|NOOP|QUIT|ETRN`

const POSTFIX = new RegExp(String.raw`\bin\s+reply\s+to\s+(end\s+of\s+DATA|${CMD})\s+command`)
const QMAIL_AFTER = new RegExp(String.raw`^\s*for\s+(${CMD})\s+response`)
// Yahoo's "… User unknown [RCPT_TO]", SendGrid's "… User Unknown  in RCPT TO" (on the reply's own line).
const TAG_AFTER = /^[^\n]*?(?:\[(RCPT_TO|MAIL_FROM|DATA)\]|\bin (RCPT TO|MAIL FROM|DATA|End of DATA)\s*$)/m
// GMX / 1&1: "SMTP error from remote server after RCPT command:".
const BARE_AFTER = /\bafter (RCPT|MAIL) command\b/g
const EXIM = new RegExp(
  String.raw`\bafter\s+(?:pipelined\s+)?(end\s+of\s+(?:data|DATA)|${CMD})(?![A-Za-z])`,
  'g',
)
const QMAIL_BEFORE = new RegExp(String.raw`\bmost\s+progress\s+was\s+(${CMD})\s+response`, 'g')
const QMAIL_REMOTE: readonly [RegExp, string][] = [
  [/\bdoes not like recipient\b/g, 'RCPT TO'],
  [/\bbut sender was rejected\b/g, 'MAIL FROM'],
  [/\bFailed on DATA command\b/gi, 'DATA'],
  [/\bFailed after I sent the message\b/gi, 'DATA'],
  // nodemailer names the command its server refused: "Error: Mail command failed: 550 …".
  [/\bMail command failed:/g, 'MAIL FROM'],
  [/\bRecipient command failed:/g, 'RCPT TO'],
  [/\bData command failed:/g, 'DATA'],
  [/\bError: Message failed:/g, 'DATA'],
  // Postfix's SASL client with no mechanism it may use: "SASL authentication failed; cannot authenticate to server …".
  [/\bcannot (?:SASL )?authenticate to server\b/g, 'AUTH'],
  // PHPMailer's debug output: "SMTP ERROR: MAIL FROM command failed: 530 …", "… Password command failed:".
  [/\bSMTP ERROR: MAIL FROM command failed:/g, 'MAIL FROM'],
  // PHPMailer 5: "The following From address failed: … : MAIL FROM command failed,550,,…".
  [/\bMAIL FROM command failed,/g, 'MAIL FROM'],
  [/\bRCPT TO command failed,/g, 'RCPT TO'],
  [/\bDATA command failed,/g, 'DATA'],
  [/\bSMTP ERROR: RCPT TO command failed:/g, 'RCPT TO'],
  [/\bSMTP ERROR: DATA(?: END)? command failed:/g, 'DATA'],
  [/\bSMTP ERROR: (?:AUTH|Username|Password) command failed:/g, 'AUTH'],
  [/\bSMTP ERROR: STARTTLS command failed:/g, 'STARTTLS'],
  [/\bSMTP ERROR: (?:EHLO|HELO) command failed:/g, 'EHLO'],
]
const POSTFIX_SASL = /\bSASL authentication failed;[\s\S]{0,300}?\bsaid:\s*$/
// MDaemon writes a timestamp first: "Tue 2024-10-29 15:03:18: --> MAIL From:<…>".
const TRANSCRIPT = new RegExp(
  String.raw`^[ \t]*(?:[A-Za-z]{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:[ \t]*)?(?:>>>|C:|-->|->)[ \t]*(\.|${CMD})(?=[\s:<]|$)`,
  'gim',
)

// A session typed by hand (telnet, openssl s_client) has no markers: a line that is only a command,
// with the arguments that command takes, since the previous reply. Arguments are required where the
// command takes them, so a prose line that opens with "Data" or "Quit" never reads as a command.
const TYPED =
  /^[ \t]*(?:(RCPT\s+TO|MAIL\s+FROM):[ \t]*<[^\n]*|(AUTH)(?:[ \t]+[A-Z0-9_-]+(?:[ \t]+\S+)?)?|(EHLO|HELO|LHLO)[ \t]+\S+|(BDAT)[ \t]+\d+(?:[ \t]+LAST)?|(VRFY|EXPN|ETRN)[ \t]+\S+|(STARTTLS|DATA|RSET|NOOP|QUIT))[ \t]*$/gim

function typedCommand(before: string): string | undefined {
  TYPED.lastIndex = 0
  let found: string | undefined
  for (let m = TYPED.exec(before); m; m = TYPED.exec(before)) found = m.slice(1).find((g) => g !== undefined)
  return found
}

/**
 * The command a text names where no reply answered it: Postfix's SASL client failing before any
 * reply ("SASL authentication failed; cannot authenticate to server …: no mechanism available") and
 * Exim's smtp transport ("authentication required but authentication attempt(s) failed",
 * "authenticator failed H=…") were still at AUTH, as was a program that found no AUTH in the
 * server's EHLO reply (smtplib's "SMTP AUTH extension not supported by server").
 */
export function commandWithoutReply(words: string): string | null {
  return /\bSASL authentication failed\b|authentication required but (?:authentication attempt|no authentication mechanism)|\bauthenticator failed H=|\bSMTP AUTH extension not supported\b|\bserver doesn't support AUTH\b/.test(
    words,
  )
    ? 'AUTH'
    : null
}

/** 'RCPT  To' → 'RCPT TO'; end of data ('.', "end of DATA") → 'DATA'. */
export function normalizeCommand(raw: string): string {
  const cmd = raw.trim().replace(/\s+/g, ' ').toUpperCase()
  return cmd === '.' || cmd.startsWith('END OF') ? 'DATA' : cmd
}

function tagAfter(after: string): string | undefined {
  const m = TAG_AFTER.exec(after)
  const raw = m?.[1] ?? m?.[2]
  return raw?.replace('_', ' ')
}

function bareAfter(before: string): string | undefined {
  const raw = lastMatch(BARE_AFTER, before)
  return raw === undefined ? undefined : raw === 'RCPT' ? 'RCPT TO' : 'MAIL FROM'
}

function lastMatch(re: RegExp, text: string): string | undefined {
  re.lastIndex = 0
  let found: string | undefined
  for (let m = re.exec(text); m; m = re.exec(text)) found = m[1]
  return found
}

function qmailRemote(before: string): string | undefined {
  let best: { at: number; command: string } | undefined
  for (const [re, command] of QMAIL_REMOTE) {
    re.lastIndex = 0
    for (let m = re.exec(before); m; m = re.exec(before))
      if (!best || m.index > best.at) best = { at: m.index, command }
  }
  return best?.command
}

/**
 * The command a reply answered, from the text just after it (`after`, up to the next reply or
 * paragraph end), just before it (`before`, since the previous reply), or the session transcript
 * above it in the same paragraph (`transcript`). Cue kinds are tried in the order
 * listed above; within a kind the one closest to the reply wins.
 */
export function commandFromCues(after: string, before: string, transcript: string): string | undefined {
  const raw =
    QMAIL_AFTER.exec(after)?.[1] ??
    POSTFIX.exec(after)?.[1] ??
    tagAfter(after) ??
    bareAfter(before) ??
    lastMatch(EXIM, before) ??
    lastMatch(QMAIL_BEFORE, before) ??
    qmailRemote(before) ??
    (POSTFIX_SASL.test(before) ? 'AUTH' : undefined) ??
    lastMatch(TRANSCRIPT, transcript) ??
    typedCommand(before)
  if (raw === undefined) return undefined
  const command = normalizeCommand(raw)
  // Sendmail pipelining: ">>> DATA" is sent before the RCPT replies arrive; a reply that echoes
  // "<address>... " answers a recipient, not the data.
  if (command === 'DATA' && /^[ \t]*<[^<>\s]+@[^<>\s]+>\.\.\./.test(after)) return 'RCPT TO'
  return command
}
