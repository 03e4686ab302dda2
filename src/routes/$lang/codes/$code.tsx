import { createFileRoute } from '@tanstack/react-router'
import { CodePage } from '../../../features/codes/code-page'

export const Route = createFileRoute('/$lang/codes/$code')({ component: CodeRoute })

function CodeRoute() {
  const { code } = Route.useParams()
  return <CodePage code={code} />
}
