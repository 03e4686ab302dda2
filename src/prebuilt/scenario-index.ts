// Where a code occurs in the scenarios, looked up in an index computed at build time
// (build/scenario-modules-plugin.ts). Code and compare pages use this instead of `scenariosWithCode`
// so they neither load nor run the engine; only types come from the scenario modules.

import index from 'virtual:scenario-index'
import type { ScenarioId } from '../smtp/scenarios/scenario-ids'

/** Same answer as `scenariosWithCode(code)` in scenarios.ts: each scenario with its first step. */
export function scenarioStepsWithCode(code: string): readonly { scenarioId: ScenarioId; step: number }[] {
  // Own keys only: a code like 'constructor' must not find Object.prototype's.
  return (Object.hasOwn(index, code) && index[code]) || []
}
