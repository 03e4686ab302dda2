import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { LESSON_IDS, type LessonId } from '../../smtp/lessons/lessons'

/** The previous and next lessons of the path. */
export function LessonPager({ lessonId }: { lessonId: LessonId }) {
  const { t } = useTranslation('learn')
  const { t: common } = useTranslation()
  const lang = useCurrentLanguage()
  const index = LESSON_IDS.indexOf(lessonId)
  const previous = LESSON_IDS[index - 1]
  const next = LESSON_IDS[index + 1]
  return (
    <nav className="lesson-pager" aria-label={t('lesson.pagination')}>
      {previous ? (
        <Link to="/$lang/learn/$lesson/" params={{ lang, lesson: previous }} rel="prev">
          {t('lesson.previous', { title: common(`lessons.${previous}`) })}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to="/$lang/learn/$lesson/" params={{ lang, lesson: next }} rel="next">
          {t('lesson.next', { title: common(`lessons.${next}`) })}
        </Link>
      ) : (
        <Link to="/$lang/learn/" params={{ lang }}>
          {t('lesson.all')}
        </Link>
      )}
    </nav>
  )
}
