// An email service's report copied from its dashboard as text: one row per address, its columns
// lined up with spaces or tabs, one of them the row's status (Mailchimp's "Bounce Type" column of
// Hard and Soft, a log's "Hard bounce", "Delivered"). Each row is one recipient's record; its status
// is written as a record's "Status : …" line, which the outcome words already read.
import type { RecordRow } from './list-records'

/** At most this many lines are looked at, and rows read: a dashboard's page is a few hundred rows. */
const MAX_LINES = 5000
const MAX_ROWS = 500

const CELL_SEPARATOR = /[ \t]*\|[ \t]*|\t| {2,}| [–—-] /
/** A row exported as CSV (Mailgun's logs): an address between commas. */
const CSV_ROW = /(?:^|,)"?[^\s@",]+@[^\s@",]+\.[A-Za-z]{2,}"?(?:,|$)/m
const ADDRESS_CELL = /^<?([^\s@<>",]+@[^\s@<>",]+\.[A-Za-z]{2,})>?$/

/**
 * A status cell and the record status it stands for: a hard bounce failed, and so did a message the
 * service dropped (SendGrid's "Dropped … Bounced Address": its suppression list) or an address it
 * cleaned (Mailchimp); a soft bounce is a
 * failure the service may retry (Mailchimp, Brevo, Mailgun "temporary"); delivered, opened and
 * clicked reached the mailbox. "Sent" or "Processed" alone says nothing of the outcome.
 */
const STATUS_CELL: readonly [RegExp, string][] = [
  [
    /^(?:hard|hard[ _-]?bounced?|bounced \(hard\)|bounced|bounce|failed|rejected|invalid(?: email)?|dropped|blocked|suppressed|cleaned|descartado|rebotado|verworfen|abgelehnt|rejeté|rejetée|bloqué|bloquée|bloqueado|blockiert|gesperrt|engellendi)$/i,
    'Failed',
  ],
  // Mailgun's log: an event and its severity ("failed (permanent)", "failed (temporary)").
  [/^(?:permanent failure|failed \(permanent\))$/i, 'Failed'],
  [
    /^(?:soft|soft[ _-]?bounced?|bounced \(soft\)|deferred|delayed|delay|temporary failure|failed \(temporary\)|diferido|verzögert|différé)$/i,
    'Deferred',
  ],
  [
    /^(?:delivered|delivery|opened|clicked|entregado|entregue|zugestellt|délivré|remis|teslim edildi|ouvert|cliqué|abierto|aberto|geöffnet|açıldı)$/i,
    'Delivered',
  ],
  // Microsoft 365's message trace: "Pending" is still being retried, "Expanded" a group's address
  // sent on to its members, "Quarantined" held by the recipient's filter, "FilteredAsSpam" marked as
  // spam (to Junk Email, or blocked) (Get-MessageTrace's Status values; the admin center writes
  // "Filtered as spam").
  [/^pending$/i, 'Pending'],
  [/^expanded$/i, 'Expanded'],
  [/^quarantined$/i, 'Quarantined'],
  [/^filtered ?as ?spam$/i, 'FilteredAsSpam'],
  [/^getting ?status$/i, 'GettingStatus'],
  // Its per-event detail (Get-MessageTraceDetail, the Exchange tracking log): a row's Event.
  [/^(?:fail|drop|geri döndü|başarısız|teslim edilemedi)$/i, 'Failed'],
  [/^defer$/i, 'Deferred'],
  [/^(?:deliver|send ?external)$/i, 'Delivered'],
]

/** The one recipient a service's event list is about, named above its rows ("Destinatario: rrhh@…"). */
const RECIPIENT_LABEL =
  /^[ \t]*(?:Recipient|Destinatario|Empfänger|Destinataire|Alıcı|To|Para)[ \t]*:[ \t]*<?([^\s<>@"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?[ \t]*(?:\([^\n)]*\))?[ \t]*$/gim
/** A row's time: "14/03/2025 08:15:04", "2025-03-14 10:02:13", "2025-03-14T07:00:02Z", Postmark's "Oct 3, 2024 9:14:02 AM". */
const ROW_TIME =
  /^[ \t]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d\d|\d{1,2}:\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?(?: \d{4})?,? \d{1,2}:\d\d)/

/**
 * The rows of a dashboard's table, when two or more lines are an address beside a status and one of
 * them a bounce; or a service's event list for one recipient, named above it, each row a time and a
 * status. Each recipient is where its last final row leaves it: a delivery or a failure outranks a
 * deferral on either side of it, since a dashboard may list the newest event first.
 */
export function statusRows(text: string): RecordRow[] {
  const head = text.slice(0, 20_000)
  if (!CELL_SEPARATOR.test(head) && !CSV_ROW.test(head)) return []
  const labels = [...text.slice(0, 20_000).matchAll(RECIPIENT_LABEL)].map((m) =>
    (m[1] as string).toLowerCase(),
  )
  const labelled = new Set(labels).size === 1 ? labels[0] : undefined
  const rows: RecordRow[] = []
  const lines = text.split('\n', MAX_LINES)
  const columns = csvColumns(lines)
  const tabbed = columns ? undefined : tabColumns(lines)
  const lower = lines.map((l) => (l.includes('@') ? l.toLowerCase() : ''))
  for (const [i, line] of lines.entries()) {
    if (rows.length >= MAX_ROWS) break
    if (!line.includes('@') && !(labelled && ROW_TIME.test(line))) continue
    // Cells parted by blanks or bars, else by commas (a CSV row whose reply holds " - ").
    const spaced = rowOf(spacedCells(line), labelled, tabbed)
    const row = spaced ?? (CSV_ROW.test(line) ? rowOf(csvCells(line), labelled, columns) : undefined)
    if (!row) continue
    const { recipient, status } = row
    const detail =
      status === 'Delivered' ? '' : (indentedReply(lines[i + 1]) ?? detailOf(lines, lower, line, recipient))
    rows.push({ recipient, text: `Status : ${status}\n${line}${detail}` })
  }
  // One row is a table too where a header names its columns (a trace exported for one recipient).
  if (rows.length < (columns || tabbed ? 1 : 2) || rows.every((r) => r.text.startsWith('Status : Delivered')))
    return []
  return lastFinal(rows)
}

/** A row's one address (or the labelled recipient's) and its status, when its cells give both. */
function rowOf(
  cells: string[],
  labelled: string | undefined,
  columns?: Columns,
): { recipient: string; status: string } | undefined {
  if (cells.length < 2) return undefined
  // A header that names the columns (a message trace's "sender_address", "recipient_address",
  // "status"): the sender's cell is no second recipient.
  if (columns) {
    const recipient = ADDRESS_CELL.exec(cells[columns.recipient]?.trim() ?? '')?.[1]?.toLowerCase()
    const cell = cells[columns.status]?.trim() ?? ''
    const status = STATUS_CELL.find(([re]) => re.test(cell))?.[1]
    return recipient && status ? { recipient, status } : undefined
  }
  const addresses = cells.map((c) => ADDRESS_CELL.exec(c.trim())?.[1]).filter(Boolean)
  const status = withSeverity(
    cells.map((c) => STATUS_CELL.find(([re]) => re.test(c.trim()))?.[1]).find(Boolean),
    cells,
  )
  const recipient = addresses.length === 1 ? (addresses[0] as string).toLowerCase() : labelled
  return addresses.length > 1 || !recipient || !status ? undefined : { recipient, status }
}

interface Columns {
  recipient: number
  status: number
}

/**
 * The recipient's and the status's columns of a CSV export whose first line names them (Microsoft
 * 365's message trace: "date_time_utc","sender_address","recipient_address",…,"status"; Exchange's
 * "RecipientAddress", "Status").
 */
function csvColumns(lines: string[]): Columns | undefined {
  // PowerShell's Export-Csv writes "#TYPE …" above the header.
  const header = lines.find((l) => l.trim() !== '' && !l.startsWith('#TYPE'))
  if (!header || header.includes('@') || !header.includes(',')) return undefined
  return columnsNamed(csvCells(header))
}

/**
 * The same for a table copied with tabs (a console's search results: "Tarih⇥Gönderen⇥Alıcı⇥Konu⇥Durum"):
 * its header is the line above its first row.
 */
function tabColumns(lines: string[]): Columns | undefined {
  const first = lines.findIndex((l) => l.includes('@') && l.split('\t').length >= 3)
  if (first < 1) return undefined
  const header = lines
    .slice(0, first)
    .reverse()
    .find((l) => l.trim() !== '')
  return header && !header.includes('@') ? columnsNamed(header.trim().split('\t')) : undefined
}

/** The recipient's and the status's column, by their names in English, Turkish, German, French, Spanish. */
function columnsNamed(cells: string[]): Columns | undefined {
  const names = cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s_-]/g, ''),
  )
  const recipient = names.findIndex((n) =>
    /^(?:recipient(?:address)?|recipients|to|toaddress|rcpt(?:to)?|alıcı|alici|empfänger|destinataire|destinatario)$/.test(
      n,
    ),
  )
  const status = names.findIndex((n) =>
    /^(?:status|deliverystatus|event|eventtype|eventid|durum|teslimdurumu|zustellstatus|statut|estado)$/.test(
      n,
    ),
  )
  return recipient >= 0 && status >= 0 ? { recipient, status } : undefined
}

