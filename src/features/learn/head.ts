import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'
import type { LessonId } from '../../smtp/lessons/lesson-ids'

export const learnIndexHead = (i18n: I18n): PageHead => ({
  title: i18n.t('pages.learn.title'),
  description: i18n.t('pages.learn.description'),
})

export const lessonHead = (i18n: I18n, lesson: LessonId): PageHead => ({
  title: i18n.t(`lessons.${lesson}`),
  description: i18n.t(`summary.${lesson}`, { ns: 'learn' }),
})
