import { useTranslation } from 'react-i18next'
import type { Lesson } from '../../smtp/lessons/lessons'
import { lessonStatus, type Progress, solvedIn } from '../../smtp/lessons/progress'

/** Done / in progress / not started, said in words (the colour and mark only repeat it). */
export function LessonStatusText({ lesson, progress }: { lesson: Lesson; progress: Progress }) {
  const { t } = useTranslation('learn')
  const status = lessonStatus(progress, lesson)
  const text =
    status === 'done'
      ? t('index.status.done')
      : status === 'in-progress'
        ? t('index.status.inProgress', {
            solved: solvedIn(progress, lesson.id).length,
            total: lesson.exercises.length,
          })
        : t('index.status.notStarted')
  return (
    <span className={`lesson-status status-${status}`}>
      <span aria-hidden="true">{status === 'done' ? '✓ ' : status === 'in-progress' ? '◐ ' : '○ '}</span>
      {text}
    </span>
  )
}
