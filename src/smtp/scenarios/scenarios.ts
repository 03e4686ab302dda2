// Running the named scenarios through the engine, and finding where a code occurs so
// code pages can link to "see it in the simulator".
//
//   runScenario(findScenario('greylisting')!)  → ScenarioStep[]
//   firstStepWithCode('greylisting', '450')     → 3
//   scenariosWithCode('5.1.1')                  → [{ scenarioId: 'unknown-user', step: 4 }]

import type { SessionState } from '../engine/context'
import type { Reply } from '../engine/reply'
import { createSession } from '../engine/session'
import { dsnForRun } from './dsn-writer'
import { isScenarioId } from './scenario-ids'
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios-data'
import { type NarrationRef, NO_REPLY_KEY, narrateCommand, narrateReply } from './scenarios-narration'

export type { Scenario, ScenarioId } from './scenarios-data'
export { SCENARIOS } from './scenarios-data'
export type { NarrationRef } from './scenarios-narration'

export interface ScenarioStep {
  index: number
  /**
   * 'connect' is the TCP connection and greeting; 'message' is the content after 354 up to '.';
   * 'batch' is several commands sent at once (PIPELINING), with one reply each, in order.
   */
  kind: 'connect' | 'command' | 'message' | 'batch'
  sent: string[]
  replies: Reply[]
  /** The code of the step's (last) reply; absent only if the server said nothing. */
  code?: string
  enhanced?: string
  narration: { command?: NarrationRef; reply: NarrationRef }
  /** On a 'connect' step that retries: the minutes since the previous session ended. */
  laterMinutes?: number
  /** Where the session is after this step, and the commands the engine would take now. */
  session: { state: SessionState; allowed: string[] }
}

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id)
}

export { isScenarioId } from './scenario-ids'

/**
 * Runs a scenario's script through a fresh engine session. Stops when the server closes
 * the connection; lines left in the script after that are not sent (the scenario test
 * checks there are none).
 */
export function runScenario(scenario: Scenario): ScenarioStep[] {
  // One greylist for the scenario's sessions, as a real server keeps one: the retry is recognised.
  const greylist = new Set<string>()
  const open = () => createSession({ policy: scenario.policy, hostname: scenario.server.host, greylist })
  let session = open()
  const context = { session, server: scenario.server.host, client: scenario.client.host }
  const steps: ScenarioStep[] = []
  const push = (
    kind: ScenarioStep['kind'],
    sent: string[],
    replies: Reply[],
    command?: NarrationRef,
    laterMinutes?: number,
  ) => {
    const main = replies[replies.length - 1]
    const line = kind === 'command' ? sent[0] : undefined
    const reply = main
      ? narrateReply(main, { ...context, ...(line === undefined ? {} : { line }) })
      : { key: NO_REPLY_KEY }
    steps.push({
      index: steps.length,
      kind,
      sent,
      replies,
      ...(main ? { code: main.code } : {}),
      ...(main?.enhanced ? { enhanced: main.enhanced } : {}),
      narration: command ? { command, reply } : { reply },
      ...(laterMinutes === undefined ? {} : { laterMinutes }),
      session: { state: session.state, allowed: session.allowedCommands() },
    })
  }
  push('connect', [], session.open())
  const script = scenario.script
  let i = 0
  while (i < script.length) {
    const next = script[i]
    if (typeof next === 'object' && !Array.isArray(next)) {
      // A retry: the previous session is over; a new connection, some minutes later.
      if (!session.closed) break
      i++
      session = open()
      context.session = session
      push('connect', [], session.open(), undefined, next.laterMinutes)
      continue
    }
    if (session.closed) break
    const before = session.state
    if (before === 'data') {
      const sent: string[] = []
      let replies: Reply[] = []
      while (i < script.length && replies.length === 0) {
        const item = script[i++] ?? ''
        const line = typeof item === 'string' ? item : Array.isArray(item) ? item.join(' ') : ''
        sent.push(line)
        replies = session.receive(line)
      }
      push('message', sent, replies, narrateCommand(sent[0] ?? '', before))
      continue
    }
    const item = script[i++] ?? ''
    if (Array.isArray(item)) {
      // RFC 2920 §3.2: the server answers each command of the batch, in order.
      const replies = item.flatMap((line) => session.receive(line))
      push('batch', item, replies, { key: 'pipelined', params: { count: String(item.length) } })
      continue
    }
    if (typeof item === 'string') push('command', [item], session.receive(item), narrateCommand(item, before))
  }
  return steps
}

