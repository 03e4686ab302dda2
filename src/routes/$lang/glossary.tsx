import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../components/page-head'
import { GlossaryPage } from '../../features/glossary/glossary-page'
import { glossaryHead } from '../../features/glossary/head'

export const Route = createFileRoute('/$lang/glossary')({
  head: ({ match }) => headTags(match.context.i18n, glossaryHead(match.context.i18n)),
  component: GlossaryPage,
})
