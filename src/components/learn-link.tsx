import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { type LessonId, lessonNumber } from '../smtp/lessons/lessons'
import { useCurrentLanguage } from './current-language'

/**
 * "Learn this in lesson 4: …": the small link from a code, comparison or simulator page back to the
 * lesson that teaches it. Which lesson comes from the lesson data (lessonForCode and friends).
 */
export function LearnLink({ lesson }: { lesson: LessonId | undefined }) {
  const { t } = useTranslation()
  const lang = useCurrentLanguage()
  if (!lesson) return null
  return (
    <p className="learn-link">
      <Link to="/$lang/learn/$lesson/" params={{ lang, lesson }}>
        {t('learnLink', { n: lessonNumber(lesson), title: t(`lessons.${lesson}`) })}
      </Link>
    </p>
  )
}
