// Every code in a text: the SMTP reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463)
// in a bounce, NDR, DSN (RFC 3464) or server reply, with the command each answered when the text
// says so and where each stands (Status field, Diagnostic-Code, reply line, prose). Pure: ids and
// facts only. report.ts builds the per-recipient answer on these findings.
//
// Which numbers count as codes is decided in scan.ts (rules documented there); which command a
// reply answered in commands.ts. This file groups the pieces of one reply, classifies where each
// code sits, and deduplicates.

import { commandFromCues } from './commands'
import { MAX_BOUNCE_INPUT } from './limits'
import { contextFor, type LineInfo, lineCursor, paragraphs, previousLineStart } from './lines'
import { type Occurrence, scanCodes } from './scan'

export type BounceSource = 'status-field' | 'diagnostic-code' | 'reply-line' | 'text'

export interface BounceFinding {
  kind: 'reply' | 'enhanced'
  /** Normalised: '550', '5.1.1'. */
  code: string
  /** Offsets of the code in the original text, for highlighting: text.slice(start, end) is the code. */
  start: number
  end: number
  /** The SMTP command it answered, when the text says so: 'RCPT TO', 'MAIL FROM', 'DATA'… */
  command?: string
  source?: BounceSource
  /** 1-based line number. */
  line: number
  /** The line around the code, trimmed, at most ~200 characters. */
  context: string
}

export interface BounceAnalysis {
  /** One finding per distinct code (and command), in order of position. */
  findings: BounceFinding[]
  /** Every occurrence, for highlighting each one (same shape, not deduplicated). */
  occurrences: BounceFinding[]
  /** True when the input was longer than MAX_BOUNCE_INPUT or held more than MAX_BOUNCE_OCCURRENCES codes. */
  truncated: boolean
}

export { MAX_BOUNCE_INPUT } from './limits'
/** Scanning stops after this many code occurrences; a bounce never holds nearly as many. */
export const MAX_BOUNCE_OCCURRENCES = 10_000

/** Within this distance a cue ("in reply to RCPT TO command") is read as belonging to a reply. */
const CUE_WINDOW = 600
const TRANSCRIPT_WINDOW = 2000

export function analyzeBounce(text: string): BounceFinding[] {
  return analyzeBounceDetailed(text).findings
}

export function analyzeBounceDetailed(text: string): BounceAnalysis {
  if (typeof text !== 'string' || text.length === 0)
    return { findings: [], occurrences: [], truncated: false }
  const inputTruncated = text.length > MAX_BOUNCE_INPUT
  const scanned = inputTruncated ? text.slice(0, MAX_BOUNCE_INPUT) : text
  const { occurrences: raw, capped } = scanCodes(scanned, MAX_BOUNCE_OCCURRENCES)
  const occurrences = describe(scanned, raw)
  return { findings: dedupe(occurrences), occurrences, truncated: inputTruncated || capped }
}

/** The pieces of one reply: "550 5.1.1", or every line of "550-5.1.1 …" … "550 5.1.1 …". */
interface Unit {
  members: number[]
  start: number
  end: number
  lastLine: number
  reply?: string
  continued: boolean
}

