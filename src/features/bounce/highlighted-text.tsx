import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BounceFinding } from '../../smtp/bounce'
import { segmentsFor } from './highlight'

/** Rendering is capped: a browser lays out 100 KB of <pre> quickly, a 1 MiB paste would stall it. */
export const HIGHLIGHT_LIMIT = 100_000

/** The pasted text with every code occurrence marked, rendered as text only. */
export function HighlightedText({
  text,
  occurrences,
}: {
  text: string
  occurrences: readonly BounceFinding[]
}) {
  const { t, i18n } = useTranslation('bounce')
  const segments = useMemo(() => segmentsFor(text, occurrences, HIGHLIGHT_LIMIT), [text, occurrences])
  return (
    <section aria-labelledby="bounce-text-title">
      <h2 id="bounce-text-title">{t('text.heading')}</h2>
      {text.length > HIGHLIGHT_LIMIT ? (
        <p className="notice">
          {t('text.capped', { formatted: HIGHLIGHT_LIMIT.toLocaleString(i18n.language) })}
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
