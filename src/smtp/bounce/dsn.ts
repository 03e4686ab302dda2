// Reads the machine-readable part of a delivery status notification (RFC 3464 §2): one group of
// per-message fields, then one group per recipient, groups separated by empty lines. Real reports
// bend the rules (fields indented, groups not separated, a pasted report with no MIME around it),
// so a recipient group is any run of fields that holds Final-Recipient, Original-Recipient or
// Action, and a new Final-Recipient always starts a new group.

/** RFC 3464 §2.3.3. */
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'

export interface DsnRecipient {
  /** Final-Recipient (else Original-Recipient) without its address type, lower-cased. */
  recipient?: string
  /** Original-Recipient, lower-cased: the address the sender wrote, where an alias led elsewhere. */
  original?: string
  action?: DsnAction
  /** The Status field's code: '5.1.1'. */
  status?: string
  /** The Diagnostic-Code's text without its type ('smtp; '), unfolded. */
  diagnostic?: string
  /** Offset in the text where the diagnostic's value starts, for reading codes in place. */
  diagnosticStart?: number
  remoteMta?: string
  lastAttempt?: string
  willRetryUntil?: string
  /** The report said the message expired in so many words (SendGrid's "Action: expired"). */
  expired?: boolean
}

const FIELD = /^[ \t]*([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/
const URL_START = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//
/** RFC 3464 §2.2 and §2.3's field names, and extension fields ("X-Postfix-Sender", "X-Display-Name"). */
const DSN_FIELD =
  /^(?:reporting-mta|dsn-gateway|received-from-mta|arrival-date|original-envelope-id|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|final-log-id|will-retry-until|x-[\w-]+)[ \t]*:/i
const RECIPIENT_FIELDS = new Set([
  'final-recipient',
  'original-recipient',
  'action',
  'status',
  'diagnostic-code',
])
const ACTIONS = new Set<DsnAction>(['failed', 'delayed', 'delivered', 'relayed', 'expanded'])
const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/

/** Every recipient group in `text` between `from` and `to`. */
export function readDsnRecipients(text: string, from = 0, to = text.length): DsnRecipient[] {
  const out: DsnRecipient[] = []
  let current: DsnRecipient | undefined
  let lastField: { name: string; target: DsnRecipient } | undefined
  const seen = new Set<string>()
  let i = from
  while (i < to) {
    let end = text.indexOf('\n', i)
    if (end === -1 || end > to) end = to
    const line = text.slice(i, end).replace(/\r$/, '')
    const lineStart = i
    i = end + 1
    if (line.trim() === '') {
      current = undefined
      lastField = undefined
      continue
    }
    // A folded line continues the field, also one that starts with a URL ("https://support.google.com/…"
    // in Gmail's replies) or a word and a colon (Postfix's "Recipient address\n    rejected: User
    // unknown"): only a DSN field's own name opens a field on an indented line.
    const folded = line.trimStart()
    if (
      /^[ \t]/.test(line) &&
      lastField &&
      (!DSN_FIELD.test(folded.slice(0, 40)) || URL_START.test(folded))
    ) {
      continueField(lastField, line.trim())
      continue
    }
    const m = FIELD.exec(line)
    if (!m) {
      lastField = undefined
      continue
    }
    const name = (m[1] as string).toLowerCase()
    const value = (m[2] as string).trim()
    const opensRecipient = name === 'final-recipient' || name === 'original-recipient'
    // A field seen twice means a second recipient in the same group (no empty line between them).
    if (current && seen.has(name) && RECIPIENT_FIELDS.has(name)) current = undefined
    // Some reports (Facebook's) put Status and Diagnostic-Code before Final-Recipient, unseparated.
    if (!current && (opensRecipient || RECIPIENT_FIELDS.has(name))) {
      current = {}
      seen.clear()
      out.push(current)
    }
    if (!current) {
      lastField = undefined
      continue
    }
    const valueStart = lineStart + line.indexOf(value, line.indexOf(':') + 1)
    setField(current, name, value, valueStart)
    seen.add(name)
    lastField = { name, target: current }
  }
  return out.filter((r) => r.recipient || r.action || r.status)
}

function setField(r: DsnRecipient, name: string, value: string, valueStart: number) {
  switch (name) {
    case 'final-recipient':
      r.recipient = address(value)
      break
    case 'original-recipient':
      r.original = address(value)
      r.recipient ??= r.original
      break
    case 'action': {
      const action = value.toLowerCase().match(/^[a-z]+/)?.[0]
      if (action && ACTIONS.has(action as DsnAction)) r.action = action as DsnAction
      // Not in RFC 3464, but SendGrid writes it: failed, because the message expired.
      else if (action === 'expired') {
        r.action = 'failed'
        r.expired = true
      }
      break
    }
    case 'status': {
      const m = STATUS.exec(value)
      if (m) r.status = `${m[1]}.${Number(m[2])}.${Number(m[3])}`
      break
    }
    case 'diagnostic-code': {
      const semi = value.indexOf(';')
      const typed = semi > 0 && semi < 20 && /^[A-Za-z0-9-]+$/.test(value.slice(0, semi).trim())
      r.diagnostic = typed ? value.slice(semi + 1).trim() : value
      r.diagnosticStart = valueStart + (typed ? value.indexOf(r.diagnostic, semi) : 0)
      break
    }
    case 'disposition': {
      // A message disposition notification (RFC 8098 §3.2.6: "action-mode/sending-mode; type"). A
      // read receipt ("displayed", "dispatched", "processed") says the message was delivered;
      // Sieve's reject (RFC 5429 §2.2) answers with "automatic-action/MDN-sent-automatically; deleted".
      const type = /;\s*([a-z]+)/i.exec(value)?.[1]?.toLowerCase()
      if (type === 'deleted' && /^automatic-action/i.test(value)) r.action ??= 'failed'
      else if (type === 'displayed' || type === 'dispatched' || type === 'processed') r.action ??= 'delivered'
      break
    }
    case 'remote-mta':
      r.remoteMta = stripType(value)
      break
    case 'last-attempt-date':
      r.lastAttempt = value
      break
    case 'will-retry-until':
      r.willRetryUntil = value
      break
  }
}

function continueField(field: { name: string; target: DsnRecipient }, more: string) {
  const r = field.target
  if (field.name === 'diagnostic-code' && r.diagnostic !== undefined) r.diagnostic += ` ${more}`
  else if (field.name === 'final-recipient' && !r.recipient) r.recipient = address(more)
}

function stripType(value: string): string {
  const semi = value.indexOf(';')
  return (semi >= 0 && semi < 20 ? value.slice(semi + 1) : value).trim()
}

/** 'rfc822; <Bob@Example.net>' → 'bob@example.net'. */
function address(value: string): string | undefined {
  const raw = stripType(value)
  const m = /<?([^<>\s;]+@[^<>\s;]+?)>?(?:\s|$)/.exec(raw)
  const found = (m?.[1] ?? raw).trim().replace(/^["']|["']$/g, '')
  return found ? found.toLowerCase() : undefined
}

/** An address in free text ('<bob@example.net>' or 'bob@example.net'), lower-cased. */
export function findAddress(text: string): string | undefined {
  // A top-level domain is letters (or an IDN's xn--): "/usr/local/Cellar/python@3.9" is a path.
  const m =
    /<?([A-Za-z0-9._%+'=/!#$&*?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+))(?![\w-])>?/.exec(
      text,
    )
  return m?.[1]?.toLowerCase().replace(/\.$/, '')
}
