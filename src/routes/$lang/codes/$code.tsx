import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { CodePage } from '../../../features/codes/code-page'
import { codePageHead } from '../../../features/codes/code-page-head'
import { codePageLocaleFiles } from '../../../features/codes/locale-files'
import { loadRegistryText } from '../../../features/codes/registry-text'

export const Route = createFileRoute('/$lang/codes/$code')({
  staticData: {
    localeFiles: ({ code = '' }) => codePageLocaleFiles(code),
    prerenderParams: async () => (await import('../../../features/codes/prerender-params')).codePageParams(),
  },
  // The head needs the catalogues: computed by the loader, which loads with the page's own chunk.
  loader: async ({ params, context }) => ({
    registryText: await loadRegistryText(params.code),
    head: codePageHead(context.i18n, params.code),
  }),
  head: ({ match, loaderData }) => (loaderData ? headTags(match.context.i18n, loaderData.head) : {}),
  component: CodeRoute,
})

function CodeRoute() {
  const { code } = Route.useParams()
  const { registryText } = Route.useLoaderData()
  return <CodePage code={code} registryText={registryText} />
}
