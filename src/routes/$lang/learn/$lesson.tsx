import { createFileRoute, notFound } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { lessonHead } from '../../../features/learn/head'
import { LessonPage } from '../../../features/learn/lesson-page'
import { lessonLocaleFiles, lessonPrerenderParams } from '../../../features/learn/locale-files'
import { isLessonId } from '../../../smtp/lessons/lesson-ids'

// `/{lang}/learn/{lesson}/`: an unknown lesson is the app's translated not-found page.
export const Route = createFileRoute('/$lang/learn/$lesson')({
  staticData: {
    localeFiles: ({ lesson = '' }) => (isLessonId(lesson) ? lessonLocaleFiles(lesson) : []),
    prerenderParams: lessonPrerenderParams,
  },
  beforeLoad: ({ params }) => {
    if (!isLessonId(params.lesson)) throw notFound()
  },
  head: ({ match, params }) =>
    isLessonId(params.lesson)
      ? headTags(match.context.i18n, lessonHead(match.context.i18n, params.lesson))
      : {},
  component: LessonRoute,
})

function LessonRoute() {
  const { lesson } = Route.useParams()
  return isLessonId(lesson) ? <LessonPage key={lesson} lessonId={lesson} /> : null
}
