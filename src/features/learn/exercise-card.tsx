import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataText } from '../../i18n/dynamic-text'
import type { LessonId } from '../../smtp/lessons/lessons'
import type { Exercise } from '../../smtp/lessons/types'
import { BounceExercise } from './bounce-exercise'
import { ChooseExercise } from './choose-exercise'
import { OrderExercise } from './order-exercise'
import { TerminalExercise } from './terminal-exercise'
import type { Verdict } from './verdict'

interface Props {
  lesson: LessonId
  exercise: Exercise
  n: number
  solved: boolean
  onSolved: () => void
}

/**
 * One exercise: heading, prompt, the kind's own controls, and a polite live region that says the
 * result of every check: the explanation after a right answer, why it is wrong and a hint otherwise.
 */
export function ExerciseCard({ lesson, exercise, n, solved, onSolved }: Props) {
  const { t } = useTranslation('learn')
  const data = useDataText('learn')
  const text = (key: string) => data(`lessons.${lesson}.exercises.${exercise.id}.${key}`)
  const headingId = useId()
  // `attempt` renews the feedback node, so the same verdict twice is announced twice.
  const [feedback, setFeedback] = useState<{ verdict: Verdict; attempt: number }>()
  const onVerdict = (verdict: Verdict) => {
    setFeedback((f) => ({ verdict, attempt: (f?.attempt ?? 0) + 1 }))
    if ('solved' in verdict && verdict.solved) onSolved()
  }

  return (
    <section className={`exercise${solved ? ' is-solved' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exercise.heading', { n, kind: t(`exercise.kind.${exercise.kind}`) })}</h3>
      {solved ? (
        <p className="exercise-solved">
          <span aria-hidden="true">✓ </span>
          {t('exercise.solved')}
        </p>
      ) : null}
      <p className="exercise-prompt">{text('prompt')}</p>
      {exercise.kind === 'choose' ? (
        <ChooseExercise exercise={exercise} onVerdict={onVerdict} />
      ) : exercise.kind === 'order' ? (
        <OrderExercise exercise={exercise} onVerdict={onVerdict} />
      ) : exercise.kind === 'bounce' ? (
        <BounceExercise exercise={exercise} onVerdict={onVerdict} />
      ) : (
        <TerminalExercise exercise={exercise} onVerdict={onVerdict} />
      )}
      <div role="status" className="exercise-feedback">
        {feedback ? <Feedback key={feedback.attempt} verdict={feedback.verdict} text={text} /> : null}
      </div>
    </section>
  )
}

function Feedback({ verdict, text }: { verdict: Verdict; text: (key: string) => string }) {
  const { t } = useTranslation('learn')
  if ('missing' in verdict) return <p>{t(`exercise.${verdict.missing}`)}</p>
  if (verdict.solved)
    return (
      <p className="feedback-right">
        <strong>{t('exercise.right')}</strong> {text('explanation')}
      </p>
    )
  return (
    <div className="feedback-wrong">
      <p>
        <strong>{t('exercise.wrong')}</strong> {verdict.why ? text(verdict.why) : null}
      </p>
      <p>{t('exercise.hint', { hint: text(verdict.hint) })}</p>
    </div>
  )
}
