// The human output of `npm run explain`: the same words as the page, in the chosen language.
import type { i18n as I18n } from 'i18next'
import { actionTextKey, reasonTextKey } from '../i18n/bounce-text'
import { NOT_A_BOUNCE } from '../smtp/bounce/not-a-bounce'
import type { BounceReport, RecipientResult } from '../smtp/bounce/report'
import { vendorReuseByKey } from '../smtp/bounce/vendor'

export function reportToText(file: string, report: BounceReport, i18n: I18n): string {
  const t = i18n.getFixedT(i18n.language, 'bounce') as unknown as (k: string, o?: object) => string
  const enhanced = i18n.getFixedT(i18n.language, 'enhanced') as unknown as (k: string, o?: object) => string
  const lines = [file]
  if (report.recipients.length === 0) {
    lines.push(`  ${report.findings.length === 0 ? t('status.none') : t('status.noFailure')}`)
    if (report.findings.length > 0)
      lines.push(`  ${t('summary.codes')}: ${report.findings.map((f) => f.code).join(' ')}`)
  }
  for (const r of report.recipients) lines.push(...recipientLines(r, t, enhanced))
  if (report.truncated) lines.push(`  ${t('text.truncated')}`)
  return lines.join('\n')
}

type T = (k: string, o?: object) => string

function recipientLines(r: RecipientResult, t: T, enhanced: T): string[] {
  const out: string[] = []
  const who = r.recipient ?? t('summary.noRecipient')
  out.push(`  ${who}: ${t(reasonTextKey(r, 'title'))}`)
  // As on the page: the addresses the text names when it does not say which one failed.
  if (r.recipient === null && r.named.length > 0)
    out.push(
      `    ${t('summary.named')}: ${r.named.join(', ')}`,
      `      ${t('summary.namedNote', { count: r.named.length })}`,
    )
  if (r.reason === 'expired')
    out.push(
      `    ${t('expiredBecause', { cause: r.cause ? t(`reason.${r.cause}.title`) : t('causeUnknown') })}`,
    )
  if (!NOT_A_BOUNCE.has(r.reason)) out.push(`    ${t('summary.delivery')}: ${t(actionTextKey(r, 'label'))}`)
  const codes = [r.reply, r.enhanced].filter(Boolean).join(' ')
  if (codes) {
    const command = r.command ? ` (${t('findings.command')} ${r.command})` : ''
    const vendor = r.vendor ? ` — ${t('findings.vendorUnknown')}` : ''
    out.push(`    ${t('summary.codes')}: ${codes}${command}${vendor}`)
  }
  if (r.diagnostic) out.push(`    ${t('summary.serverSaid')}: ${r.diagnostic}`)
  out.push(`    ${t('headline.whoActs')}: ${t(reasonTextKey(r, 'whoActs'))}`)
  out.push(`    ${t('summary.whatToDo')}: ${t(reasonTextKey(r, 'advice'))}`)
  const reuse = vendorReuseByKey(r.vendorUse)
  if (reuse) {
    const label = enhanced('reuse.label', { vendor: enhanced(`reuse.vendor.${reuse.vendor}`) })
    out.push(`    ${label}: ${enhanced(`reuse.entry.${reuse.key}.meaning`)}`)
  }
  return out
}
