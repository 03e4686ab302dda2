// The codes that describe one failure best, from its own text (a Diagnostic-Code, a recipient's
// paragraph): each code ranked by its best occurrence — severity, then where it stands (Status
// field > Diagnostic-Code > reply line > prose), then specificity for enhanced codes.

import { parseEnhancedCode } from '../codes/enhanced-codes'
import { analyzeBounceDetailed, type BounceFinding, SEVERITY, SOURCE_RANK } from './find-codes'

export interface FoundCodes {
  reply: string | null
  /** The command the chosen reply answered, when its own text says. */
  command: string | null
  /** Best first. */
  enhanced: string[]
  /** The line holding the chosen reply, for the reason's words. */
  line: string | null
}

/** Words that introduce a server's reply just before its code. */
const REPORTED_BEFORE =
  /(?:\bsaid|\bfailed|\bresponse was|\bresponded(?: with)?|\breplied(?: with)?|\breturned|\breply(?: was)?|\bresponse|\berror|\bDiagnostic-Code|\bsmtp;|\bSMTP error from remote mail server after [^\n]{1,40})[ \t]*[:=]?[ \t]*['"(]?[ \t]*$/i

/**
 * The codes of one failure's text, each ranked by its best occurrence: severity, then where it
 * stands (Status field > Diagnostic-Code > reply line > prose), then specificity for enhanced
 * codes (5.1.1 says more than 5.0.0), then position.
 */
export function codesIn(text: string): FoundCodes {
  if (!text) return { reply: null, command: null, enhanced: [], line: null }
  const occurrences = withoutQuoted(text, analyzeBounceDetailed(text).occurrences)
  const all = occurrences.filter((o) => o.kind === 'reply')
  // "503 5.0.0 Need RCPT (recipient)" and Postfix's "554 5.5.1 Error: no valid recipients" follow the
  // refusal that caused them (Sendmail's transcript after a 451 to RCPT TO): that refusal, not the
  // DATA's reply, says what happened.
  const causes = all.filter(
    (o) =>
      !(
        /^5(?:03|54)$/.test(o.code) && /need (?:rcpt|mail)|bad sequence|no valid recipients/i.test(o.context)
      ),
  )
  // A reply the text reports as a server's ("host … said: 421-4.7.28 …", "The server response was:",
  // a reply line) outranks a code in the writer's prose ("see KB-1023 “Fixing 550 5.7.1 …”"), whatever
  // their classes: the prose may name any code, the report names the one that happened.
  const failure = (o: BounceFinding) => o.code.startsWith('4') || o.code.startsWith('5')
  const reported = (o: BounceFinding) =>
    failure(o) &&
    (o.source !== 'text' || REPORTED_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)))
  const pool = causes.length > 0 ? causes : all
  const replies = best(pool.some(reported) ? pool.filter((o) => !failure(o) || reported(o)) : pool)
  const reply = quotedCause(text, ownReply(replies[0], occurrences, reported), all)
  const cls = reply?.code.charAt(0)
  const failures = occurrences.filter(
    // A success code ("250 2.1.5 Recipient ok" earlier in a session) never explains a refusal.
    (o) => o.kind === 'enhanced' && (cls === undefined || cls === '2' || o.code.charAt(0) !== '2'),
  )
  // A reply's enhanced code has the reply's class (RFC 3463 §2): after "451 4.3.0 …", the "5.5.1" of
  // a later "503 5.5.1 Error: need RCPT command" is not the 451's.
  // (A success reply says nothing of the failure codes beside it: nodemailer's "250 … queued" above a
  // Postfix log line's "dsn=5.4.4".)
  const sameClass = cls === '4' || cls === '5' ? failures.filter((o) => o.code.charAt(0) === cls) : []
  const ranked = best(
    sameClass.length > 0 ? sameClass : failures,
    // Among equally specific codes, the one the chosen reply carries ("535 5.7.139") over one quoted
    // before it ("SmtpClientException: 5.7.57 …").
    (o) =>
      specificity(o.code) * 10 +
      (cls && o.code.charAt(0) === cls ? 5 : 0) +
      (reply && o.start > reply.end && o.start - reply.end <= 2 ? 3 : 0),
  )
  const enhanced = unique(ranked.map((o) => o.code))
  const command = reply?.command ?? ranked.find((o) => o.command)?.command
  return {
    reply: reply?.code ?? null,
    command: command ?? null,
    enhanced,
    line: reply ? wholeReply(text, reply) : (ranked[0]?.context ?? null),
  }
}

