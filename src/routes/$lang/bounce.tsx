import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../components/page-head'
import { BouncePage } from '../../features/bounce/bounce-page'
import { parseBounceSearch } from '../../features/bounce/bounce-search'
import { bounceHead } from '../../features/bounce/head'
import { bounceLocaleFiles } from '../../features/bounce/locale-files'

// `?example=<scenario id>` opens the bounce a simulator scenario ends in; see bounce-search.ts.
export const Route = createFileRoute('/$lang/bounce')({
  staticData: { localeFiles: bounceLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, bounceHead(match.context.i18n)),
  validateSearch: parseBounceSearch,
  component: BouncePage,
})
