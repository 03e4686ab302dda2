import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkChoice } from '../../smtp/lessons/check'
import type { ChooseExercise as Exercise } from '../../smtp/lessons/types'
import type { OnVerdict } from './verdict'

/** A moment of a session, then the possible next replies as radio buttons. */
export function ChooseExercise({ exercise, onVerdict }: { exercise: Exercise; onVerdict: OnVerdict }) {
  const { t } = useTranslation('learn')
  const [choice, setChoice] = useState<string>()
  const name = useId()
  return (
    <form
      className="exercise-body"
      onSubmit={(event) => {
        event.preventDefault()
        onVerdict(choice ? checkChoice(exercise, choice) : { missing: 'pickReply' })
      }}
    >
      {exercise.moment.length > 0 ? (
        <figure className="exercise-moment">
          <figcaption>{t('exercise.choose.moment')}</figcaption>
          <pre translate="no">{exercise.moment.join('\n')}</pre>
        </figure>
      ) : null}
      <fieldset>
        <legend>{t('exercise.choose.legend')}</legend>
        {exercise.options.map((option) => (
          <label key={option.id} className="exercise-option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={choice === option.id}
              onChange={() => setChoice(option.id)}
            />
            <code translate="no">{`S: ${option.reply}`}</code>
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('exercise.check')}</button>
    </form>
  )
}
