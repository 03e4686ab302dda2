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
  [/^(?:soft|soft[ _-]?bounced?|bounced \(soft\)|deferred|delayed|diferido|verzögert|différé)$/i, 'Deferred'],
  [/^(?:delivered|opened|clicked|entregado|zugestellt|délivré|remis|teslim edildi)$/i, 'Delivered'],
]

/** The rows of a dashboard's table, when two or more lines are an address beside a status and one of them a bounce. */
export function statusRows(text: string): RecordRow[] {
  if (!/\t| {2,}| [|–-] /.test(text.slice(0, 20_000))) return []
  const rows: RecordRow[] = []
  const lines = text.split('\n', MAX_LINES)
  const lower = lines.map((l) => (l.includes('@') ? l.toLowerCase() : ''))
  for (const line of lines) {
    if (rows.length >= MAX_ROWS) break
    if (!line.includes('@')) continue
    const cells = line.trim().split(CELL_SEPARATOR)
    if (cells.length < 2) continue
    const addresses = cells.map((c) => ADDRESS_CELL.exec(c.trim())?.[1]).filter(Boolean)
    const status = cells.map((c) => STATUS_CELL.find(([re]) => re.test(c.trim()))?.[1]).find(Boolean)
    if (addresses.length !== 1 || !status) continue
    const recipient = (addresses[0] as string).toLowerCase()
    rows.push({ recipient, text: `Status : ${status}\n${line}${detailOf(lines, lower, line, recipient)}` })
  }
  return rows.length >= 2 && rows.some((r) => !r.text.startsWith('Status : Delivered')) ? rows : []
}

const REPLY = /(?:^|[\s;:])[45]\d\d[ -]/

/**
 * The service's detail for the address elsewhere in the paste: a line naming it with a reply code,
 * or the indented line under a heading that names it ("Audience > … > bob@… > Activity").
 */
function detailOf(lines: string[], lower: string[], row: string, recipient: string): string {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === row || !(lower[i] as string).includes(recipient)) continue
    if (REPLY.test(line)) return `\n${line.trim()}`
    const next = lines[i + 1] ?? ''
    if (/^[ \t]+\S/.test(next) && REPLY.test(next)) return `\n${next.trim()}`
  }
  return ''
}