// Transcript markers (">>> RCPT TO", "C: MAIL FROM"); without any, transcript cues are not looked for.
const HAS_TRANSCRIPT = /^[ \t]*(?:[A-Za-z]{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:[ \t]*)?(?:>>>|C:|-->|->)/m

function describe(text: string, raw: Occurrence[]): BounceFinding[] {
  if (raw.length === 0) return []
  const cursor = lineCursor(text)
  const lines = raw.map((o) => cursor(o.start))
  const units = groupUnits(text, raw, lines)
  const paras = paragraphs(text)
  const transcripts = HAS_TRANSCRIPT.test(text)
  const commands = units.map((unit, u) => {
    const prevEnd = units[u - 1]?.end ?? 0
    const nextStart = units[u + 1]?.start ?? text.length
    const afterEnd = Math.min(nextStart, paras.endAfter(unit.end), unit.end + CUE_WINDOW)
    const paraStart = paras.startBefore(unit.start)
    const beforeStart = Math.max(prevEnd, paraStart, unit.start - CUE_WINDOW)
    const transcript = transcripts
      ? text.slice(Math.max(paraStart, unit.start - TRANSCRIPT_WINDOW), unit.start)
      : ''
    return commandFromCues(text.slice(unit.end, afterEnd), text.slice(beforeStart, unit.start), transcript)
  })

  const findings: BounceFinding[] = []
  units.forEach((unit, u) => {
    const replyAtLineStart = unit.members.some((m) => raw[m]?.kind === 'reply' && raw[m]?.atLineStart)
    const command = commands[u]
    for (const m of unit.members) {
      const o = raw[m] as Occurrence
      const info = lines[m] as LineInfo
      findings.push({
        kind: o.kind,
        code: o.code,
        start: o.start,
        end: o.end,
        ...(command ? { command } : {}),
        source: sourceOf(text, o, info, replyAtLineStart),
        line: info.line + 1,
        context: contextFor(text, info, o.start, o.end),
      })
    }
  })
  return findings
}

function groupUnits(text: string, raw: Occurrence[], lines: LineInfo[]): Unit[] {
  const units: Unit[] = []
  raw.forEach((o, i) => {
    const unit = units[units.length - 1]
    const line = (lines[i] as LineInfo).line
    const gap = unit && o.start - unit.end < CUE_WINDOW ? text.slice(unit.end, o.start) : undefined
    const joins =
      unit !== undefined &&
      gap !== undefined &&
      ((o.kind === 'enhanced' &&
        unit.reply !== undefined &&
        unit.lastLine === line &&
        /^[ \t-]{1,3}$/.test(gap)) ||
        (o.kind === 'reply' &&
          o.code === unit.reply &&
          ((unit.continued && !/(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/.test(gap)) || gap === ' ')))
    if (unit && joins) {
      unit.members.push(i)
      unit.end = o.end
      unit.lastLine = line
      if (o.kind === 'reply') unit.continued = o.continued
      return
    }
    units.push({
      members: [i],
      start: o.start,
      end: o.end,
      lastLine: line,
      ...(o.kind === 'reply' ? { reply: o.code } : {}),
      continued: o.continued,
    })
  })
  return units
}

const STATUS_FIELD = /^[ \t]*Status[ \t]*:[ \t]*$/i
const DIAGNOSTIC_FIELD = /^[ \t]*Diagnostic-Code[ \t]*:/i
const FOLDED = /^[ \t]+\S/

function sourceOf(text: string, o: Occurrence, info: LineInfo, replyAtLineStart: boolean): BounceSource {
  if (
    o.kind === 'enhanced' &&
    o.start - info.start < 40 &&
    STATUS_FIELD.test(text.slice(info.start, o.start))
  )
    return 'status-field'
  if (inDiagnosticField(text, info.start)) return 'diagnostic-code'
  return o.atLineStart || replyAtLineStart ? 'reply-line' : 'text'
}

/** The line is a Diagnostic-Code field or one of its folded continuation lines (RFC 3464 §2.3.6, RFC 5322 §2.2.3). */
function inDiagnosticField(text: string, lineStart: number): boolean {
  let start = lineStart
  for (let n = 0; n < 12 && start >= 0; n++) {
    const head = text.slice(start, start + 40)
    if (DIAGNOSTIC_FIELD.test(head)) return true
    if (!FOLDED.test(head)) return false
    start = previousLineStart(text, start)
  }
  return false
}

/**
 * One finding per (kind, code, command), at its first occurrence. A code seen both with and without
 * a known command (the Postfix prose says "in reply to RCPT TO", the DSN part that repeats it does
 * not) keeps only the findings with a command: it is the same reply told twice.
 */
function dedupe(occurrences: BounceFinding[]): BounceFinding[] {
  const withCommand = new Set<string>()
  for (const o of occurrences) if (o.command) withCommand.add(`${o.kind}:${o.code}`)
  const seen = new Set<string>()
  const out: BounceFinding[] = []
  for (const o of occurrences) {
    const key = `${o.kind}:${o.code}`
    if (!o.command && withCommand.has(key)) continue
    const full = `${key}:${o.command ?? ''}`
    if (seen.has(full)) continue
    seen.add(full)
    out.push(o)
  }
  return out
}

/** How telling a code is by its class: a failure says more than a success (report.ts ranks with these). */
export const SEVERITY: Record<string, number> = { '5': 4, '4': 3, '3': 2, '2': 1 }
/** How telling a code is by where it stands: the DSN's verdict, the server's own words, a reply line, prose. */
export const SOURCE_RANK: Record<BounceSource, number> = {
  'status-field': 3,
  'diagnostic-code': 2,
  'reply-line': 1,
  text: 0,
}
