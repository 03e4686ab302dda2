import { createFileRoute } from '@tanstack/react-router'
import { HydrateOnIntent } from '../../../components/hydrate-on-intent'
import { headTags } from '../../../components/page-head'
import { loadUnlessFirstPage } from '../../../components/page-parts'
import { codePageParts } from '../../../features/codes/code-page-parts'
import { codePageLocaleFiles } from '../../../features/codes/locale-files'

export const Route = createFileRoute('/$lang/codes/$code')({
  staticData: {
    localeFiles: ({ code = '' }) => codePageLocaleFiles(code),
    bodyOnIntent: true,
    prerenderParams: async () => (await import('../../../features/codes/prerender-params')).codePageParams(),
  },
  // The page, its text and the catalogues its head needs load together, apart from the route tree;
  // on the first page only once it is used (the HTML has the head and the body already).
  loader: ({ params, context, preload }) =>
    loadUnlessFirstPage(codePageParts(context.i18n, params.lang, params.code), preload),
  head: ({ match, loaderData }) => (loaderData ? headTags(match.context.i18n, loaderData.head) : {}),
  component: CodeRoute,
})

function CodeRoute() {
  const { lang, code } = Route.useParams()
  const { i18n } = Route.useRouteContext()
  return <HydrateOnIntent parts={codePageParts(i18n, lang, code)} />
}
