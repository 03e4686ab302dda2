import { createFileRoute } from '@tanstack/react-router'
import { HydrateOnIntent } from '../../components/hydrate-on-intent'
import { headTags } from '../../components/page-head'
import { loadUnlessFirstPage } from '../../components/page-parts'
import { simulatorHead } from '../../features/simulator/head'
import { simulatorLocaleFiles } from '../../features/simulator/locale-files'
import { SIMULATOR_PAGE_KEYS } from '../../features/simulator/page-keys'
import { simulatorParts } from '../../features/simulator/simulator-parts'
import { parseSimulatorSearch } from '../../features/simulator/simulator-search'

// `?scenario=<id>&step=<n>` (step 0-based); see simulator-search.ts for the fallbacks.
export const Route = createFileRoute('/$lang/simulator')({
  staticData: { localeFiles: simulatorLocaleFiles, bodyOnIntent: true },
  head: ({ match }) => headTags(match.context.i18n, simulatorHead(match.context.i18n)),
  validateSearch: parseSimulatorSearch,
  // The simulator and its text load apart from the route tree; on the first page only once it is
  // used (the HTML shows its first step already).
  loader: ({ params, context, preload }) =>
    loadUnlessFirstPage(simulatorParts(context.i18n, params.lang), preload),
  component: SimulatorRoute,
})

function SimulatorRoute() {
  const { lang } = Route.useParams()
  const { i18n } = Route.useRouteContext()
  return <HydrateOnIntent parts={simulatorParts(i18n, lang)} pageKeys={SIMULATOR_PAGE_KEYS} />
}
