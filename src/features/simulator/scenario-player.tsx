import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScenarioRun, ScenarioStep } from '../../smtp/scenarios/scenarios'
import { PlaybackControls } from './playback-controls'
import { SessionFacts } from './session-facts'
import { StepDetails } from './step-details'
import { StepTimeline, useStepSummary } from './step-timeline'
import { TranscriptPanel } from './transcript-panel'
import { useAnnouncement } from './use-announcement'
import { useGuesses } from './use-guesses'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useNarration } from './use-narration'
import { usePlayback } from './use-playback'
import { usePrefersReducedMotion } from './use-reduced-motion'

interface Props {
  scenario: ScenarioRun
  steps: ScenarioStep[]
  step: number
  setStep: (step: number, replace: boolean) => void
}

// Guess mode is off until the learner turns it on (never in a prerendered page): its panel and the
// code catalogue it draws wrong answers from are downloaded then, not with the page.
const GuessPanel = lazy(() => import('./guess-panel').then((m) => ({ default: m.GuessPanel })))
// Shown only after the last step of a scenario that ends in a bounce: not part of the first download.
const SenderReport = lazy(() => import('./sender-report').then((m) => ({ default: m.SenderReport })))

/** The animated session: controls, the sequence diagram, the current step, session facts, guess mode and transcript. */
export function ScenarioPlayer({ scenario, steps, step, setStep }: Props) {
  const { t } = useTranslation('simulator')
  const narration = useNarration()
  const summary = useStepSummary()
  const reducedMotion = usePrefersReducedMotion()
  const [guessMode, setGuessMode] = useState(false)
  const guesses = useGuesses(scenario.id, steps)
  const needsGuess = (index: number) =>
    guessMode && steps[index]?.code !== undefined && guesses.chosen(index) === undefined
  const playback = usePlayback({
    scenarioId: scenario.id,
    step,
    stepCount: steps.length,
    setStep,
    reducedMotion,
    needsGuess,
  })
  useKeyboardShortcuts(playback)

  const current = steps[step] ?? steps[0]
  const revealed = playback.phase === 'done'
  const announcement = useAnnouncement(announcementFor())

  /** One announcement per step: when its reply is shown, or when it waits for a guess. */
  function announcementFor(): string | null {
    if (!current || (playback.phase !== 'done' && playback.phase !== 'guess')) return null
    const head = t('live.step', { n: current.index + 1, total: steps.length, summary: summary(current) })
    if (playback.phase === 'guess') return `${head} ${t('guess.question')}`
    const code = current.code
    const reply = code ? t('live.reply', { code, title: narration.codeTitle(code) }) : ''
    const chosen = guesses.chosen(step)
    const verdict =
      guessMode && chosen !== undefined && code
        ? chosen === code
          ? t('live.guessRight')
          : t('live.guessWrong', { chosen })
        : ''
    // A change of session state is said too ("Session: mail transaction open").
    const state = current.session.state
    const changed =
      state !== steps[step - 1]?.session.state ? t('live.state', { state: t(`state.${state}`) }) : ''
    // After a guess the step itself was announced with the question: say only the outcome.
    return verdict
      ? `${verdict} ${reply} ${changed}`.trim()
      : [head, reply, changed].filter(Boolean).join(' ')
  }

  if (!current) return null
  return (
    <section className="player" aria-labelledby="player-heading">
      <h2 id="player-heading">{narration.scenarioTitle(scenario.id)}</h2>
      <p className="hint">{narration.scenarioDescription(scenario.id)}</p>
      <PlaybackControls playback={playback} guessMode={guessMode} onGuessMode={setGuessMode} />
      <StepTimeline
        steps={steps}
        current={step}
        revealed={revealed}
        onSelect={playback.goTo}
        awaitingGuess={playback.phase === 'guess'}
        hosts={{ client: scenario.client.host, server: scenario.server.host }}
      />
      <div className="player-body">
        <StepDetails
          scenario={scenario}
          step={current}
          total={steps.length}
          revealed={revealed}
          narration={narration}
        />
        <SessionFacts steps={steps} shown={revealed ? step : step - 1} />
        {guessMode ? (
          <Suspense fallback={null}>
            <GuessPanel
              scenarioId={scenario.id}
              step={current}
              chosen={guesses.chosen(step)}
              awaiting={playback.phase === 'guess'}
              onChoose={(code) => {
                guesses.choose(step, code)
                playback.revealReply()
              }}
              score={guesses.score}
              onResetScore={guesses.reset}
              narration={narration}
            />
          </Suspense>
        ) : null}
      </div>
      {step === steps.length - 1 && revealed && scenario.bounces ? (
        <Suspense fallback={null}>
          <SenderReport scenario={scenario} />
        </Suspense>
      ) : null}
      <TranscriptPanel steps={steps} current={step} revealed={revealed} />
      <p className="visually-hidden" role="status" aria-label={t('live.label')}>
        {announcement}
      </p>
    </section>
  )
}