function spacedCells(line: string): string[] {
  return (
    line
      .trim()
      // Mailgun's "Temporary Failure paul@…": a status of two words, one blank before the address; and
      // an address as wide as its column, one blank before the next ("beatriz.lima@escritorio.example Soft").
      .replace(/\b(Temporary Failure|Permanent Failure) (?=\S+@)/i, '$1  ')
      // SendGrid's activity feed copied as text: "to: bob@…   Delivered   250 2.0.0 OK".
      .replace(/^to:[ \t]*(?=\S+@)/i, '')
      .replace(/(@[A-Za-z0-9.-]+\.[A-Za-z]{2,}>?) (?=\S)/, '$1  ')
      .split(CELL_SEPARATOR)
  )
}

/** A CSV line's cells, a quoted cell's commas kept (RFC 4180 §2). */
function csvCells(line: string): string[] {
  return [...line.trim().matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''),
  )
}

/** A failure the row's severity column calls temporary (Mailgun's "failed" … "temporary") is a deferral. */
function withSeverity(status: string | undefined, cells: string[]): string | undefined {
  return status === 'Failed' && cells.some((c) => /^(?:temporary|transient)$/i.test(c.trim()))
    ? 'Deferred'
    : status
}

/** The reply or reason indented under an event's row (Postmark's "  smtp;451 4.3.0 …", SendGrid's "  Reason: Bounced Address"). */
function indentedReply(next: string | undefined): string | undefined {
  if (next === undefined) return undefined
  // A trace's "Detail: 550 5.1.1 …" or "Detail: Reason: [{LED=550 5.1.10 …}]" under its row, indented or not.
  const labelled = /^[ \t]*(?:details?|reason|grund|motivo|raison|neden|sebep|ayrıntı)[ \t]*:/i.test(next)
  if (labelled && (REPLY.test(next) || /\b[45]\.\d{1,3}\.\d{1,3}\b/.test(next))) return `\n${next.trim()}`
  return !STAMPED.test(next) && /^[ \t]+\S/.test(next) && (REPLY.test(next) || labelled)
    ? `\n${next.trim()}`
    : undefined
}

