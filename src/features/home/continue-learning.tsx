import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useLearnProgress } from '../../components/learn-progress'
import { firstUnfinished, hasProgress } from '../../smtp/lessons/progress'

/**
 * "Continue where you left off": the first unfinished lesson, once the visitor has any progress.
 * Rendered only after the browser has read the progress (the prerendered page has none), so the
 * hydrating render matches the server's HTML and the link appears just after.
 */
export function ContinueLearning() {
  const { t } = useTranslation()
  const lang = useCurrentLanguage()
  const { progress, loaded } = useLearnProgress()
  const lesson = loaded && hasProgress(progress) ? firstUnfinished(progress) : undefined
  if (!lesson) return null
  return (
    <p className="continue-learning">
      <Link to="/$lang/learn/$lesson/" params={{ lang, lesson }}>
        {t('home.continue', { title: t(`lessons.${lesson}`) })}
      </Link>
    </p>
  )
}
