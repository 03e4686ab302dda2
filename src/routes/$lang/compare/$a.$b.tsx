import { createFileRoute } from '@tanstack/react-router'
import { ComparePairPage } from '../../../features/compare/compare-pair-page'
import { comparePairLocaleFiles } from '../../../features/compare/locale-files'

export const Route = createFileRoute('/$lang/compare/$a/$b')({
  staticData: { localeFiles: ({ a = '', b = '' }) => comparePairLocaleFiles(a, b) },
  component: ComparePairRoute,
})

function ComparePairRoute() {
  const { a, b } = Route.useParams()
  return <ComparePairPage a={a} b={b} />
}
