import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { ComparePairPage } from '../../../features/compare/compare-pair-page'
import { comparePairLocaleFiles } from '../../../features/compare/locale-files'
import { comparePairHead } from '../../../features/compare/pair-head'

export const Route = createFileRoute('/$lang/compare/$a/$b')({
  staticData: {
    localeFiles: ({ a = '', b = '' }) => comparePairLocaleFiles(a, b),
    prerenderParams: async () =>
      (await import('../../../features/compare/prerender-params')).comparePairParams(),
  },
  // The head needs the catalogues: computed by the loader, which loads with the page's own chunk.
  loader: ({ params, context }) => ({ head: comparePairHead(context.i18n, params.a, params.b) }),
  head: ({ match, loaderData }) => (loaderData ? headTags(match.context.i18n, loaderData.head) : {}),
  component: ComparePairRoute,
})

function ComparePairRoute() {
  const { a, b } = Route.useParams()
  return <ComparePairPage a={a} b={b} />
}
