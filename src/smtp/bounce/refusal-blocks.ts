// The recipients a text's refusals name when no MTA lists them paragraph by paragraph: a list of
// recipients (X-Failed-Recipients, "Recipients: …", a pasted message's own "To:") and the ones its
// refusals name, refusal lines that each name one, a session's recipients refused at RCPT TO or
// accepted there and refused with the message after DATA, else the address a "not delivered to"
// phrase names.

import { clauseBlocks } from './clause-blocks'
import { findAddress } from './dsn'
import { headerOwnAddresses } from './form-fields'
import { incidentParagraphs } from './incident-paragraphs'
import { MAX_RECIPIENTS } from './limits'
import { NOTICE_SENDER } from './message-kind'
import type { RecipientBlock } from './recipient-block'
import {
  acceptedOnLines,
  beforeFirstRefusal,
  dataOutcome,
  listedRecipients,
  namedByRefusal,
  RCPT_COMMAND,
  refusedOnLines,
  refusesAnything,
  replyTo,
  transactions,
} from './recipient-list'
import { refusedRecipients } from './refused-recipients'

/** The blocks of the recipients a text's refusals and lists name (see above); one for the whole text else. */
export function refusalBlocks(human: string, headers: Map<string, string>): RecipientBlock[] {
  // Exim's and Gmail's X-Failed-Recipients, or a message trace pasted as a list whose first
  // lines parse as fields ("RecipientAddress : bob@…", PowerShell's Format-List), or a list in the text.
  const { listed, lists } = listedRecipients(human, headers, (a) => isSender(a, headers))
  // The recipients the replies refuse by name, and of a list the ones a refusal names: one is the
  // whole text's; several are each read from their own lines.
  const named = headers.has('x-failed-recipients')
    ? []
    : [
        ...new Set([
          ...refusedRecipients(human.slice(0, 20_000)),
          ...(listed.length > 1 ? namedByRefusal(human, listed, lists) : refusedAlone(human)),
        ]),
      ].filter((a) => !isSender(a, headers) || repliesAsRecipient(human, a, headers))
  // In a session, the recipients accepted at RCPT TO and then refused with their message after DATA.
  const acceptedThenRefused =
    listed.length > 1 ? new Map<string, string>() : refusedAfterData(human, new Set(named), headers)
  const failed = [...named, ...acceptedThenRefused.keys()]
  // Refused at RCPT TO, its reply paired with the command in order (RFC 2920 §3.1), whatever
  // pipelined command stands last before that reply.
  const atRcpt = new Set(failed.length > 0 ? refusedOnLines(human.slice(0, 200_000), [], false, true) : [])
  const command = (recipient: string) => (atRcpt.has(recipient) ? { command: 'RCPT TO' as const } : {})
  // One refused by name, and another given its own reply in the writer's words.
  const clauses =
    listed.length > 1 || failed.length > 1 || acceptedThenRefused.size > 0
      ? []
      : clauseBlocks(human, (a) => isSender(a, headers), new Set(named))
  if (clauses.length > 1) return clauses
  if (failed.length === 1) {
    const recipient = failed[0] as string
    // A note of incidents in paragraphs of their own, each with its code, the refused one among
    // them: a handover's "1) … 552 5.2.2 <ayse@…> …" and "2) … to=<partner@…> … 451 4.7.1 …".
    const incidents = incidentParagraphs(human, (a) => isSender(a, headers), true)
    if (incidents.some((b) => b.recipient === recipient)) return incidents
    return [{ recipient, text: human, ...command(recipient) }]
  }
  if (failed.length > 1) {
    const lines = human.split('\n', 20_000)
    const opening = beforeFirstRefusal(human)
    return failed.slice(0, MAX_RECIPIENTS).map((recipient) => {
      // Accepted at RCPT TO, it failed with the message: the reply after DATA is its own, not the 250.
      const own = acceptedThenRefused.get(recipient) ?? linesNaming(lines, recipient)
      return { recipient, own, text: `${own}\n${opening}`, replied: true as const, ...command(recipient) }
    })
  }
  // A list whose replies name none of them (a refused sender, "550 5.1.1 User unknown" alone): the
  // text is about them all.
  if (listed.length > 1) {
    // Not one the server accepted ("RCPT TO:<bob@…>" then "250 2.1.5 Ok").
    const accepted = acceptedOnLines(human.slice(0, 200_000))
    const refused = listed.filter((recipient) => !accepted.has(recipient))
    // Every one accepted, then the message refused (after DATA): it failed for them all; accepted
    // and nothing refused, it failed for none.
    const failed = refused.length > 0 ? refused : refusesAnything(human.slice(0, 200_000)) ? listed : []
    return failed.map((recipient) => ({
      recipient,
      text: human,
      shared: true as const,
    }))
  }
  const phrase = DELIVERED_TO_PHRASE.exec(human)
  const recipient = listed[0] ?? findAddress(phrase?.slice(1).find(Boolean) ?? '')
  if (recipient) return [{ recipient, text: human }]
  const incidents = incidentParagraphs(human, (a) => isSender(a, headers))
  return incidents.length > 0 ? incidents : [{ text: human }]
}

