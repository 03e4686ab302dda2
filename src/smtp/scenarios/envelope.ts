// The envelope as a session builds it (RFC 5321 §2.3.1, §3.3): the sender given with MAIL FROM,
// each RCPT TO with the server's answer, and, once the final dot is accepted, the message's size
// and queue id. Read from the steps of a run, so the picture always matches the transcript.
import type { Reply } from '../engine/reply'
import type { ScenarioStep } from './scenarios'

export interface EnvelopeRecipient {
  address: string
  accepted: boolean
  code: string
  enhanced?: string
}

export interface Envelope {
  from?: { address: string; accepted: boolean; code: string }
  recipients: EnvelopeRecipient[]
  /** Octets of the last message sent, counted as RFC 1870 §5 does (CRLF line ends, no dot-stuffing). */
  size?: number
  queueId?: string
  /** The last message's DATA reply: accepted (250) or refused. */
  delivered?: boolean
}

const PATH = /^(MAIL FROM|RCPT TO):\s*<([^>]*)>/i
const QUEUED = /queued as ([0-9A-F]+)/

/** The envelope after step `upTo` (inclusive). A new MAIL FROM (or RSET) starts a new one. */
export function envelopeAt(steps: readonly ScenarioStep[], upTo: number): Envelope {
  let envelope: Envelope = { recipients: [] }
  for (const step of steps.slice(0, upTo + 1)) {
    const reply = step.replies[step.replies.length - 1]
    if (step.kind === 'message') {
      const ok = (reply?.code ?? '').startsWith('2')
      const lines = step.sent.slice(0, -1).map((l) => (l.startsWith('.') ? l.slice(1) : l))
      envelope.size = lines.reduce((n, l) => n + new TextEncoder().encode(l).length + 2, 0)
      envelope.delivered = ok
      const queued = QUEUED.exec(reply?.lines.join(' ') ?? '')
      if (queued) envelope.queueId = queued[1]
      continue
    }
    // A batch (PIPELINING) pairs each command with the reply at the same position (RFC 2920 §3.2).
    const pairs =
      step.kind === 'batch'
        ? step.sent.map((line, i) => [line, step.replies[i]] as const)
        : [[step.sent[0] ?? '', reply] as const]
    for (const [line, answer] of pairs) envelope = apply(envelope, line, answer)
  }
  return envelope
}

function apply(envelope: Envelope, line: string, reply: Reply | undefined): Envelope {
  const code = reply?.code ?? ''
  const ok = code.startsWith('2')
  if (/^RSET\b/i.test(line) && ok) return { recipients: [] }
  const m = PATH.exec(line)
  if (!m) return envelope
  const address = m[2] ?? ''
  if ((m[1] ?? '').toUpperCase() === 'MAIL FROM')
    return { from: { address, accepted: ok, code }, recipients: [] }
  envelope.recipients.push({
    address,
    accepted: ok,
    code,
    ...(reply?.enhanced ? { enhanced: reply.enhanced } : {}),
  })
  return envelope
}
