import { type ScenarioId, scenarioSteps } from '../../smtp/scenarios'
import { wholeStep } from './simulator-search'

/** The nearest valid step of `scenario` for any input; 0 for anything that is not a number. */
export function clampStep(scenario: ScenarioId, value: unknown): number {
  const last = Math.max(0, scenarioSteps(scenario).length - 1)
  return Math.min(last, wholeStep(value))
}
