import { createFileRoute } from '@tanstack/react-router'
import { ComparePairPage } from '../../../features/compare/compare-pair-page'

export const Route = createFileRoute('/$lang/compare/$a/$b')({ component: ComparePairRoute })

function ComparePairRoute() {
  const { a, b } = Route.useParams()
  return <ComparePairPage a={a} b={b} />
}
