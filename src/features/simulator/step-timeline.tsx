import { useTranslation } from 'react-i18next'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'
import { LadderDiagram } from './ladder-diagram'
import { sentSummary } from './use-narration'

interface Props {
  steps: ScenarioStep[]
  current: number
  revealed: boolean
  onSelect: (index: number) => void
  awaitingGuess: boolean
  hosts: { client: string; server: string }
}

/** What a step is about, in a few words: the command line, the connection, or the message. */
export function useStepSummary() {
  const { t } = useTranslation('simulator')
  return (step: ScenarioStep) =>
    step.kind === 'connect'
      ? step.laterMinutes === undefined
        ? t('step.connectShort')
        : t('step.reconnectShort', { minutes: step.laterMinutes })
      : step.kind === 'message'
        ? t('step.messageShort', { count: step.sent.length })
        : step.kind === 'batch'
          ? t('step.batchShort', { count: step.sent.length })
          : sentSummary(step)
}

/**
 * One marker per step (click to jump) and, under it, the session so far as a sequence diagram.
 * Future steps show only their number: the reply codes stay a surprise.
 */
export function StepTimeline({ steps, current, revealed, onSelect, awaitingGuess, hosts }: Props) {
  const { t } = useTranslation('simulator')
  const summary = useStepSummary()
  return (
    <>
      <ol className="markers" aria-label={t('timeline.label')}>
        {steps.map((step) => (
          <li key={step.index}>
            <button
              type="button"
              className={step.index < current ? 'marker marker-past' : 'marker'}
              aria-current={step.index === current ? 'step' : undefined}
              aria-label={t('timeline.marker', { n: step.index + 1, summary: summary(step) })}
              onClick={() => onSelect(step.index)}
            >
              {step.index + 1}
            </button>
          </li>
        ))}
      </ol>
      <LadderDiagram
        steps={steps}
        current={current}
        revealed={revealed}
        awaitingGuess={awaitingGuess}
        onSelect={onSelect}
        hosts={hosts}
      />
    </>
  )
}
