import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { CompareIndexPage } from '../../../features/compare/compare-index-page'
import { compareIndexHead } from '../../../features/compare/head'
import { compareLocaleFiles } from '../../../features/compare/locale-files'

/**
 * `?a=550&b=5.1.1` pre-fills the pickers. Links may pass a basic code as a number so the URL reads
 * `?a=550` rather than the JSON-quoted `?a=%22550%22`; the page always receives strings.
 * Anything else (objects, long text) is dropped rather than rejected.
 */
type CodeInput = string | number | undefined
const code = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string' && value.length <= 12
      ? value
      : undefined

export const Route = createFileRoute('/$lang/compare/')({
  staticData: { localeFiles: compareLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, compareIndexHead(match.context.i18n)),
  validateSearch: (search: { a?: CodeInput; b?: CodeInput } & SearchSchemaInput) => {
    const a = code(search.a)
    const b = code(search.b)
    return { ...(a ? { a } : {}), ...(b ? { b } : {}) } as { a?: string; b?: string }
  },
  component: CompareIndexRoute,
})

function CompareIndexRoute() {
  const { a, b } = Route.useSearch()
  return <CompareIndexPage initialA={a ?? ''} initialB={b ?? ''} />
}
