// Pastes that are rows of records, one recipient each, whose columns say who is who: PowerMTA's
// accounting file, a message trace copied from Microsoft 365's or Google Workspace's admin
// centre, and an email service's webhook batch (a JSON array, Mandrill's "mandrill_events=[…]",
// one event per line). Each row is read on its own, and its recipient is taken from its column or
// field, never from the first address on the line (which is often the sender's).

/** At most this many lines or events are read: a real paste is a few hundred. */
const MAX_ROWS = 5000

/** One row of a record paste: its recipient and its own text. */
export interface RecordRow {
  recipient: string
  text: string
}

const ADDRESS = /^<?[^\s@<>",]+@[^\s@<>",]+\.[A-Za-z]{2,}>?$/

const address = (cell: string | undefined): string | undefined => {
  const trimmed = (cell ?? '').trim().replace(/^"|"$/g, '')
  return ADDRESS.test(trimmed) ? trimmed.replace(/^<|>$/g, '').toLowerCase() : undefined
}

/**
 * PowerMTA's record types (its manual, "Accounting records"): d delivered, b bounced, t transient,
 * tq transient-queue, r received, f feedback loop, rb and rs remote bounce and status.
 */
const POWERMTA_ROW = /^(?:d|b|t|tq|f|r|rb|rs),[^,\n]+,/
const RECIPIENT_COLUMN = /^(?:rcpt|recipient|recipientaddress|recipient_address|recipient address|to)$/i
const SENDER_COLUMN = /^(?:orig|sender|senderaddress|sender_address|sender address|from)$/i

/**
 * The recipient column a header row names ("type,timeLogged,orig,rcpt,…", "Date (UTC)\tSender\t
 * Recipient\tSubject\tStatus"), with its separator.
 */
function headerColumns(line: string): { separator: string; recipient: number } | undefined {
  const separator = line.includes('\t') ? '\t' : ','
  const cells = line.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''))
  const recipient = cells.findIndex((c) => RECIPIENT_COLUMN.test(c))
  if (recipient < 0 || !cells.some((c) => SENDER_COLUMN.test(c))) return undefined
  return { separator, recipient }
}

/**
 * A record row's recipient: from the header's column when one was read, else PowerMTA's second
 * address field (orig then rcpt), else a message trace row's second address (Sender, Recipient),
 * in a row of four tab-separated columns at least.
 */
function rowRecipient(line: string, header: ReturnType<typeof headerColumns>): string | undefined {
  if (header) {
    const found = address(line.split(header.separator)[header.recipient])
    if (found) return found
  }
  if (POWERMTA_ROW.test(line)) return line.split(',', 12).map(address).filter(Boolean)[1]
  const cells = line.split('\t', 12)
  if (cells.length >= 4) return cells.map(address).filter(Boolean)[1]
  return undefined
}

/** The rows of a PowerMTA file or a message trace, each with its recipient. */
export function recordRows(text: string): RecordRow[] {
  const rows: RecordRow[] = []
  let header: ReturnType<typeof headerColumns>
  for (const line of text.split('\n', MAX_ROWS)) {
    const read = headerColumns(line)
    if (read) {
      header = read
      continue
    }
    if (!line.includes('@') || !(POWERMTA_ROW.test(line) || line.includes('\t') || header)) continue
    const recipient = rowRecipient(line, header)
    if (recipient) rows.push({ recipient, text: line })
  }
  return rows
}

/** The first field of an event that names its recipient (SendGrid, Mandrill, Postmark, Brevo…). */
function eventRecipient(event: unknown): string | undefined {
  if (!event || typeof event !== 'object') return undefined
  const e = event as Record<string, unknown>
  const msg = (e.msg ?? e.message) as Record<string, unknown> | undefined
  const mail = e.mail as { destination?: unknown[] } | undefined
  for (const value of [e.email, e.recipient, e.Email, e.Recipient, msg?.email, mail?.destination?.[0]])
    if (typeof value === 'string' && address(value)) return address(value)
  return undefined
}

/** A webhook batch: a JSON array of events, Mandrill's form field, or one JSON event per line. */
export function eventRows(text: string): RecordRow[] {
  const trimmed = text.trim().replace(/^mandrill_events=/, '')
  let events: unknown[] = []
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (Array.isArray(parsed)) events = parsed.slice(0, MAX_ROWS)
    } catch {
      events = []
    }
  } else if (trimmed.startsWith('{') && trimmed.includes('}\n{')) {
    for (const line of trimmed.split('\n', MAX_ROWS)) {
      try {
        events.push(JSON.parse(line))
      } catch {
        return []
      }
    }
  }
  const rows: RecordRow[] = []
  for (const event of events) {
    const recipient = eventRecipient(event)
    if (recipient) rows.push({ recipient, text: JSON.stringify(event) })
  }
  return rows
}
