// What the readable part of a bounce says about one recipient: its own paragraph, and the command
// its reply answered. report.ts reads each recipient's codes and words through these.

import { findAddress } from './dsn'
import { codesIn } from './failure-codes'
import type { BounceFinding } from './find-codes'
import type { TextRange } from './human-ranges'

export interface Context {
  text: string
  human: TextRange[]
  humanText: string
  /** Lower-cased once: every recipient is looked up in it. */
  humanLower: string
  /**
   * The start of humanText, the general cues each recipient's reason and action are read with
   * beside its own block: a real report's prose is a few kilobytes, and a paste of thousands of
   * repeated DSN fields must not cost every recipient a pass over all of it.
   */
  cues: string
  occurrences: BounceFinding[]
}

/** The command stated next to this reply in the recipient's own paragraph. */
export function localCommand(block: string | undefined, reply: string | null): string | null {
  if (!block || !reply) return null
  const local = codesIn(block)
  return local.reply === reply ? local.command : null
}

/** The human-readable paragraph about one recipient, if the text names it. */
export function blockAbout(ctx: Context, recipient: string): string | undefined {
  const at = ownMention(ctx.humanLower, recipient)
  if (at < 0) return undefined
  const rest = ctx.humanText.slice(at, at + 1500)
  // It ends at two empty lines, where a line opens with another address ("carol@…:") or holds only
  // one (Exim's "  carol@…"), at the next recipient's fields of a DSN pasted without its MIME parts
  // or the next "Recipient address:" paragraph (Oracle Messaging Server, blank lines between them),
  // or at a section's heading (Sendmail's "----- Transcript of session follows -----", whose
  // session may be another recipient's).
  const end = rest.search(
    /\r?\n[ \t]*\r?\n[ \t]*\r?\n|\r?\n[ \t]*(?:\r?\n[ \t]*)?(?=<?[^\s@<>]+@[^\s<>]+?>?:)|\r?\n(?=[ \t]*<?[^\s@<>]+@[^\s<>]+?>?[ \t]*\r?(?:\n|$))|\r?\n(?=Final-Recipient:|[ \t]*Recipient address[ \t]*:)|\r?\n(?=[ \t]*-{3,}[ \t]*\S[^\n]*?-{3,}[ \t]*\r?$)/im,
  )
  return end > 0 ? rest.slice(0, end) : rest
}

/** A header line of the returned message, quoted in the notice ("  To: bob@…, carol@…"). */
const QUOTED_HEADER = /^[ \t>]*(?:to|cc|bcc|resent-to|resent-cc)[ \t]*:/

/**
 * Where the text first speaks of the recipient: not in the returned message's quoted "To:" line
 * (Oracle Messaging Server repeats it above every recipient's "Recipient address:" paragraph),
 * whose following lines are another recipient's, when it is named again further on.
 */
function ownMention(lower: string, recipient: string): number {
  const first = lower.indexOf(recipient)
  let at = first
  // A few mentions at most: a hostile paste of one address repeated must not cost a scan per copy.
  for (let tries = 0; at >= 0 && tries < 20; tries++) {
    const lineStart = lower.lastIndexOf('\n', at) + 1
    if (!QUOTED_HEADER.test(lower.slice(lineStart, at))) return at
    at = lower.indexOf(recipient, at + recipient.length)
  }
  return first
}

/** The command the failure answered: from an occurrence of its code with a command, near the recipient when it can tell. */
export function commandFor(
  ctx: Context,
  reply: string | null,
  enhanced: string | null,
  recipient: string | undefined | null,
): string | null {
  const candidates = ctx.occurrences.filter((o) => o.command && (o.code === reply || o.code === enhanced))
  if (candidates.length === 0) return null
  const near = recipient
    ? candidates.find(
        (o) => o.context.toLowerCase().includes(recipient) || nearAddress(ctx.text, o, recipient),
      )
    : undefined
  return (near ?? candidates[0])?.command ?? null
}

function nearAddress(text: string, o: BounceFinding, recipient: string): boolean {
  const before = text.slice(Math.max(0, o.start - 600), o.start).toLowerCase()
  const at = before.lastIndexOf(recipient)
  if (at < 0) return false
  return findAddress(before.slice(at + recipient.length)) === undefined
}

