// Nearest valid codes for an unknown or mistyped one ('599', '5.1.99', '9.9.9'): the page that
// says "no such code" (a code page, a search, a comparison) then offers real ones, not a dead end.
import { ENHANCED_CODES, subjectAndDetail } from './enhanced-codes'
import { REPLY_CODES } from './reply-codes'

export function nearestCodes(input: string, count = 5): string[] {
  const text = input.trim().toUpperCase()
  const enhanced = /^([0-9X])\.(\d{1,3})(?:\.(\d{1,3}))?/.exec(text)
  if (enhanced) {
    const [, clsRaw = '5', subjectRaw = '0', detailRaw = '0'] = enhanced
    const cls = ['2', '4', '5'].includes(clsRaw) ? clsRaw : clsRaw === 'X' ? 'X' : clsRaw < '4' ? '2' : '5'
    const subject = Number(subjectRaw)
    const detail = Number(detailRaw)
    return ENHANCED_CODES.filter((e) => cls === 'X' || e.classes.some((c) => String(c) === cls))
      .map((e) => {
        const { subject: s = 0, detail: d = 0 } = subjectAndDetail(e.id) ?? {}
        return { code: `${cls}.${e.id}`, distance: Math.abs(s - subject) * 1000 + Math.abs(d - detail) }
      })
      .sort((a, b) => a.distance - b.distance)
      .slice(0, count)
      .map((e) => e.code)
  }
  const digits = /\d{1,3}/.exec(text)?.[0]
  if (!digits) return []
  const target = Number(digits.padEnd(3, '0'))
  return [...REPLY_CODES]
    .sort((a, b) => Math.abs(Number(a.code) - target) - Math.abs(Number(b.code) - target))
    .slice(0, count)
    .map((r) => r.code)
    .sort()
}
