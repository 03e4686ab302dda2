// Pastes that are rows of records, one recipient each, whose columns say who is who: PowerMTA's
// accounting file, a message trace copied from Microsoft 365's or Google Workspace's admin
// centre, and an email service's webhook batch (a JSON array, Mandrill's "mandrill_events=[…]",
// one event per line). Each row is read on its own, and its recipient is taken from its column or
// field, never from the first address on the line (which is often the sender's).

import { DESK_ADDRESS } from './desk-addresses'
import { listRecordRows, type RecordRow } from './list-records'

/** At most this many lines or events are read: a real paste is a few hundred. */
const MAX_ROWS = 5000

export type { RecordRow } from './list-records'

const ADDRESS = /^<?[^\s@<>",]+@[^\s@<>",]+\.[A-Za-z]{2,}>?$/

const address = (cell: string | undefined): string | undefined => {
  // A cell may list several ("bob@…; carol@…"): the first is the row's.
  const whole = (cell ?? '').trim()
  // "Smith, Alice" <alice@…>: the bracketed address, whatever the name holds.
  const bracketed = /<([^<>\s@]+@[^<>\s]+)>\s*"?$/.exec(whole)?.[1]
  const first = bracketed ?? whole.split(/[;,]/)[0]?.trim().replace(/^"|"$/g, '') ?? ''
  // "Alice Smith <alice@…>": the address in its brackets.
  const trimmed = /<([^<>\s@]+@[^<>\s]+)>\s*$/.exec(first)?.[1] ?? first
  return ADDRESS.test(trimmed) ? trimmed.replace(/^<|>$/g, '').toLowerCase() : undefined
}

