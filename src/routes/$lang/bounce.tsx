import { createFileRoute } from '@tanstack/react-router'
import { BouncePage } from '../../features/bounce/bounce-page'
import { parseBounceSearch } from '../../features/bounce/bounce-search'

// `?example=<scenario id>` opens the bounce a simulator scenario ends in; see bounce-search.ts.
export const Route = createFileRoute('/$lang/bounce')({
  validateSearch: parseBounceSearch,
  component: BouncePage,
})
