import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../components/page-head'
import { homeHead } from '../../features/home/head'
import { HomePage } from '../../features/home/home-page'

export const Route = createFileRoute('/$lang/')({
  head: ({ match }) => headTags(match.context.i18n, homeHead(match.context.i18n)),
  component: HomePage,
})