/** Per recipient, in first-seen order: its last delivery or failure, else its last row. */
function lastFinal(rows: RecordRow[]): RecordRow[] {
  const chosen = new Map<string, RecordRow>()
  for (const row of rows) {
    const before = chosen.get(row.recipient)
    const deferral = row.text.startsWith('Status : Deferred')
    if (!before || !deferral || before.text.startsWith('Status : Deferred')) chosen.set(row.recipient, row)
  }
  return [...chosen.values()]
}

const REPLY = /(?:^|[\s;:])[45]\d\d[ -]/
/** A line with a date or time of its own: another event's row. */
const STAMPED = /\d{4}-\d\d-\d\d|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d\d:\d\d\b/

/**
 * The service's detail for the address elsewhere in the paste: a line naming it with a reply code,
 * or the indented line under a heading that names it ("Audience > … > bob@… > Activity").
 */
function detailOf(lines: string[], lower: string[], row: string, recipient: string): string {
  // A row with its own reply needs none; another event's row is no detail of this one.
  if (REPLY.test(row)) return ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === row || STAMPED.test(line) || !(lower[i] as string).includes(recipient)) continue
    if (REPLY.test(line)) return `\n${line.trim()}`
    const next = lines[i + 1] ?? ''
    // Indented under it, or below a line that ends in a colon ("Details (bob@…):", "Ayrıntılar (…):").
    if ((/^[ \t]+\S/.test(next) || /:[ \t]*$/.test(line)) && REPLY.test(next)) return `\n${next.trim()}`
  }
  return ''
}
