import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BounceFinding } from '../../smtp/bounce/find-codes'
import { segmentsFor } from './highlight'

/** Rendering is capped: a browser lays out 100 KB of <pre> quickly, a 1 MiB paste would stall it. */
export const HIGHLIGHT_LIMIT = 100_000
/** At most this many codes are marked; a hostile paste can hold thousands. */
export const MARK_LIMIT = 500

/** The text as read (decoded when it was encoded) with every code occurrence marked, rendered as text only. */
export function HighlightedText({
  text,
  decoded,
  occurrences,
}: {
  text: string
  decoded: boolean
  occurrences: readonly BounceFinding[]
}) {
  const { t, i18n } = useTranslation('bounce')
  const visible = useMemo(
    () => occurrences.filter((o) => o.start < HIGHLIGHT_LIMIT).slice(0, MARK_LIMIT),
    [occurrences],
  )
  const segments = useMemo(() => segmentsFor(text, visible, HIGHLIGHT_LIMIT), [text, visible])
  const format = (n: number) => n.toLocaleString(i18n.language)
  const unmarked = occurrences.length - visible.length
  return (
    <section aria-labelledby="bounce-text-title">
      <h2 id="bounce-text-title">{t('text.heading')}</h2>
      {decoded ? <p className="hint">{t('text.decoded')}</p> : null}
      {text.length > HIGHLIGHT_LIMIT ? (
        <p className="notice">{t('text.capped', { formatted: format(HIGHLIGHT_LIMIT) })}</p>
      ) : null}
      {unmarked > 0 ? (
        <p className="notice">
          {t('text.marksCapped', { shown: format(visible.length), more: format(unmarked) })}
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long, scrollable block must be reachable by keyboard to scroll */}
      <pre className="bounce-text" translate="no" tabIndex={0}>
        {segments.map((s, i) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt together
          s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
        )}
      </pre>
    </section>
  )
}
