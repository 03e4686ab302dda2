import { createFileRoute } from '@tanstack/react-router'
import { simulatorLocaleFiles } from '../../features/simulator/locale-files'
import { SimulatorPage } from '../../features/simulator/simulator-page'
import { parseSimulatorSearch } from '../../features/simulator/simulator-search'

// `?scenario=<id>&step=<n>` (step 0-based); see simulator-search.ts for the fallbacks.
export const Route = createFileRoute('/$lang/simulator')({
  staticData: { localeFiles: simulatorLocaleFiles },
  validateSearch: parseSimulatorSearch,
  component: SimulatorPage,
})
