import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useLearnProgress } from '../../components/learn-progress'
import { PageHeader } from '../../components/page-header'
import { LESSONS, lessonNumber } from '../../smtp/lessons/lessons'
import { LessonStatusText } from './lesson-status'
import { StorageNote } from './storage-note'
import './learn.css'
import { learnIndexHead } from './head'

/** `/{lang}/learn/`: the eight lessons in order, each with its progress once the browser has read it. */
export function LearnIndexPage() {
  const { t } = useTranslation('learn')
  const { t: common, i18n } = useTranslation()
  const lang = useCurrentLanguage()
  const { progress, loaded, saved } = useLearnProgress()
  return (
    <div className="page learn">
      <PageHeader {...learnIndexHead(i18n)} />
      <StorageNote saved={saved} />
      <ol className="lesson-list" aria-label={t('index.listLabel')}>
        {LESSONS.map((lesson) => (
          <li key={lesson.id} className="lesson-card">
            <p className="lesson-number">{t('index.lessonNumber', { n: lessonNumber(lesson.id) })}</p>
            <h2>
              <Link to="/$lang/learn/$lesson/" params={{ lang, lesson: lesson.id }}>
                {common(`lessons.${lesson.id}`)}
              </Link>
            </h2>
            <p>{t(`summary.${lesson.id}`)}</p>
            <p className="lesson-meta">
              <span>{t('index.exercises', { count: lesson.exercises.length })}</span>
              {/* The prerendered page knows nothing of the visitor: statuses appear once read. */}
              {loaded ? <LessonStatusText lesson={lesson} progress={progress} /> : null}
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}