/**
 * A reply in the writer's prose is not the one a program reports with an enhanced code alone (.NET's
 * "The server response was: 5.7.1 Unable to relay"): where their classes differ, the prose's
 * "451 4.7.1" is another incident's (a handover note's greylisting, resolved), and the failure has
 * no reply code of its own.
 */
function ownReply(
  reply: BounceFinding | undefined,
  occurrences: BounceFinding[],
  reported: (o: BounceFinding) => boolean,
): BounceFinding | undefined {
  if (!reply || reported(reply)) return reply
  const told = occurrences.find((o) => o.kind === 'enhanced' && reported(o))
  return told && told.code.charAt(0) !== reply.code.charAt(0) ? undefined : reply
}

/**
 * A reply that quotes its cause in its own line with "Error:" (Microsoft 365's "530 5.7.57 Client not
 * authenticated to send mail. Error: 535 5.7.139 … SmtpClientAuthentication is disabled for the
 * Tenant") is explained by the quoted reply: the same class, so the same fate, and its code says
 * why. (A quote of another class, Postfix's "450 … said: 550 …", is left to withoutQuoted.)
 */
function quotedCause(
  text: string,
  reply: BounceFinding | undefined,
  replies: BounceFinding[],
): BounceFinding | undefined {
  if (!reply) return reply
  const lineEnd = text.indexOf('\n', reply.end)
  const inner = replies.find(
    (o) =>
      o.start > reply.end &&
      (lineEnd < 0 || o.start < lineEnd) &&
      o.code !== reply.code &&
      o.code.charAt(0) === reply.code.charAt(0) &&
      /\bError:[ \t]*$/.test(text.slice(Math.max(reply.end, o.start - 10), o.start)),
  )
  return inner ?? reply
}

/**
 * The server's words of the chosen reply. A multi-line reply ("550-…" lines, then "550 …") is one
 * reply (RFC 5321 §4.2.1), and its telling words are often on a later line (GMX's "554-Bad DNS PTR
 * resource record.", Gmail's "552 5.7.0 message content and attachment content guidelines."),
 * so every line of it is read, also where Postfix has joined and wrapped them into one paragraph.
 */
function wholeReply(text: string, reply: BounceFinding): string {
  const code = reply.code
  // Back to the first "550-" line, then on to the line holding the closing "550 " in the same paragraph.
  const dash = new RegExp(String.raw`^[ \t>]*(?:<<<[ \t]*)?${code}-`)
  let start = text.lastIndexOf('\n', reply.start) + 1
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1
    if (!dash.test(text.slice(prev, start))) break
    start = prev
  }
  const continued = text.charAt(reply.end) === '-'
  if (!continued && start === text.lastIndexOf('\n', reply.start) + 1) return wrappedLine(text, start, reply)
  const rest = text.slice(reply.end, reply.end + 3000)
  const para = rest.search(/\r?\n[ \t]*\r?\n/)
  const scope = para >= 0 ? rest.slice(0, para) : rest
  // The closing line's words, even where Postfix wrapped right after "552 5.7.0".
  // The closing "550 " opens its own line where the reply keeps its lines ("550-Response: 550 5.1.1
  // …" quotes another reply mid-line); Postfix's joined paragraph has it mid-line.
  const closing = String.raw`${code} \s*(?:[245]\.\d{1,3}\.\d{1,3}\s*)?`
  const last = continued
    ? (new RegExp(String.raw`\n[ \t]*(?:<<<[ \t]*)?${closing}`).exec(scope) ??
      new RegExp(String.raw`(?:^|[\s'"(])${closing}`).exec(scope))
    : null
  // No closing line pasted (a person typed only "535-5.7.8 … Learn more at …"): the reply's own
  // "535-" lines, not the chat or the prose below them.
  if (continued && !last) return text.slice(start, reply.end + dashLinesEnd(scope, dash)).trim()
  const from = continued ? (last ? last.index + last[0].length : scope.length) : 0
  const stop = scope.indexOf('\n', from)
  return text.slice(start, reply.end + (stop >= 0 ? stop : scope.length)).trim()
}

/** Where the reply's own line ends in `scope`, and the "550-" lines that follow it. */
function dashLinesEnd(scope: string, dash: RegExp): number {
  let end = scope.indexOf('\n')
  while (end >= 0) {
    const next = scope.indexOf('\n', end + 1)
    if (!dash.test(scope.slice(end + 1, next < 0 ? undefined : next))) return end
    end = next
  }
  return scope.length
}

