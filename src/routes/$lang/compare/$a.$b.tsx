import { createFileRoute } from '@tanstack/react-router'
import { HydrateOnIntent } from '../../../components/hydrate-on-intent'
import { headTags } from '../../../components/page-head'
import { loadUnlessFirstPage } from '../../../components/page-parts'
import { comparePairLocaleFiles } from '../../../features/compare/locale-files'
import { pairPageParts } from '../../../features/compare/pair-page-parts'

export const Route = createFileRoute('/$lang/compare/$a/$b')({
  staticData: {
    localeFiles: ({ a = '', b = '' }) => comparePairLocaleFiles(a, b),
    bodyOnIntent: true,
    prerenderParams: async () =>
      (await import('../../../features/compare/prerender-params')).comparePairParams(),
  },
  // The card, its text and the catalogues its head needs load together, apart from the route tree;
  // on the first page only once it is used (the HTML has the head and the body already).
  loader: ({ params, context, preload }) =>
    loadUnlessFirstPage(pairPageParts(context.i18n, params.lang, params.a, params.b), preload),
  head: ({ match, loaderData }) => (loaderData ? headTags(match.context.i18n, loaderData.head) : {}),
  component: ComparePairRoute,
})

function ComparePairRoute() {
  const { lang, a, b } = Route.useParams()
  const { i18n } = Route.useRouteContext()
  return <HydrateOnIntent parts={pairPageParts(i18n, lang, a, b)} />
}
