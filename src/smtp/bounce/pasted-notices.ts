// Notices pasted under a person's words (a ticket's note, its own list of addresses, then a bounce
// and a delay warning): each notice is read on its own, so that the writer's list and the other
// notice's words say nothing of a recipient.
import { ADDRESS_IN_TEXT } from './address-words'
import { MAX_RECIPIENTS } from './limits'
import { noticeStarts } from './notice-sections'
import type { RecipientResult } from './recipient-result'

/**
 * Notices pasted under a person's words (a bounce and a delay warning under a ticket's note, the
 * writer's own list of the addresses above them): each notice is read on its own, and a recipient
 * takes only what a notice says of it. Named in two, the later decides, unless it is a delay warning
 * after a failure or a delivery (pasted newest first). Read so when the text holds two or more notices, or one below words that name two
 * or more addresses it does not; undefined otherwise, or when no notice names its recipient.
 */
export function eachNotice(
  told: string,
  read: (notice: string) => RecipientResult[],
): RecipientResult[] | undefined {
  const head = told.slice(0, 200_000)
  const starts = noticeStarts(head)
  const first = starts[0]
  if (first === undefined) return undefined
  if (starts.length === 1) {
    const notice = head.slice(first).toLowerCase()
    const above = new Set((head.slice(0, first).match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase()))
    if ([...above].filter((a) => !notice.includes(a)).length < 2) return undefined
  }
  const fates = new Map<string, RecipientResult>()
  // At most 20 notices read one by one; the rest, if any, is read together with the twentieth.
  starts.slice(0, 20).forEach((start, i) => {
    const next = i < 19 ? starts[i + 1] : undefined
    const section = told.slice(start, next ?? told.length)
    for (const r of read(next === undefined ? section : withoutNextHeading(section))) {
      if (r.recipient === null) continue
      const key = r.recipient.toLowerCase()
      // The later notice's word, unless it is a delay after the earlier one's failure or delivery.
      const before = fates.get(key)
      if (!before || r.action !== 'delayed' || before.action === 'delayed' || before.action === null)
        fates.set(key, r)
    }
  })
  return fates.size > 0 ? [...fates.values()].slice(0, MAX_RECIPIENTS) : undefined
}

/** The next notice's own header lines and separator at a section's end ("=== 2 ===", "Subject: Delayed Mail"): not this notice's words. */
const NEXT_HEADING =
  /^[ \t]*(?:(?:Subject|From|To|Date|Sent|Cc|Konu|Kimden|Kime|Tarih|Gönderildi|Betreff|Von|An|Datum|Gesendet|Asunto|De|Para|Fecha|Enviado|Objet|Envoyé|À)[ \t]*:.*|[-=_*#~]{3,}.*|.*[-=_*#~]{3,}[ \t]*|)$/i

function withoutNextHeading(section: string): string {
  const lines = section.split('\n')
  let end = lines.length
  while (end > 1 && end > lines.length - 12 && NEXT_HEADING.test(lines[end - 1] as string)) end--
  return lines.slice(0, end).join('\n')
}
