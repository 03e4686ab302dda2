import { createFileRoute } from '@tanstack/react-router'
import { BouncePage } from '../../features/bounce/bounce-page'
import { parseBounceSearch } from '../../features/bounce/bounce-search'
import { bounceLocaleFiles } from '../../features/bounce/locale-files'

// `?example=<scenario id>` opens the bounce a simulator scenario ends in; see bounce-search.ts.
export const Route = createFileRoute('/$lang/bounce')({
  staticData: { localeFiles: bounceLocaleFiles },
  validateSearch: parseBounceSearch,
  component: BouncePage,
})
