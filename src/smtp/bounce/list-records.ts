// Exchange's message tracking log as PowerShell lists it (Get-MessageTrackingLog | Format-List):
// one record per paragraph, one "Name : value" field per line, the name padded before the colon.
// A record's Recipients and RecipientStatus are arrays whose elements correspond one to one
// (Microsoft Learn, Exchange_MessageTrackingEntry), so each recipient is read with its own status.

/** One row of a record paste: its recipient and its own text. */
export interface RecordRow {
  recipient: string
  text: string
}

/** PowerShell pads every name to the longest: "Recipients      : {bob@…}". */
const LIST_FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]?(.*)$/
/** A padded name: what sets PowerShell's list apart from a message's header block. */
const PADDED = /^[A-Za-z][\w-]*[ \t]{2,}:/m
const ADDRESS = /^<?([^\s@<>",{}]+@[^\s@<>",{}]+\.[A-Za-z]{2,})>?$/
/** At most this many records are read: a real paste is a few dozen. */
const MAX_RECORDS = 1000
/** At most this many recipients of one record: more than a page lists. */
const MAX_RECIPIENTS = 500

/** An array value, "{a, b}" or a lone "a"; PowerShell ends a cut list with "…" or "...". */
function elements(value: string | undefined, separator: RegExp): string[] {
  const inner = (value ?? '').trim().replace(/^\{/, '').replace(/\}$/, '')
  return inner
    .split(separator)
    .map((e) => e.trim())
    .filter((e) => e !== '' && e !== '...' && e !== '…')
}

function fieldsOf(record: string): Map<string, string> {
  const fields = new Map<string, string>()
  let last: string | undefined
  for (const line of record.split('\n')) {
    const field = LIST_FIELD.exec(line.replace(/\r$/, ''))
    if (field) {
      last = (field[1] as string).toLowerCase()
      fields.set(last, (field[2] as string).trim())
    } else if (last && /^[ \t]+\S/.test(line)) {
      // A long value wraps onto lines indented to its column.
      fields.set(last, `${fields.get(last)} ${line.trim()}`)
    }
  }
  return fields
}

/**
 * One row per recipient of every record that lists its recipients: the recipient, its own status
 * (paired by position when the two arrays are the same length, else the record's statuses all),
 * and the record's other fields.
 */
export function listRecordRows(text: string): RecordRow[] {
  const rows: RecordRow[] = []
  for (const record of text.split(/\r?\n[ \t]*\r?\n/, MAX_RECORDS)) {
    // Three fields at least, their names padded: one "Recipients : …" line is a sentence's label, a
    // header block no record.
    if (!PADDED.test(record)) continue
    const fields = fieldsOf(record)
    if (fields.size < 3) continue
    const recipients = elements(fields.get('recipients') ?? fields.get('recipientaddress'), /[,;]/)
      .map((e) => ADDRESS.exec(e)?.[1]?.toLowerCase())
      .filter((a): a is string => a !== undefined)
    if (recipients.length === 0) continue
    // Statuses hold commas of their own: a new one starts at its reply code.
    const statuses = elements(fields.get('recipientstatus'), /,\s*(?=[245]\d\d\b)/)
    const others = withoutFields(record, /^(?:Recipients|RecipientAddress|RecipientStatus)[ \t]*:/i)
    // Every row repeats the record's other fields: bounded, so a huge record costs no more than its size.
    const shared = statuses.slice(0, 20).join(', ').slice(0, 2000)
    const rest = others.slice(0, 2000)
    recipients.slice(0, MAX_RECIPIENTS).forEach((recipient, i) => {
      const status = statuses.length === recipients.length ? (statuses[i] ?? '').slice(0, 2000) : shared
      rows.push({ recipient, text: `Recipient : ${recipient}\nRecipientStatus : ${status}\n${rest}` })
    })
  }
  return rows
}

/** The record without the fields `name` matches, their wrapped lines too. */
function withoutFields(record: string, name: RegExp): string {
  let dropping = false
  const kept: string[] = []
  for (const line of record.split('\n')) {
    if (LIST_FIELD.test(line)) dropping = name.test(line)
    else if (!/^[ \t]+\S/.test(line)) dropping = false
    if (!dropping) kept.push(line)
  }
  return kept.join('\n')
}