/** A scenario as the simulator plays it: who talks to whom, and the steps the engine produced. */
export interface ScenarioRun {
  id: ScenarioId
  client: { host: string }
  server: { host: string }
  steps: ScenarioStep[]
  /** A recipient was refused for good, so the sending server returns a bounce (dsn-writer.ts). */
  bounces: boolean
}

/** Every scenario's run, in picker order: computed at build time for the simulator page. */
export function scenarioRuns(): Record<ScenarioId, ScenarioRun> {
  return Object.fromEntries(
    SCENARIOS.map(({ id, client, server }) => {
      const steps = scenarioSteps(id)
      const run = { id, client, server, steps: steps.map(withoutHosts), bounces: false }
      return [id, { ...run, bounces: dsnForRun({ ...run, steps }) !== undefined }]
    }),
  ) as Record<ScenarioId, ScenarioRun>
}

/**
 * The page ships the runs as data: the two host names every narration repeats are dropped, and
 * the page puts back its run's hosts (features/simulator/use-narration.ts) when it words a step.
 */
function withoutHosts(step: ScenarioStep): ScenarioStep {
  const strip = (ref: NarrationRef): NarrationRef => {
    if (!ref.params) return ref
    const { server: _server, client: _client, ...params } = ref.params
    return { ...ref, params }
  }
  const { command, reply } = step.narration
  return {
    ...step,
    narration: command ? { command: strip(command), reply: strip(reply) } : { reply: strip(reply) },
  }
}

const cache = new Map<ScenarioId, ScenarioStep[]>()

/** Memoised run: the engine is deterministic, so a scenario's transcript never changes. */
export function scenarioSteps(id: ScenarioId): ScenarioStep[] {
  let steps = cache.get(id)
  if (!steps) {
    const scenario = findScenario(id)
    steps = scenario ? runScenario(scenario) : []
    cache.set(id, steps)
  }
  return steps
}

/** True if a reply has this basic ('550') or enhanced ('5.1.1') code. */
function replyHas(reply: Reply, code: string): boolean {
  return code.includes('.') ? reply.enhanced === code : reply.code === code
}

/** Index of the first step whose replies carry `code` (basic or enhanced), or undefined. */
export function firstStepWithCode(scenarioId: string, code: string): number | undefined {
  if (!isScenarioId(scenarioId)) return undefined
  const step = scenarioSteps(scenarioId).find((s) => s.replies.some((r) => replyHas(r, code)))
  return step?.index
}

/** Every scenario in which `code` occurs, with the first step where it does. */
export function scenariosWithCode(code: string): { scenarioId: ScenarioId; step: number }[] {
  const found: { scenarioId: ScenarioId; step: number }[] = []
  for (const s of SCENARIOS) {
    const step = firstStepWithCode(s.id, code)
    if (step !== undefined) found.push({ scenarioId: s.id, step })
  }
  return found
}

export type ScenarioCodeIndex = Record<string, { scenarioId: ScenarioId; step: number }[]>

/**
 * `scenariosWithCode` for every basic and enhanced code any scenario reply carries. Built once at
 * build time (build/scenario-modules-plugin.ts) so code and compare pages need not run the engine.
 */
export function scenarioCodeIndex(): ScenarioCodeIndex {
  const codes = new Set<string>()
  for (const s of SCENARIOS)
    for (const step of scenarioSteps(s.id))
      for (const reply of step.replies) {
        codes.add(reply.code)
        if (reply.enhanced) codes.add(reply.enhanced)
      }
  return Object.fromEntries([...codes].sort().map((code) => [code, scenariosWithCode(code)]))
}
