// The simulator's shareable state: `?scenario=<id>&step=<n>`.
//
// `step` is 0-based, like ScenarioStep.index and firstStepWithCode(), so a code page can
// link with `step: firstStepWithCode(id, code)` as is. Step 0 is the TCP connect and the
// greeting. Bad values never throw: an unknown scenario falls back to the happy path and an
// out-of-range or fractional step to the nearest valid one.
import { isScenarioId, type ScenarioId, scenarioSteps } from '../../smtp/scenarios'

export const DEFAULT_SCENARIO: ScenarioId = 'happy-path'

/** Optional in the type so plain links to the page (the main menu) need no search params. */
export interface SimulatorSearch {
  scenario?: ScenarioId
  step?: number
}

/**
 * Absent params stay absent (the page applies the defaults): filling them in here would make
 * the router treat `/en/simulator/` as non-canonical and redirect, which breaks prerendering.
 */
export function parseSimulatorSearch(raw: Record<string, unknown>): SimulatorSearch {
  const valid = typeof raw.scenario === 'string' && isScenarioId(raw.scenario)
  const scenario = valid ? (raw.scenario as ScenarioId) : DEFAULT_SCENARIO
  return {
    ...(valid ? { scenario } : {}),
    ...(raw.step === undefined ? {} : { step: clampStep(scenario, raw.step) }),
  }
}

/** The nearest valid step of `scenario` for any input; 0 for anything that is not a number. */
export function clampStep(scenario: ScenarioId, value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  if (!Number.isFinite(n)) return 0
  const last = Math.max(0, scenarioSteps(scenario).length - 1)
  return Math.min(last, Math.max(0, Math.round(n)))
}