/**
 * The refusal came from the recipient's own server: Gmail delivers straight to the recipient's MX
 * ("The error that the other server returned was: …"), and a refusing host named under the
 * recipient's own domain ("host mx.example.net[…] said" for bob@example.net) is that domain's. A
 * smarthost of the sender's (a relayhost that wants a login) is neither, and stays relay-denied.
 */
export function refusedByRecipientsServer(d: {
  recipient: string | null
  remoteMta: string | null
  words: string
  context: string
}): boolean {
  if (/the error that the other server returned was/i.test(d.context)) return true
  // qmail-remote delivers to the recipient domain's MX: "192.0.2.1 does not like recipient. Remote
  // host said: 554 … Relay access denied".
  if (/does not like recipient\.\s*Remote host said:/i.test(d.context)) return true
  const domain = d.recipient?.split('@')[1]?.toLowerCase()
  // Exim names the host on a line of its own before the reply: "host mx.example.net [192.0.2.1]: 554 …";
  // Exchange's NDR before it: "mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 …> #SMTP#".
  const named =
    /\bhost ([\w.-]+)\[/i.exec(d.words) ??
    /\bhost ([\w.-]+) \[[\d.:a-f]+\]:/i.exec(d.context) ??
    // Exim's newer layout: "host mx.example.net [192.0.2.1]" alone on its line, then "SMTP error from
    // remote mail server after RCPT TO:<…>:" and the reply.
    /^[ \t>]*host ([\w.-]+) \[[\d.:a-f]+\][ \t]*\r?\n[ \t>]*SMTP error from remote mail server\b/im.exec(
      d.context,
    ) ??
    // Exim's log "R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.5]: …" and Sendmail's
    // transcript "... while talking to mx.example.net.:".
    /\bH=([\w.-]+) \[[\d.:a-f]+\]/i.exec(d.context) ??
    /\bwhile talking to ([\w-]+(?:\.[\w-]+)+?)\.?:/i.exec(d.context) ??
    /\b([\w-]+(?:\.[\w-]+)+) #<[\w.-]+ #[45]\.\d{1,3}\.\d{1,3} smtp;/i.exec(d.context)
  const host = (d.remoteMta ?? named?.[1] ?? '').toLowerCase()
  // Postini's hosts (<customer's domain>.s<N>a1.psmtp.com) filtered only the mail coming in to the
  // domains they served: a refusal from one came from the recipient's side.
  if (host.endsWith('.psmtp.com')) return true
  return Boolean(domain && host && (host === domain || host.endsWith(`.${domain}`)))
}

/** "host mx1.forwarder.example[192.0.2.5] said:": the address of the server that answered. */
const ANSWERING_HOST = /\bhost \S+?\[(\d{1,3}(?:\.\d{1,3}){3})\] said:/
/**
 * Postfix's "<target@…> (expanded from <alias@…>)" and Exim's "(generated from alias@…)": an alias
 * it expanded led here.
 */
const EXPANDED_FROM = /\((?:expanded|generated)\s+from\b/i

/**
 * The failure was met beyond a server that forwards the recipient's mail on, not between the
 * sender and that server: an alias expanded to an address that fails ("<bob@…> (expanded from
 * <alias@…>)"), or a server that quotes a refusal of its own IP address by the next one
 * ("host mx1.forwarder.example[192.0.2.5] said: … Blocked - see …?ip=192.0.2.5").
 */
export function forwardedOn(text: string, reason: string): boolean {
  // A refused IP address needs its own evidence: the alias may be the sender's own list, expanded
  // on the sending server, whose address is the one refused.
  if (reason !== 'blocked' && EXPANDED_FROM.test(text)) return true
  const answering = ANSWERING_HOST.exec(text)
  if (!answering) return false
  // Its own reply only, with the indented lines that continue it: not the next line, which may be
  // the same report read again ("relay=mx…[192.0.2.5]:25" in a log line pasted twice).
  const rest = text.slice(answering.index + answering[0].length, answering.index + answering[0].length + 1000)
  const after = rest.split(/\n(?![ \t])|\n[ \t]*\n|\bhost \S+?\[/)[0] ?? ''
  return new RegExp(String.raw`(?<![\d.])${(answering[1] as string).replaceAll('.', '\\.')}(?![\d.])`).test(
    after,
  )
}
