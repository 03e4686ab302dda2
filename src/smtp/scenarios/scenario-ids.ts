// The simulator's scenario ids, in the order the picker shows them. Kept apart from the scenarios
// themselves (scenarios-data.ts) so that checking a `?scenario=` param costs the first download
// a list of names, not the scripts, policies and engine helpers.
export const SCENARIO_IDS = [
  'happy-path',
  'greylisting',
  'unknown-user',
  'pipelining',
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

export type ScenarioGroupId = 'success' | 'temporary' | 'permanent' | 'protocol'

/**
 * The picker's groups, by what the session ends in: delivery, a transient 4xx refusal the
 * client retries, a permanent 5xx refusal, or a client that breaks the protocol.
 * Labels live in locales/<lng>/simulator.json under `picker.group.<id>`.
 */
export const SCENARIO_GROUPS: readonly { id: ScenarioGroupId; scenarios: readonly ScenarioId[] }[] = [
  { id: 'success', scenarios: ['happy-path', 'helo-basic'] },
  { id: 'temporary', scenarios: ['greylisting', 'mailbox-full', 'too-many-recipients', 'rate-limit'] },
  {
    id: 'permanent',
    scenarios: [
      'unknown-user',
      'pipelining',
      'message-too-large',
      'relay-denied',
      'auth-required',
      'auth-failed',
      'tls-required',
      'connection-refused',
    ],
  },
  { id: 'protocol', scenarios: ['bad-sequence'] },
]
