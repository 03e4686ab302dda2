// The simulator's shareable state: `?scenario=<id>&step=<n>`.
//
// `step` is 0-based, like ScenarioStep.index and firstStepWithCode(), so a code page can
// link with `step: firstStepWithCode(id, code)` as is. Step 0 is the TCP connect and the
// greeting. Bad values never throw: an unknown scenario falls back to the happy path and a
// negative or fractional step to the nearest whole one; the page clamps a step past the end
// (clampStep), since that needs the scenario run, which the first download should not carry.
import { isScenarioId, type ScenarioId } from '../../smtp/scenarios/scenario-ids'

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
  const scenario = isScenarioId(raw.scenario) ? raw.scenario : undefined
  return {
    ...(scenario ? { scenario } : {}),
    ...(raw.step === undefined ? {} : { step: wholeStep(raw.step) }),
  }
}

/** A whole, non-negative step number; 0 for anything that is not a number. */
export function wholeStep(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0
}
