// Amazon SES can send its bounce and delivery notifications as JSON (through SNS or by mail)
// instead of a DSN. They carry the same per-recipient facts under other names, documented in the
// SES Developer Guide, "Contents of notifications for Amazon SES": bounce.bouncedRecipients[] with
// emailAddress, action, status and diagnosticCode; delivery.recipients[] with smtpResponse. Its
// event publishing (configuration sets) names the type "eventType" instead of "notificationType".
import type { DsnAction, DsnRecipient } from './dsn'

/**
 * The recipients of the SES JSON notifications inside `text` (several pasted one after another, each
 * its own object), or [] when there is none. At most 20 are read, and reading stops after three that
 * do not parse.
 */
export function readSesNotification(text: string): DsnRecipient[] {
  const out: DsnRecipient[] = []
  let after = 0
  let read = 0
  let failed = 0
  for (const m of text.matchAll(TYPE_KEYS)) {
    if (m.index < after) continue
    const found = parseAround(text, m.index)
    if (!found) {
      if (++failed >= 3) break
      continue
    }
    after = found.end
    for (const r of recipientsOf(found.value))
      if (!out.some((o) => o.recipient === r.recipient && o.action === r.action)) out.push(r)
    if (++read >= 20) break
  }
  return out
}

function recipientsOf(note: Record<string, unknown>): DsnRecipient[] {
  const type = note.notificationType ?? note.eventType
  const bounce = note.bounce as Record<string, unknown> | undefined
  if (type === 'Bounce' && bounce && Array.isArray(bounce.bouncedRecipients)) {
    // SES sends a bounce notification only once it has stopped trying: a Transient one is a
    // soft bounce it retried until it gave up (SES Developer Guide, "Bounce types"), not a delay.
    const transient = bounce.bounceType === 'Transient'
    return bounce.bouncedRecipients.map((r: Record<string, unknown>) => ({
      recipient: str(r.emailAddress)?.toLowerCase(),
      action: (str(r.action) as DsnAction | undefined) ?? 'failed',
      expired: transient,
      status: str(r.status),
      diagnostic: str(r.diagnosticCode)?.replace(/^smtp;\s*/i, ''),
      remoteMta: str(bounce.reportingMTA)?.replace(/^dns;\s*/i, ''),
    }))
  }
  const delivery = note.delivery as Record<string, unknown> | undefined
  if (type === 'Delivery' && delivery && Array.isArray(delivery.recipients)) {
    const response = str(delivery.smtpResponse)
    const status = /\b2\.\d{1,3}\.\d{1,3}\b/.exec(response ?? '')?.[0]
    return delivery.recipients.map((r: unknown) => ({
      recipient: str(r)?.toLowerCase(),
      action: 'delivered' as const,
      status,
      diagnostic: response,
    }))
  }
  return []
}

// Also escaped, inside an SNS envelope's "Message" string ("{\"notificationType\": …").
const TYPE_KEY = /\\?"(?:notificationType|eventType)\\?"/
const TYPE_KEYS = new RegExp(TYPE_KEY.source, 'g')

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Parses the JSON object that holds offset `at`, and where it ends; an SNS envelope's "Message" string is opened too. */
const MAX_TRIES = 64

function parseAround(text: string, at: number): { value: Record<string, unknown>; end: number } | undefined {
  // The object holding "notificationType" is a few braces out at most: a bounded number of tries keeps
  // a hostile paste of many unclosed braces from costing one scan each. (lastIndexOf from -1 would
  // find the brace at 0 again, so the search ends there.)
  let tries = 0
  for (
    let start = text.lastIndexOf('{', at);
    start >= 0 && at - start < 200_000 && tries < MAX_TRIES;
    start = start > 0 ? text.lastIndexOf('{', start - 1) : -1, tries++
  ) {
    const end = matchingBrace(text, start)
    if (end < 0) continue
    try {
      const value = JSON.parse(text.slice(start, end + 1)) as Record<string, unknown>
      if (typeof value.notificationType === 'string' || typeof value.eventType === 'string')
        return { value, end: end + 1 }
      if (typeof value.Message === 'string') {
        const inner = TYPE_KEY.exec(value.Message)
        const note = inner ? parseAround(value.Message, inner.index) : undefined
        return note ? { value: note.value, end: end + 1 } : undefined
      }
    } catch {
      // Not this brace: try an enclosing one.
    }
  }
  return undefined
}

function matchingBrace(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length && i - start < 1_000_000; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return -1
}
