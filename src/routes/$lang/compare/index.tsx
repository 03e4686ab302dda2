import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { CompareIndexPage } from '../../../features/compare/compare-index-page'
import { parseCompareSearch } from '../../../features/compare/compare-search'
import { compareIndexHead } from '../../../features/compare/head'
import { compareLocaleFiles } from '../../../features/compare/locale-files'

// `?a=550&b=5.1.1` pre-fills the pickers; see compare-search.ts.
export const Route = createFileRoute('/$lang/compare/')({
  staticData: { localeFiles: compareLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, compareIndexHead(match.context.i18n)),
  validateSearch: parseCompareSearch,
  component: CompareIndexRoute,
})

function CompareIndexRoute() {
  const { a, b } = Route.useSearch()
  return <CompareIndexPage initialA={a ?? ''} initialB={b ?? ''} />
}