/** A row's cells; a comma inside double quotes ("Smith, Alice" <alice@…>) is the cell's (RFC 4180 §2.6). */
function cellsOf(line: string, separator: string): string[] {
  if (separator !== ',' || !line.includes('"')) return line.split(separator)
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (const c of line) {
    if (c === '"') quoted = !quoted
    if (c === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

/**
 * PowerMTA's record types (its manual, "Accounting records"): d delivered, b bounced, t transient,
 * tq transient-queue, r received, f feedback loop, rb and rs remote bounce and status.
 */
const POWERMTA_ROW = /^(?:d|b|t|tq|f|r|rb|rs),[^,\n]+,/
const RECIPIENT_COLUMN =
  /^(?:rcpt|rcpt_to|recipients?|recipientaddress|recipient[-_ ]address|to|to_email|email|email address)$/i
const SENDER_COLUMN = /^(?:orig|sender|senderaddress|sender[-_ ]address|from|from_email|return-path)$/i

/**
 * The recipient column a header row names ("type,timeLogged,orig,rcpt,…", "Date (UTC)\tSender\t
 * Recipient\tSubject\tStatus"), with its separator.
 */
function headerColumns(line: string): { separator: string; recipient: number } | undefined {
  const separator = line.includes('\t') ? '\t' : ','
  const cells = cellsOf(line, separator).map((c) => c.trim().replace(/^"|"$/g, ''))
  const recipient = cells.findIndex((c) => RECIPIENT_COLUMN.test(c))
  if (recipient < 0 || !cells.some((c) => SENDER_COLUMN.test(c))) return undefined
  return { separator, recipient }
}

/**
 * A record row's recipient: from the header's column when one was read, else PowerMTA's second
 * address field (orig then rcpt), else, in a row of four tab-separated columns at least, the address
 * right after a time and the sender (Microsoft 365's and Google Workspace's message traces).
 */
function rowRecipient(line: string, header: ReturnType<typeof headerColumns>): string | undefined {
  if (header) {
    const found = address(cellsOf(line, header.separator)[header.recipient])
    if (found) return found
  }
  if (POWERMTA_ROW.test(line)) return line.split(',', 12).map(address).filter(Boolean)[1]
  // Without a header, only the admin centres' shape: a time, then Sender, then Recipient (Exchange's
  // tracking log and others put the recipient first: the header must say).
  const cells = line.split('\t', 12)
  const first = cells.findIndex((c) => address(c))
  if (cells.length < 4 || first < 1 || !/\d:\d\d/.test(cells[first - 1] ?? '')) return undefined
  return address(cells[first + 1])
}

/**
 * The rows of a PowerMTA file or a message trace, each with its recipient, when such rows make up
 * most of the paste: a table quoted below a bounce (a signature's contacts, a copied spreadsheet)
 * is not what the bounce is about.
 */
export function recordRows(text: string): RecordRow[] {
  const listed = listRecordRows(text)
  if (listed.length > 0) return listed
  const { rows, underHeader } = allRecordRows(text)
  // A header row that names the sender and recipient columns says what its rows are, whatever
  // note or detail line surrounds them.
  if (rows.length === 0 || underHeader) return rows
  const lines = text.split('\n', MAX_ROWS).filter((l) => l.trim()).length
  return rows.length * 2 >= lines - 1 ? rows : []
}

function allRecordRows(text: string): { rows: RecordRow[]; underHeader: boolean } {
  const rows: RecordRow[] = []
  let header: ReturnType<typeof headerColumns>
  let underHeader = false
  for (const line of text.split('\n', MAX_ROWS)) {
    const read = headerColumns(line)
    if (read) {
      header = read
      continue
    }
    if (!line.includes('@') || !(POWERMTA_ROW.test(line) || line.includes('\t') || header)) continue
    const recipient = rowRecipient(line, header)
    if (recipient) {
      rows.push({ recipient, text: line })
      underHeader ||= header !== undefined
    }
  }
  return { rows, underHeader }
}

/**
 * The recipients an event is about, each with the event's own text: SendGrid's, Mandrill's,
 * Postmark's, Brevo's, Mailgun's ("event-data") and SparkPost's ("msys") events name one; an
 * Amazon SES event names them in bouncedRecipients, complainedRecipients or delivery.recipients,
 * never in mail.destination (every recipient of the message).
 */
function eventRowsOf(event: unknown): RecordRow[] {
  if (!event || typeof event !== 'object') return []
  const e = event as Record<string, unknown>
  if (Array.isArray(e.items)) return e.items.slice(0, MAX_ROWS).flatMap(eventRowsOf)
  if (e['event-data']) return eventRowsOf(e['event-data'])
  if (e.msys && typeof e.msys === 'object') return Object.values(e.msys).flatMap(eventRowsOf)
  const ses = sesRows(e)
  if (ses) return ses
  // An event says what happened, or a bounce list's entry what the address met (SendGrid's
  // {email, reason, status}, Mailgun's {address, code, error}): a logged object with an "email"
  // field (the user) is neither.
  const named = EVENT_FIELDS.some((field) => typeof e[field] === 'string')
  const user = USER_FIELDS.some((field) => field in e)
  const entry = RESULT_FIELDS.some((field) => field in e)
  // A logged object about its user ("level", "msg") whose error names another address ("… does
  // not exist (bob@…)"): the app's failed send, whose recipient the error names.
  if (user) {
    const email = typeof e.email === 'string' ? address(e.email) : undefined
    const other = email && !named ? otherAddressIn(e, email) : undefined
    return other ? [{ recipient: other, text: JSON.stringify(event) }] : []
  }
  if (!named && !entry) return []
  const msg = (e.msg ?? e.message) as Record<string, unknown> | undefined
  for (const value of [e.email, e.recipient, e.address, e.to, e.Email, e.Recipient, e.rcpt_to, msg?.email]) {
    const recipient = typeof value === 'string' ? address(value) : undefined
    if (!recipient) continue
    // An entry whose error names another address ("… does not exist (bob@…)") is an app's log of its
    // user's failed send: the address the error names is the recipient.
    const other = named ? undefined : otherAddressIn(e, recipient)
    return [{ recipient: other ?? recipient, text: JSON.stringify(event) }]
  }
  return []
}

function otherAddressIn(e: Record<string, unknown>, recipient: string): string | undefined {
  for (const field of RESULT_FIELDS) {
    const value = e[field]
    if (typeof value !== 'string') continue
    for (const m of value.matchAll(/[^\s<>()[\]"',;:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
      const other = m[0].toLowerCase()
      // A server's contact ("please contact postmaster@…", "mailto:support@…") is no recipient.
      if (other === recipient || DESK_ADDRESS.test(other) || CONTACT_BEFORE.test(value.slice(0, m.index)))
        continue
      return other
    }
  }
  return undefined
}

const CONTACT_BEFORE =
  /(?:contact|mailto:|write to|e-?mail|send (?:a message|mail) to|forward[^\n]{0,20} to)[^@]{0,20}$/i

/** The field an email service names its event by. */
const EVENT_FIELDS = ['event', 'type', 'eventType', 'notificationType', 'RecordType', 'event_type']
/**
 * A bounce list entry's result, and the fields that mark a logged object about a user instead (or
 * nodemailer's error and result objects: "rejected", "responseCode", "command").
 */
const RESULT_FIELDS = ['reason', 'status', 'error', 'code', 'diagnosticCode']
const USER_FIELDS = ['userId', 'user', 'exception', 'level', 'msg', 'rejected', 'responseCode', 'command']

type Entry = { emailAddress?: unknown }

function sesRows(e: Record<string, unknown>): RecordRow[] | undefined {
  const bounce = e.bounce as { bounceType?: unknown; bouncedRecipients?: Entry[] } | undefined
  const complaint = e.complaint as { complainedRecipients?: Entry[] } | undefined
  const delivery = e.delivery as { recipients?: unknown[]; smtpResponse?: unknown } | undefined
  // Each entry with the event's kind, in the words the event readers know ("event":"bounce").
  const rows = (event: string, entries: unknown[], extra: Record<string, unknown> = {}): RecordRow[] =>
    entries.flatMap((entry) => {
      const value = typeof entry === 'string' ? entry : (entry as Entry)?.emailAddress
      const recipient = typeof value === 'string' ? address(value) : undefined
      return recipient ? [{ recipient, text: JSON.stringify({ event, ...extra, ...(entry as object) }) }] : []
    })
  if (Array.isArray(bounce?.bouncedRecipients))
    return rows(bounce.bounceType === 'Transient' ? 'soft_bounce' : 'bounce', bounce.bouncedRecipients)
  if (Array.isArray(complaint?.complainedRecipients))
    return rows('complained', complaint.complainedRecipients)
  if (Array.isArray(delivery?.recipients))
    return rows(
      'delivered',
      delivery.recipients.map((r) => ({ emailAddress: r, smtpResponse: delivery.smtpResponse })),
    )
  return undefined
}

/**
 * The JSON values of a paste, however they were copied: an array, Mandrill's form field, values one
 * per line (Windows line ends too), pretty-printed one after another, or joined by commas.
 */
/**
 * Events pasted one per line among a person's words ("Our SendGrid event webhook for her last 2
 * orders:" over two lines of JSON): each whole line that parses as an object.
 */
function jsonLines(text: string): unknown[] {
  const values: unknown[] = []
  for (const line of text.slice(0, 200_000).split('\n')) {
    if (values.length >= MAX_ROWS) break
    const object = line.trim().replace(/,$/, '')
    if (!object.startsWith('{') || !object.endsWith('}')) continue
    try {
      values.push(JSON.parse(object))
    } catch {
      // A line that only looks like an object: words, not an event.
    }
  }
  return values
}

function jsonValues(text: string): unknown[] {
  const trimmed = text.trim().replace(/^mandrill_events=/, '')
  if (!/^[[{]/.test(trimmed)) return jsonLines(trimmed)
  try {
    const whole: unknown = JSON.parse(trimmed)
    return Array.isArray(whole) ? whole.slice(0, MAX_ROWS) : [whole]
  } catch {
    // Not one value: the top-level objects, found by their balanced braces outside strings.
  }
  const values: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  // Only a paste that is nothing but JSON values: a log line that starts with "[ERROR]" or quotes a
  // JSON object among its words is not a batch of events.
  let end = 0
  for (let i = 0; i < trimmed.length && values.length < MAX_ROWS; i++) {
    const c = trimmed[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') {
      if (depth++ === 0) {
        if (!/^[\s,[\]]*$/.test(trimmed.slice(end, i))) return []
        start = i
      }
    } else if (c === '}' && depth > 0 && --depth === 0) {
      try {
        values.push(JSON.parse(trimmed.slice(start, i + 1)))
      } catch {
        return []
      }
      end = i + 1
    }
  }
  // Cut at a thousand events, or mid-object by the input's size limit: the events read so far stand.
  const rest = depth > 0 ? trimmed.slice(end, start) : trimmed.slice(end)
  return values.length >= MAX_ROWS || /^[\s,[\]]*$/.test(rest) ? values : []
}

/**
 * A sending service's event as a key=value line, one per recipient (Mailgun's events logged by
 * mailgun-go or a webhook handler: "event=failed severity=temporary recipient=bob@… …").
 */
const EVENT_KV_RECIPIENT = /\brecipient="?<?([^\s<>@"]+@[^\s<>"]+?)>?"?(?=\s|$)/

/** Each key=value event line with its recipient, line by line: one pass however long a line is. */
export function eventLineRows(human: string): RecordRow[] {
  if (!human.includes('event=')) return []
  const found: RecordRow[] = []
  for (const line of human.split('\n', 20_000)) {
    if (!/\bevent=[\w-]/.test(line)) continue
    const m = EVENT_KV_RECIPIENT.exec(line)
    if (m) found.push({ recipient: (m[1] as string).toLowerCase(), text: line })
  }
  return found
}

/** A webhook batch, one row per recipient an event names; none for a single event of one recipient. */
export function eventRows(text: string): RecordRow[] {
  const rows = jsonValues(text).flatMap(eventRowsOf)
  // Events pasted out of order ("the last 2 orders", then "and from Feb 14"): each recipient's last
  // word is its latest event by the time the service stamped on it.
  return rows.every((row) => stamp(row) !== undefined)
    ? rows
        .map((row, i) => ({ row, i }))
        .sort((a, b) => (stamp(a.row) as number) - (stamp(b.row) as number) || a.i - b.i)
        .map(({ row }) => row)
    : rows
}
const stamp = (row: RecordRow): number | undefined => {
  const m = /"timestamp"[ \t]*:[ \t]*(\d{9,13})\b/.exec(row.text)
  return m ? Number(m[1]) : undefined
}
