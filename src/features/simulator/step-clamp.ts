import { scenarioRun } from '../../prebuilt/simulator-data'
import type { ScenarioId } from '../../smtp/scenarios/scenario-ids'
import { wholeStep } from './simulator-search'

/** The nearest valid step of `scenario` for any input; 0 for anything that is not a number. */
export function clampStep(scenario: ScenarioId, value: unknown): number {
  const last = Math.max(0, scenarioRun(scenario).steps.length - 1)
  return Math.min(last, wholeStep(value))
}
