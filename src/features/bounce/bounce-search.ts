// The bounce page's only URL state: `?example=<scenario id>`, the bounce a simulator scenario ends
// in (never pasted text, which stays out of the URL). An unknown id is dropped, not an error.
import { isScenarioId, type ScenarioId } from '../../smtp/scenarios/scenario-ids'

export interface BounceSearch {
  example?: ScenarioId
}

export function parseBounceSearch(raw: Record<string, unknown>): BounceSearch {
  return isScenarioId(raw.example) ? { example: raw.example } : {}
}
