import { createFileRoute } from '@tanstack/react-router'
import { CodesPage } from '../../../features/codes/codes-page'
import { validateCodesSearch } from '../../../features/codes/codes-search-params'
import { codesLocaleFiles } from '../../../features/codes/locale-files'

// `?q=&class=&stage=&provenance=`; see codes-search-params.ts for the fallbacks.
export const Route = createFileRoute('/$lang/codes/')({
  staticData: { localeFiles: codesLocaleFiles },
  validateSearch: validateCodesSearch,
  component: CodesPage,
})
