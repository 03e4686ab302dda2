import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useLearnProgress } from '../../components/learn-progress'
import { PageHeader } from '../../components/page-header'
import { useDataText } from '../../i18n/dynamic-text'
import { EXERCISES } from '../../smtp/lessons/exercises/index'
import { LESSON_IDS, LESSONS, type LessonId, lessonNumber } from '../../smtp/lessons/lessons'
import { solvedIn } from '../../smtp/lessons/progress'
import { ExerciseCard } from './exercise-card'
import { LessonLinks } from './lesson-links'
import { LessonPager } from './lesson-pager'
import { LessonStatusText } from './lesson-status'
import { StorageNote } from './storage-note'
import './learn.css'
import { lessonHead } from './head'

/** One lesson: its text (locales/<lng>/learn/<lesson>.json), links into the app, exercises, reset. */
export function LessonPage({ lessonId }: { lessonId: LessonId }) {
  const { t } = useTranslation('learn')
  const { i18n } = useTranslation()
  const text = useDataText('learn')
  const lang = useCurrentLanguage()
  const progress = useLearnProgress()
  // A reset remounts the exercises, so their answers and feedback start over too.
  const [resets, setResets] = useState(0)
  const lesson = LESSONS.find((l) => l.id === lessonId) ?? LESSONS[0]
  if (!lesson) return null
  const body = text(`lessons.${lessonId}.body`, { returnObjects: true }) as unknown as string[]
  const solved = solvedIn(progress.progress, lessonId)

  return (
    <div className="page learn lesson">
      <p className="lesson-breadcrumb">
        <Link to="/$lang/learn/" params={{ lang }}>
          {t('lesson.all')}
        </Link>
      </p>
      <PageHeader {...lessonHead(i18n, lessonId)}>
        <p className="lesson-meta">
          <span>{t('lesson.number', { n: lessonNumber(lessonId), total: LESSON_IDS.length })}</span>
          {progress.loaded ? <LessonStatusText lesson={lesson} progress={progress.progress} /> : null}
        </p>
      </PageHeader>
      <StorageNote saved={progress.saved} />

      <section className="lesson-text" aria-labelledby="lesson-text-heading">
        <h2 id="lesson-text-heading">{t('lesson.text')}</h2>
        {body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <LessonLinks lesson={lesson} />

      <section aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">{t('lesson.exercises')}</h2>
        {EXERCISES[lessonId].map((exercise, index) => (
          <ExerciseCard
            key={`${exercise.id}:${resets}`}
            lesson={lessonId}
            exercise={exercise}
            n={index + 1}
            solved={solved.includes(exercise.id)}
            onSolved={() => progress.solve(lessonId, exercise.id)}
          />
        ))}
        <div className="lesson-reset">
          <button
            type="button"
            onClick={() => {
              progress.resetLesson(lessonId)
              setResets((n) => n + 1)
            }}
          >
            {t('lesson.reset')}
          </button>
          <p role="status" className="hint">
            {resets > 0 ? t('lesson.resetDone') : ''}
          </p>
        </div>
      </section>

      <LessonPager lessonId={lessonId} />
    </div>
  )
}
