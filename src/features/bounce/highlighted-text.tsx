import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BounceFinding } from '../../smtp/bounce/find-codes'
import { type Segment, segmentsFor } from './highlight'

/** Rendering is capped: a browser lays out 20 KB of <pre> at once, a 1 MiB paste would stall it. */
export const HIGHLIGHT_LIMIT = 20_000
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
  const visible = useMemo(() => occurrences.slice(0, MARK_LIMIT), [occurrences])
  const segments = useMemo(() => segmentsFor(text, visible, HIGHLIGHT_LIMIT), [text, visible])
  const format = (n: number) => n.toLocaleString(i18n.language)
  const unmarked = occurrences.length - segments.filter((s) => s.marked).length
  return (
    <section aria-labelledby="bounce-text-title">
      <h2 id="bounce-text-title">{t('text.heading')}</h2>
      {decoded ? <p className="hint">{t('text.decoded')}</p> : null}
      {text.length > HIGHLIGHT_LIMIT ? (
        <p className="notice">{t('text.capped', { formatted: format(HIGHLIGHT_LIMIT) })}</p>
      ) : null}
      {unmarked > 0 ? (
        <p className="notice">
          {t('text.marksCapped', { shown: format(occurrences.length - unmarked), more: format(unmarked) })}
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long, scrollable block must be reachable by keyboard to scroll */}
      <pre className="bounce-text" translate="no" tabIndex={0}>
        {segments.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt together
          <SegmentView key={i} segment={s} />
        ))}
      </pre>
    </section>
  )
}

function SegmentView({ segment }: { segment: Segment }) {
  if (segment.marked) return <mark>{segment.text}</mark>
  if (segment.gap)
    return (
      <span className="gap" aria-hidden="true">
        {`\n${segment.text}\n`}
      </span>
    )
  return <span>{segment.text}</span>
}
