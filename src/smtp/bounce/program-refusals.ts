// A mail program's one error that lists every recipient the server refused, each with its own
// reply: Python's SMTPRecipientsRefused ("{'bob@…': (550, b'5.1.1 …'), 'carol@…': (452, b'…')}",
// the dictionary smtplib's sendmail() returns) and PHPMailer's "The following recipients failed:
// bob@…: <bob@…>: … carol@…: <carol@…>: …" (its entries joined with nothing between them).

export interface Refusal {
  recipient: string
  /** The recipient's own reply, as the program quotes it. */
  reply: string
  /** Where the first entry starts: what comes before it is said of them all. */
  start: number
  /** The program lists it as refused beside recipients it accepted: one alone is one. */
  listed?: true
}

const SMTPLIB_ENTRY = /'([^'\s<>@]+@[^'\s<>]+)': \((\d{3}), b?(?:'([^'\n]*)'|"([^"\n]*)")\)/g
/** PHPMailer writes "key: <address>:", the key being the address (or the end of the last reply glued to it). */
const PHPMAILER_ENTRY = /([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}): (?:<([^\s<>@]+@[^\s<>]+)>:)?/g

/**
 * nodemailer's result when the server refused some recipients and accepted others (sendMail
 * resolves with `rejected: [ 'carol@…' ]` beside `accepted`, as JSON or as Node prints it); each
 * rejected one's reply is the line of `rejectedErrors` that names it, when the paste has one.
 */
const NODEMAILER_REJECTED = /(?:\brejected|"rejected"): ?\[([^\]]*)\]/

/** Each refused recipient of such an error with its own reply; empty when the text has none. */
export function programRefusals(text: string): Refusal[] {
  const head = text.slice(0, 20_000)
  const rejected = NODEMAILER_REJECTED.exec(head)
  // The result pasted alone: beside a later bounce, the bounce says what became of each recipient.
  if (rejected && /\baccepted"?: ?\[/.test(head) && resultAlone(head))
    return nodemailerRefusals(head, rejected)
  const found = [...head.matchAll(SMTPLIB_ENTRY)]
  const smtplib = found.map((m) => ({
    recipient: (m[1] as string).toLowerCase(),
    reply: `${m[2]} ${m[3] ?? m[4] ?? ''}`,
    start: found[0]?.index ?? 0,
  }))
  if (smtplib.length > 0) return smtplib
  if (!/The following recipients failed:/i.test(head)) return []
  // Each entry opens with its address and a colon: after the heading, at a line's start, or glued to
  // the last reply's end when it repeats the address in brackets ("…tablecarol@…: <carol@…>:").
  const entries = [...head.matchAll(PHPMAILER_ENTRY)]
    .filter((m) => {
      const key = (m[1] as string).toLowerCase()
      const bracketed = m[2]?.toLowerCase()
      if (bracketed) return key.endsWith(bracketed)
      return /(?:failed: |\n[ \t]*)$/.test(head.slice(Math.max(0, (m.index as number) - 10), m.index))
    })
    .map((m) => {
      const entry = [m[0], m[1], m[2] ?? m[1]] as unknown as RegExpExecArray
      entry.index = m.index as number
      return entry
    })
  return entries.map((m, i) => {
    const next = entries[i + 1]
    // The next entry's key is glued to this reply's end: cut before its address.
    const end = next
      ? (next.index as number) + (next[1] as string).length - (next[2] as string).length
      : undefined
    return {
      recipient: (m[2] as string).toLowerCase(),
      reply: head.slice(m.index, end).split('\n')[0] ?? '',
      start: entries[0]?.index ?? 0,
    }
  })
}

/** What nodemailer's own examples print beside the result: "Message sent: <id>", "Preview URL: …". */
const NODEMAILER_PREFACE = /^(?:Message sent|Preview URL|Message ID|messageId):[^\n]*$/gim

/**
 * nodemailer's result of a send the server took for every recipient (`rejected: []`), pasted
 * alone (beside a log that bounced it afterwards, it says nothing of what became of the message),
 * or an application's log of it: "Accepted: bob@…, carol@…" over "Rejected: (none)".
 */
export function acceptedByProgram(text: string): boolean {
  const head = text.slice(0, 20_000)
  return (
    (resultAlone(head) &&
      /\baccepted"?: ?\[[ \t]*['"]/.test(head) &&
      /\brejected"?: ?\[[ \t]*\]/.test(head)) ||
    (/^[ \t]*accepted[ \t]*:[ \t]*\S+@/im.test(head) &&
      /^[ \t]*rejected[ \t]*:[ \t]*(?:\(none\)|none|\[\]|-)?[ \t]*$/im.test(head))
  )
}

function nodemailerRefusals(head: string, rejected: RegExpExecArray): Refusal[] {
  const addresses = [...(rejected[1] as string).matchAll(/['"]([^'"\s<>@]+@[^'"\s<>]+)['"]/g)]
  // Each rejected recipient's own reply: a `response` (or "Recipient command failed:") that names it,
  // as the result prints it over many lines or as one line of JSON.
  // An error's reply belongs to the address it echoes, else to its own `recipient` field (the
  // fields after it, up to the next error's reply): Gmail's and Microsoft's replies name no one.
  const found = [...head.matchAll(NODEMAILER_REPLY)]
  const replies = found.map((m, i) => {
    const reply = (m[1] ?? m[2] ?? m[3] ?? '').trim()
    const fields = head.slice(m.index + m[0].length, found[i + 1]?.index ?? m.index + 600)
    const field = RECIPIENT_FIELD.exec(fields.slice(0, 600))?.[1]?.toLowerCase()
    return { reply, field }
  })
  return addresses.map((m) => {
    const recipient = (m[1] as string).toLowerCase()
    const reply =
      replies.find((r) => r.reply.toLowerCase().includes(recipient)) ??
      replies.find((r) => r.field === recipient)
    return { recipient, reply: reply?.reply ?? '', start: rejected.index, listed: true as const }
  })
}
const RECIPIENT_FIELD = /\brecipient["']?[ \t]*:[ \t]*["']([^"'\s]+@[^"'\s]+)["']/
const NODEMAILER_REPLY =
  /"response"[ \t]*:[ \t]*"([45]\d\d[^"]*)"|\bresponse: '([45]\d\d[^'\n]*)'|Recipient command failed: ([45]\d\d[^\n'"]*)/g

/** The paste is nodemailer's result (and the lines its examples print beside it), nothing else. */
function resultAlone(head: string): boolean {
  return /^\s*\{[\s\S]*\}\s*$/.test(head.replace(NODEMAILER_PREFACE, ''))
}
