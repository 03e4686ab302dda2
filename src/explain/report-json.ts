// The JSON Lines shape of `npm run explain --json`: one object per input, stable field names, null
// where the message holds nothing (never an invented value).
import type { BounceReport, RecipientResult } from '../smtp/bounce/report'

export interface ExplainJson {
  file: string
  headline: {
    recipient: string | null
    action: string | null
    reply: string | null
    enhanced: string | null
    reason: string
    cause: string | null
  } | null
  recipients: {
    recipient: string | null
    action: string | null
    status: string | null
    reply: string | null
    enhanced: string | null
    vendor: boolean
    /** A registered code used with a vendor's own meaning (VENDOR_REUSED_CODES key), else null. */
    vendorUse: string | null
    reason: string
    cause: string | null
    command: string | null
    diagnostic: string | null
    remoteMta: string | null
    /** Met beyond a server that forwards the recipient's mail on (an alias, a forwarding service). */
    forwarded: boolean
    /** When recipient is null: the addresses the text names, any of which may be the failed one. */
    named: string[]
  }[]
  findings: {
    code: string
    kind: 'reply' | 'enhanced'
    source: string
    command: string | null
    line: number
  }[]
  truncated: boolean
}

export function reportToJson(file: string, report: BounceReport): ExplainJson {
  const h = report.headline
  return {
    file,
    headline: h ? headlineOf(h) : null,
    recipients: report.recipients.map((r) => ({
      recipient: r.recipient,
      action: r.action,
      status: r.status,
      reply: r.reply,
      enhanced: r.enhanced,
      vendor: r.vendor,
      vendorUse: r.vendorUse,
      reason: r.reason,
      cause: r.cause,
      command: r.command,
      diagnostic: r.diagnostic,
      remoteMta: r.remoteMta,
      forwarded: r.forwarded,
      named: r.named,
    })),
    findings: report.findings.map((f) => ({
      code: f.code,
      kind: f.kind,
      source: f.source ?? 'text',
      command: f.command ?? null,
      line: f.line,
    })),
    truncated: report.truncated,
  }
}

function headlineOf(r: RecipientResult) {
  return {
    recipient: r.recipient,
    action: r.action,
    reply: r.reply,
    enhanced: r.enhanced,
    reason: r.reason,
    cause: r.cause,
  }
}
