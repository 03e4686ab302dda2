import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { learnIndexHead } from '../../../features/learn/head'
import { LearnIndexPage } from '../../../features/learn/learn-index-page'
import { learnLocaleFiles } from '../../../features/learn/locale-files'

export const Route = createFileRoute('/$lang/learn/')({
  staticData: { localeFiles: learnLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, learnIndexHead(match.context.i18n)),
  component: LearnIndexPage,
})
