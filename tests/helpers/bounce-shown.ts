// What the bounce page shows for a pasted text: its headline, and the English title, explanation,
// who-acts or advice text the page picks for it (reasonTextKey, with its code-specific and not-sent
// wordings), read from the real locale file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reasonTextKey } from '../../src/i18n/bounce-text'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

export const headline = (text: string) => analyzeBounceReport(text).headline

/** The recipient of every result of a pasted text, in order (null where none is named). */
export const recipients = (text: string) => analyzeBounceReport(text).recipients.map((r) => r.recipient)

/** The addresses the page lists for the headline when the text does not make clear which one failed. */
export const listed = (text: string) => analyzeBounceReport(text).headline?.named ?? []

/** Every result of a pasted text, by its recipient. */
export const byRecipient = (text: string) =>
  Object.fromEntries(analyzeBounceReport(text).recipients.map((r) => [r.recipient, r]))

/** The reason of every result of a pasted text, by its recipient. */
export const reasonsByRecipient = (text: string) =>
  Object.fromEntries(analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.reason]))

const texts = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../locales/en/bounce/reasons.json'), 'utf8'),
) as { reason: Record<string, Record<string, string>> }

/** The English text the page shows for a headline's field, or '' when there is no headline. */
export function shown(text: string, field: 'title' | 'explanation' | 'whoActs' | 'advice'): string {
  const h = headline(text)
  if (!h) return ''
  const [, reason, key] = reasonTextKey(h, field).split('.') as [string, string, string]
  return texts.reason[reason]?.[key] ?? ''
}
