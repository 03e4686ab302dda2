import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkBounceLine } from '../../smtp/lessons/check'
import type { BounceExercise as Exercise } from '../../smtp/lessons/types'
import type { OnVerdict } from './verdict'

/**
 * A bounce shown line by line, each line a radio button, so the learner points at the one that
 * holds the cause with arrow keys or a click. Its text is React text, never parsed as HTML.
 */
export function BounceExercise({ exercise, onVerdict }: { exercise: Exercise; onVerdict: OnVerdict }) {
  const { t } = useTranslation('learn')
  const [line, setLine] = useState<number>()
  const name = useId()
  return (
    <form
      className="exercise-body"
      onSubmit={(event) => {
        event.preventDefault()
        onVerdict(line === undefined ? { missing: 'pickLine' } : checkBounceLine(exercise, line))
      }}
    >
      <fieldset className="bounce-lines">
        <legend>{t('exercise.bounce.legend')}</legend>
        <div className="bounce-exercise-text" translate="no">
          {exercise.lines.map((text, index) =>
            text.trim() === '' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the bounce's lines never move
              <div key={index} className="bounce-blank" />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the bounce's lines never move
              <label key={index} className="bounce-line">
                <input
                  type="radio"
                  name={name}
                  value={index}
                  checked={line === index}
                  onChange={() => setLine(index)}
                />
                <span className="bounce-line-text">{text}</span>
              </label>
            ),
          )}
        </div>
      </fieldset>
      <button type="submit">{t('exercise.check')}</button>
    </form>
  )
}