/**
 * In a session, each recipient accepted at RCPT TO whose message was then refused after DATA, with
 * that refusal: each transaction's own (a connection that sends several messages). Not a refusal
 * that says no recipient was accepted ("554 5.5.1 Error: no valid recipients"): it contradicts the
 * 250s read, so the pairing is not to be trusted.
 */
function refusedAfterData(
  human: string,
  refused: Set<string>,
  headers: Map<string, string>,
): Map<string, string> {
  const failed = new Map<string, string>()
  for (const transaction of transactions(human)) {
    const outcome = dataOutcome(transaction)
    if (typeof outcome !== 'object' || /no valid recipients|need rcpt/i.test(outcome.refused)) continue
    for (const address of acceptedOnLines(transaction))
      if (!refused.has(address) && !isSender(address, headers) && !failed.has(address))
        failed.set(address, outcome.refused)
  }
  return failed
}

const ADDR = String.raw`<?([^\s<>"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?`
const DELIVERED_TO_PHRASE = new RegExp(
  [
    String.raw`(?:failed|undeliverable|rejected|invalid) (?:address|recipient)(?:es|s|\(es\)|\(s\))?:[ \t]*${ADDR}`,
    String.raw`(?:wasn't|was not|couldn't be|could not be|not) delivered to:?\s+${ADDR}`,
    String.raw`delivery to the following recipients? (?:failed|has been delayed)[^\n]*\n\s*${ADDR}`,
    String.raw`problem delivering your message to:?\s+${ADDR}`,
    String.raw`your (?:message|e-?mail) to:?\s+${ADDR}\s+(?:could not|couldn't|cannot|can't|was not|wasn't|has not|was rejected|was held)`,
    // Gmail's notice in the sender's language: "no se ha entregado a bob@…", "n'a pas été distribué
    // à bob@…", "lors de la remise de votre message à bob@…", "wurde nicht an bob@… zugestellt".
    String.raw`(?:no se ha entregado a|no se ha podido entregar a|n'a pas été (?:distribué|remis|livré) à|remise de votre message à|não foi entregue (?:a|para)|non è stato (?:recapitato|consegnato) a|nicht an|niet (?:bezorgd|afgeleverd) (?:bij|aan))\s+${ADDR}`,
  ].join('|'),
  'im',
)

/**
 * The lines of a text that name an address, with the reply after a command that names it
 * (">>> RCPT To:<bob@…>" then "<<< 452 …"): at most 20, each cut at 1,000 characters.
 */
export function linesNaming(text: string | string[], address: string): string {
  const lines = typeof text === 'string' ? text.split('\n') : text
  const found: string[] = []
  // The whole address: "bob@example.net" is not the end of "jimbob@example.net".
  const named = new RegExp(
    String.raw`(?<![\w.!#$%&'*+/=?^\`{|}~-])${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w.-])`,
    'i',
  )
  for (let i = 0; i < lines.length && found.length < 20; i++) {
    const line = (lines[i] as string).slice(0, 1000)
    if (!named.test(line) || ADDRESS_LINE_ALONE.test(line)) continue
    found.push(line)
    const reply = RCPT_COMMAND.test(line) ? replyTo(lines, i) : undefined
    if (reply !== undefined) found.push(reply.slice(0, 1000))
  }
  return found.join('\n')
}

/** A line that holds only an address: the list's own entry, not a line about it. */
const ADDRESS_LINE_ALONE = /^[ \t]*<?[^\s<>@:：，；（）]+@[^\s<>]+?>?:?[ \t]*\r?$/

/**
 * Without a list, the addresses each refusal line names alone ("Failed to send to bob@…: 550 …",
 * "carol@… - 452 4.2.2 …"), when there are two or more: one alone may be the user's own address
 * ("4.3.0 <alice@…>: Temporary lookup failure", "Your email address, alice@…, is not subscribed").
 */
function refusedAlone(human: string): string[] {
  const text = human.slice(0, 200_000)
  const found = refusedOnLines(text, [], true)
  // One alone counts when a RCPT TO names it and its reply (paired in order) refuses it.
  return found.length > 1 ? found : refusedOnLines(text, [], true, true)
}

/**
 * The person whose reply this is, and whose own address the bounce they quote refused at RCPT TO
 * ("Sorry, our server wasn't set up for that domain" above "> RCPT TO:<hakan@…>: 554 5.7.1 …
 * Relay access denied"): the failed recipient, though the message is theirs.
 */
function repliesAsRecipient(human: string, address: string, headers: Map<string, string>): boolean {
  if (NOTICE_SENDER.test(headers.get('from') ?? '') || findAddress(headers.get('from') ?? '') !== address)
    return false
  return human.slice(0, 200_000).toLowerCase().includes(`rcpt to:<${address}>`)
}

/** Addresses that are the bounce's own sender or postmaster are not failed recipients. */
export function isSender(address: string, headers: Map<string, string>): boolean {
  return headerOwnAddresses(headers).includes(address) || /^(?:postmaster|mailer-daemon)@/i.test(address)
}
