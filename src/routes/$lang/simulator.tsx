import { createFileRoute } from '@tanstack/react-router'
import { headTags } from '../../components/page-head'
import { simulatorHead } from '../../features/simulator/head'
import { simulatorLocaleFiles } from '../../features/simulator/locale-files'
import { SimulatorPage } from '../../features/simulator/simulator-page'
import { parseSimulatorSearch } from '../../features/simulator/simulator-search'

// `?scenario=<id>&step=<n>` (step 0-based); see simulator-search.ts for the fallbacks.
export const Route = createFileRoute('/$lang/simulator')({
  staticData: { localeFiles: simulatorLocaleFiles },
  head: ({ match }) => headTags(match.context.i18n, simulatorHead(match.context.i18n)),
  validateSearch: parseSimulatorSearch,
  component: SimulatorPage,
})
