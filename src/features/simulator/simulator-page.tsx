import { getRouteApi } from '@tanstack/react-router'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { LearnLink } from '../../components/learn-link'
import { PageHeader } from '../../components/page-header'
import { scenarioRun } from '../../prebuilt/simulator-data'
import { lessonForScenario } from '../../smtp/lessons/lessons'
import { isScenarioId, type ScenarioId } from '../../smtp/scenarios/scenario-ids'
import { ScenarioPicker } from './scenario-picker'
import { ScenarioPlayer } from './scenario-player'
import { DEFAULT_SCENARIO } from './simulator-search'
import { clampStep } from './step-clamp'
import { LazyTerminal } from './terminal/lazy-terminal'
import { useReadyMarker } from './use-ready-marker'
import './simulator.css'
import { simulatorHead } from './head'

const route = getRouteApi('/$lang/simulator')

export function SimulatorPage() {
  const { i18n } = useTranslation()
  // Only a URL without search params is hydrated (main.tsx): a deep link to a step renders from
  // scratch, so reading the params here never makes the first render differ from the markup.
  const search = route.useSearch()
  const ready = useReadyMarker()
  const navigate = route.useNavigate()
  // Stable, so the memoised picker skips the re-render on every step.
  const pickScenario = useCallback(
    (id: ScenarioId) => void navigate({ to: './', search: { scenario: id, step: 0 }, resetScroll: false }),
    [navigate],
  )
  // Checked again here: the parent route passes the raw param through, so 'nope' can arrive.
  const scenario = scenarioRun(isScenarioId(search.scenario) ? search.scenario : DEFAULT_SCENARIO)
  const steps = scenario.steps
  const step = clampStep(scenario.id, search.step)

  const go = (id: ScenarioId, n: number, replace: boolean) =>
    void navigate({ to: './', search: { scenario: id, step: n }, replace, resetScroll: false })

  return (
    <div className="page simulator" ref={ready}>
      <PageHeader {...simulatorHead(i18n)}>
        <LearnLink lesson={lessonForScenario(scenario.id)} />
      </PageHeader>
      <ScenarioPicker current={scenario.id} onChange={pickScenario} />
      {/* A new scenario is a new player: playback, phase and guesses start fresh. */}
      <ScenarioPlayer
        key={scenario.id}
        scenario={scenario}
        steps={steps}
        step={step}
        setStep={(n, replace) => go(scenario.id, n, replace)}
      />
      <LazyTerminal />
    </div>
  )
}
