import { createFileRoute, notFound } from '@tanstack/react-router'
import { LessonPage } from '../../../features/learn/lesson-page'
import { isLessonId } from '../../../smtp/lessons/lesson-ids'

// `/{lang}/learn/{lesson}/`: an unknown lesson is the app's translated not-found page.
export const Route = createFileRoute('/$lang/learn/$lesson')({
  beforeLoad: ({ params }) => {
    if (!isLessonId(params.lesson)) throw notFound()
  },
  component: LessonRoute,
})

function LessonRoute() {
  const { lesson } = Route.useParams()
  return isLessonId(lesson) ? <LessonPage key={lesson} lessonId={lesson} /> : null
}
