// The simulator's scenario ids, in the order the picker shows them. Kept apart from the scenarios
// themselves (scenarios-data.ts) so that checking a `?scenario=` param costs the first download
// a list of names, not the scripts, policies and engine helpers.
export const SCENARIO_IDS = [
  'happy-path',
  'greylisting',
  'unknown-user',
  'mailbox-full',
  'message-too-large',
  'relay-denied',
  'auth-required',
  'auth-failed',
  'tls-required',
  'too-many-recipients',
  'rate-limit',
  'helo-basic',
  'bad-sequence',
  'connection-refused',
] as const

export type ScenarioId = (typeof SCENARIO_IDS)[number]

export function isScenarioId(id: unknown): id is ScenarioId {
  return (SCENARIO_IDS as readonly unknown[]).includes(id)
}
