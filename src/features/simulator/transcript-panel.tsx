import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyButton } from '../../components/copy-button'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'
import { transcriptLines, transcriptText } from './transcript'

/** The raw session so far, as it crossed the wire, with the current step's lines marked. */
export function TranscriptPanel({
  steps,
  current,
  revealed,
}: {
  steps: ScenarioStep[]
  current: number
  revealed: boolean
}) {
  const { t } = useTranslation('simulator')
  const lines = transcriptLines(steps, current, revealed)
  const box = useRef<HTMLPreElement>(null)
  // The current step is always the last one shown: keep it in view as the session grows.
  const count = lines.length
  useEffect(() => {
    if (box.current && count > 0) box.current.scrollTop = box.current.scrollHeight
  }, [count])
  return (
    <section className="transcript" aria-labelledby="transcript-heading">
      <div className="section-title">
        <h2 id="transcript-heading">{t('transcript.heading')}</h2>
        <CopyButton text={transcriptText(lines)} label={t('transcript.copy')} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre ref={box} className="transcript-lines" translate="no" tabIndex={0}>
        {lines.map((line, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are append-only; the index is their identity
            key={i}
            className={`line line-${line.side === 'C' ? 'client' : 'server'}${line.step === current ? ' line-current' : ''}`}
          >
            {`${line.side}: ${line.text}\n`}
          </span>
        ))}
      </pre>
    </section>
  )
}
