import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../../components/page-head'
import { CodesPage } from '../../../features/codes/codes-page'
import { validateCodesSearch } from '../../../features/codes/codes-search-params'
import { codesHead } from '../../../features/codes/head'
import { codesLocaleFiles } from '../../../features/codes/locale-files'

// `?q=&class=&stage=&provenance=`; see codes-search-params.ts for the fallbacks.
export const Route = createFileRoute('/$lang/codes/')({
  staticData: { localeFiles: codesLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, codesHead(match.context.i18n)),
  validateSearch: validateCodesSearch,
  component: CodesPage,
})
