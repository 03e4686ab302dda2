import { useTranslation } from 'react-i18next'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'
import { guessChoices } from './guess-choices'
import type { Narration } from './use-narration'

interface Props {
  scenarioId: string
  step: ScenarioStep
  /** The code the learner picked for this step, if any. */
  chosen: string | undefined
  awaiting: boolean
  onChoose: (code: string) => void
  score: { correct: number; answered: number }
  onResetScore: () => void
  narration: Narration
}

/** "Guess the reply": choices before the reply is shown, then whether the guess was right and why. */
export function GuessPanel({
  scenarioId,
  step,
  chosen,
  awaiting,
  onChoose,
  score,
  onResetScore,
  narration,
}: Props) {
  const { t } = useTranslation('simulator')
  const choices = guessChoices(step, `${scenarioId}:${step.index}`)
  return (
    <section className="guess" aria-labelledby="guess-heading">
      <h3 id="guess-heading">{t('guess.heading')}</h3>
      {awaiting && choices.length > 0 ? (
        <fieldset>
          <legend>{t('guess.question')}</legend>
          <div className="guess-choices">
            {choices.map((code) => (
              <button key={code} type="button" onClick={() => onChoose(code)} translate="no">
                {code}
              </button>
            ))}
          </div>
        </fieldset>
      ) : chosen !== undefined && step.code ? (
        <p className={chosen === step.code ? 'guess-result guess-right' : 'guess-result guess-wrong'}>
          {chosen === step.code
            ? t('guess.right', { code: step.code, title: narration.codeTitle(step.code) })
            : t('guess.wrong', {
                chosen,
                chosenTitle: narration.codeTitle(chosen),
                code: step.code,
                title: narration.codeTitle(step.code),
              })}
        </p>
      ) : (
        <p className="hint">{t('guess.intro')}</p>
      )}
      <p className="guess-score">
        {t('guess.score', { correct: score.correct, count: score.answered })}{' '}
        <button type="button" onClick={onResetScore} disabled={score.answered === 0}>
          {t('guess.resetScore')}
        </button>
      </p>
    </section>
  )
}