/**
 * A one-line reply as Postfix wraps it in a bounce: "<bob@…>: host mx…[…] said: 550" and then the
 * words on lines indented deeper than the paragraph's first line ("    Denied due to spam list (in
 * reply to RCPT TO command)"). Those lines are the rest of the reply, so they are read, and shown,
 * with it.
 */
function wrappedLine(text: string, start: number, reply: BounceFinding): string {
  const indent = (at: number) => /^[ \t]*/.exec(text.slice(at, at + 200))?.[0].length ?? 0
  // Postfix may wrap before the code ("<bob@…>: host mx…[…]\n    said: 554 5.7.1 …\n    using …"):
  // the reply's own line is then a continuation too, and the paragraph's head sets the margin.
  const above = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : -1
  const headAbove =
    above >= 0 && start > 0 && text.slice(above, start - 1).trim() !== '' && indent(above) < indent(start)
  const own = headAbove ? indent(above) : indent(start)
  let end = text.indexOf('\n', reply.end)
  let lines = 0
  while (end >= 0 && lines < 20) {
    const next = end + 1
    const lineEnd = text.indexOf('\n', next)
    const line = text.slice(next, lineEnd < 0 ? undefined : lineEnd)
    if (line.trim() === '' || indent(next) <= own) break
    end = lineEnd
    lines++
  }
  if (lines === 0) return reply.context
  return text
    .slice(start, end < 0 ? undefined : end)
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
}

/**
 * A reply can quote the reply that caused it: Postfix's reject_unverified_recipient answers "450
 * 4.1.1 <bob@…>: Recipient address rejected: unverified address: host mx…[…] said: 550 5.1.1 …
 * User unknown". The sender got the outer 450 and keeps retrying (postconf(5),
 * unverified_recipient_reject_code), so the codes after "said:" inside that reply tell why, not
 * what happened: they are left out of the ranking (the words, whole, still name the cause).
 */
function withoutQuoted(text: string, occurrences: BounceFinding[]): BounceFinding[] {
  const first = occurrences.find((o) => o.kind === 'reply')
  if (!first) return occurrences
  const inner = occurrences.find(
    (o) =>
      o.kind === 'reply' &&
      o.start > first.end &&
      o.code !== first.code &&
      /said:\s*$/i.test(text.slice(Math.max(first.end, o.start - 12), o.start)) &&
      !/\n[ \t]*\n/.test(text.slice(first.end, o.start)),
  )
  if (!inner) return occurrences
  // The quote runs to the end of the outer reply's paragraph.
  const blank = /\n[ \t]*\n/.exec(text.slice(inner.start))
  const end = blank ? inner.start + blank.index : text.length
  return occurrences.filter((o) => o.start < inner.start || o.start >= end)
}

function best(list: BounceFinding[], extra: (o: BounceFinding) => number = () => 0): BounceFinding[] {
  const score = (o: BounceFinding) =>
    (SEVERITY[o.code.charAt(0)] ?? 0) * 1000 +
    extra(o) * 10 +
    (SOURCE_RANK[o.source ?? 'text'] ?? 0) * 2 +
    (o.command ? 1 : 0)
  return [...list].sort((a, b) => score(b) - score(a) || a.start - b.start)
}

const unique = (list: string[]) => [...new Set(list)]

/** 0 for X.0.0, 1 for X.Y.0, 2 for X.Y.Z. */
function specificity(code: string): number {
  const p = parseEnhancedCode(code)
  if (!p) return -1
  return p.detail !== 0 ? 2 : p.subject !== 0 ? 1 : 0
}

/**
 * RFC 3464's Status is the reporting MTA's verdict, but MTAs often write a generic 5.0.0 beside
 * the remote server's exact 550 5.1.1: the more specific code of the same class wins.
 */
export function bestEnhanced(status: string | undefined, fromDiagnostic: string[]): string | null {
  if (!status) return fromDiagnostic[0] ?? null
  const better = fromDiagnostic.find(
    (c) => c.charAt(0) === status.charAt(0) && specificity(c) > specificity(status),
  )
  return better ?? status
}

/** The last 4xx reply code in `text`, by position. */
export function lastTransientReply(text: string): string | undefined {
  if (!text) return undefined
  const replies = analyzeBounceDetailed(text).occurrences.filter(
    (o) => o.kind === 'reply' && o.code[0] === '4',
  )
  return replies[replies.length - 1]?.code
}
