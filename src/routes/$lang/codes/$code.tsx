import { createFileRoute } from '@tanstack/react-router'
import { CodePage } from '../../../features/codes/code-page'
import { codePageLocaleFiles } from '../../../features/codes/locale-files'
import { loadRegistryText } from '../../../features/codes/registry-text'

export const Route = createFileRoute('/$lang/codes/$code')({
  staticData: { localeFiles: ({ code = '' }) => codePageLocaleFiles(code) },
  loader: async ({ params }) => ({ registryText: await loadRegistryText(params.code) }),
  component: CodeRoute,
})

function CodeRoute() {
  const { code } = Route.useParams()
  const { registryText } = Route.useLoaderData()
  return <CodePage code={code} registryText={registryText} />
}
