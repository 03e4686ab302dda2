// An email service's report copied from its dashboard as text: one row per address, its columns
// lined up with spaces or tabs, one of them the row's status (Mailchimp's "Bounce Type" column of
// Hard and Soft, a log's "Hard bounce", "Delivered"). Each row is one recipient's record; its status
// is written as a record's "Status : …" line, which the outcome words already read.
import type { RecordRow } from './list-records'

/** At most this many lines are looked at, and rows read: a dashboard's page is a few hundred rows. */
const MAX_LINES = 5000
const MAX_ROWS = 500

const CELL_SEPARATOR = /\t| {2,}| [|–-] /
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
    /^(?:hard|hard[ _-]?bounced?|bounced \(hard\)|bounced|bounce|failed|rejected|invalid(?: email)?|dropped|blocked|suppressed|cleaned|descartado|rebotado|verworfen|abgelehnt|rejeté|rejetée)$/i,
    'Failed',
  ],
  // Mailgun's log: an event and its severity ("failed (permanent)", "failed (temporary)").
  [/^(?:permanent failure|failed \(permanent\))$/i, 'Failed'],
  [
    /^(?:soft|soft[ _-]?bounced?|bounced \(soft\)|deferred|delayed|delay|temporary failure|failed \(temporary\)|diferido|verzögert|différé)$/i,
    'Deferred',
  ],
  [
    /^(?:delivered|delivery|opened|clicked|entregado|entregue|zugestellt|délivré|remis|teslim edildi)$/i,
    'Delivered',
  ],
]

/** The one recipient a service's event list is about, named above its rows ("Destinatario: rrhh@…"). */
const RECIPIENT_LABEL =
  /^[ \t]*(?:Recipient|Destinatario|Empfänger|Destinataire|Alıcı|To|Para)[ \t]*:[ \t]*<?([^\s<>@"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?[ \t]*(?:\([^\n)]*\))?[ \t]*$/gim
/** A row's time: "14/03/2025 08:15:04", "2025-03-14 10:02:13", "2025-03-14T07:00:02Z". */
const ROW_TIME = /^[ \t]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]\d{1,2}:\d\d|\d{1,2}:\d\d)/

/**
 * The rows of a dashboard's table, when two or more lines are an address beside a status and one of
 * them a bounce; or a service's event list for one recipient, named above it, each row a time and a
 * status. Each recipient is where its last final row leaves it: a delivery or a failure outranks a
 * deferral on either side of it, since a dashboard may list the newest event first.
 */
export function statusRows(text: string): RecordRow[] {
  if (!/\t| {2,}| [|–-] /.test(text.slice(0, 20_000))) return []
  const labels = [...text.slice(0, 20_000).matchAll(RECIPIENT_LABEL)].map((m) =>
    (m[1] as string).toLowerCase(),
  )
  const labelled = new Set(labels).size === 1 ? labels[0] : undefined
  const rows: RecordRow[] = []
  const lines = text.split('\n', MAX_LINES)
  const lower = lines.map((l) => (l.includes('@') ? l.toLowerCase() : ''))
  for (const line of lines) {
    if (rows.length >= MAX_ROWS) break
    if (!line.includes('@') && !(labelled && ROW_TIME.test(line))) continue
    // Mailgun's "Temporary Failure paul@…": a status of two words, one blank before the address; and
    // an address as wide as its column, one blank before the next ("beatriz.lima@escritorio.example Soft").
    const cells = line
      .trim()
      .replace(/\b(Temporary Failure|Permanent Failure) (?=\S+@)/i, '$1  ')
      .replace(/(@[A-Za-z0-9.-]+\.[A-Za-z]{2,}>?) (?=\S)/, '$1  ')
      .split(CELL_SEPARATOR)
    if (cells.length < 2) continue
    const addresses = cells.map((c) => ADDRESS_CELL.exec(c.trim())?.[1]).filter(Boolean)
    const status = cells.map((c) => STATUS_CELL.find(([re]) => re.test(c.trim()))?.[1]).find(Boolean)
    const recipient = addresses.length === 1 ? (addresses[0] as string).toLowerCase() : labelled
    if (addresses.length > 1 || !recipient || !status) continue
    const detail = status === 'Delivered' ? '' : detailOf(lines, lower, line, recipient)
    rows.push({ recipient, text: `Status : ${status}\n${line}${detail}` })
  }
  if (rows.length < 2 || rows.every((r) => r.text.startsWith('Status : Delivered'))) return []
  return lastFinal(rows)
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
    if (/^[ \t]+\S/.test(next) && REPLY.test(next)) return `\n${next.trim()}`
  }
  return ''
}
