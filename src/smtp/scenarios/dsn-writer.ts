// What the sender receives after a refusal: the delivery status notification (RFC 3464) the
// sending server writes from the session it ran, in a multipart/report (RFC 6522) with a
// human-readable part, the machine-readable part and the returned message's headers. Written from
// a scenario's run, so it always matches the transcript — and the bounce explainer can read it.
import type { ScenarioRun, ScenarioStep } from './scenarios'

const ADDRESS = /^(MAIL FROM|RCPT TO):\s*<([^>]*)>/i
/** A fixed moment, so the report is the same on every build (the scenario has no clock). */
const DATE = 'Mon, 10 Jun 2024 09:15:02 +0000'

interface Failure {
  recipient: string
  action: 'failed'
  status: string
  diagnostic: string
  /** The command the reply answered, as Postfix words it ("RCPT TO", "end of DATA"). */
  command: string
}

/**
 * The DSN for a server-to-server scenario in which a recipient was refused (at RCPT TO, or for the
 * whole message at MAIL FROM or after the data), or undefined when nothing needs reporting: all
 * delivered, or the client is a mail program, which shows a submission error to its user instead.
 */
export function dsnForRun(run: ScenarioRun): string | undefined {
  if (!run.client.host.startsWith('mx.')) return undefined
  const { from, failures, headers } = failuresOf(run.steps)
  if (!from || failures.length === 0) return undefined
  return render(run, from, failures, headers)
}

function failuresOf(steps: readonly ScenarioStep[]) {
  let from: string | undefined
  let recipients: string[] = []
  const failures: Failure[] = []
  let headers: string[] = []
  let mailRefused: { code: string; line: string } | undefined
  let inTransaction = false
  for (const step of steps) {
    const pairs =
      step.kind === 'batch'
        ? step.sent.map((line, i) => [line, step.replies[i]] as const)
        : [[step.sent[0] ?? '', step.replies.at(-1)] as const]
    if (step.kind === 'message') {
      const reply = step.replies.at(-1)
      headers = step.sent.slice(0, Math.max(0, step.sent.indexOf('')))
      if (reply && isFinal(reply.code))
        for (const recipient of recipients) failures.push(failure(recipient, reply.lines, 'end of DATA'))
      continue
    }
    for (const [line, reply] of pairs) {
      const m = ADDRESS.exec(line)
      if (!m || !reply) continue
      const address = m[2] ?? ''
      if ((m[1] ?? '').toUpperCase() === 'MAIL FROM') {
        from = address
        recipients = []
        inTransaction = reply.code.startsWith('2')
        mailRefused = isFinal(reply.code) ? { code: reply.code, line: reply.lines.join(' ') } : undefined
        continue
      }
      // A RCPT TO outside a transaction (before MAIL FROM, or after a refused one) is refused for
      // being out of order (RFC 5321 §4.1.4): it names no recipient of a message.
      if (!inTransaction) continue
      if (isFinal(reply.code)) failures.push(failure(address, reply.lines, 'RCPT TO'))
      else if (reply.code.startsWith('2')) recipients.push(address)
    }
  }
  // Refused at MAIL FROM, the client never named its recipients there: report the ones it meant.
  if (mailRefused && failures.length === 0 && from)
    for (const step of steps)
      for (const line of step.sent) {
        const m = /^RCPT TO:\s*<([^>]*)>/i.exec(line)
        if (m) failures.push(failure(m[1] ?? '', [mailRefused.line], 'MAIL FROM'))
      }
  return { from, failures, headers }
}

/**
 * A refusal that ends in a bounce: any 5xx (RFC 5321 §4.2.1, permanent; the sending server then
 * owes the sender a notification, §6.1), 500–504 included: real MTAs bounce a 501 to RCPT TO, as
 * Postfix's "said: 501 5.1.3 Bad recipient address syntax (in reply to RCPT TO command)". A 4xx is
 * retried (a delay notice comes only after hours, and the simulator's retries succeed).
 */
const isFinal = (code: string) => /^5\d\d$/.test(code)

function failure(recipient: string, lines: readonly string[], command: string): Failure {
  const text = lines.join(' ')
  const code = text.slice(0, 3)
  const enhanced = /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})/.exec(text)?.[1]
  return {
    recipient,
    action: 'failed',
    status: enhanced ?? `${code.charAt(0)}.0.0`,
    diagnostic: text,
    command,
  }
}

function render(run: ScenarioRun, from: string, failures: Failure[], headers: string[]): string {
  const reporter = run.client.host
  const boundary = `report.${reporter}`
  const lines = [
    `From: Mail Delivery System <MAILER-DAEMON@${reporter}>`,
    `To: <${from}>`,
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${DATE}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host ${reporter}.`,
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    ...failures.flatMap((f) => [
      `<${f.recipient}>: host ${run.server.host} said: ${f.diagnostic} (in reply to ${f.command} command)`,
      '',
    ]),
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${reporter}`,
    `Arrival-Date: ${DATE}`,
    '',
    ...failures.flatMap((f) => [
      `Final-Recipient: rfc822; ${f.recipient}`,
      `Action: ${f.action}`,
      `Status: ${f.status}`,
      `Remote-MTA: dns; ${run.server.host}`,
      `Diagnostic-Code: smtp; ${f.diagnostic}`,
      '',
    ]),
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    ...(headers.length > 0 ? headers : [`From: <${from}>`]),
    '',
    `--${boundary}--`,
    '',
  ]
  return lines.join('\n')
}
