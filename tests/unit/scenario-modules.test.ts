// The build-time modules (build/scenario-modules-plugin.ts) that pages read instead of running the
// engine must hold exactly what running the scenarios and the terminal's sessions gives now.
import index from 'virtual:scenario-index'
import simulatorData from 'virtual:simulator-data'
import { describe, expect, it } from 'vitest'
import { withHosts } from '../../src/features/simulator/use-narration'
import { scenarioStepsWithCode } from '../../src/prebuilt/scenario-index'
import { scenarioRun, terminalGreeting } from '../../src/prebuilt/simulator-data'
import { ENHANCED_CODES } from '../../src/smtp/codes/enhanced-codes'
import { REPLY_CODES } from '../../src/smtp/codes/reply-codes'
import { PRESET_IDS } from '../../src/smtp/engine/policy'
import { SCENARIO_IDS } from '../../src/smtp/scenarios/scenario-ids'
import {
  runScenario,
  SCENARIOS,
  scenarioCodeIndex,
  scenariosWithCode,
} from '../../src/smtp/scenarios/scenarios'
import { openTerminalSession, sendTerminalLine } from '../../src/smtp/scenarios/terminal-session'

const basic = REPLY_CODES.map((r) => r.code)
const enhanced = ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`))
// Every class compare pages try for an 'X.y.z' code, even where the registry does not list it.
const anyClass = ENHANCED_CODES.flatMap((e) => ['2', '4', '5'].map((cls) => `${cls}.${e.id}`))

describe('scenario index', () => {
  it('matches scenariosWithCode for every basic code', () => {
    for (const code of basic) expect(scenarioStepsWithCode(code), code).toEqual(scenariosWithCode(code))
  })

  it('matches scenariosWithCode for every enhanced code, in any class', () => {
    for (const code of new Set([...enhanced, ...anyClass]))
      expect(scenarioStepsWithCode(code), code).toEqual(scenariosWithCode(code))
  })

  it('is the same object the engine builds, with no empty or extra entries', () => {
    expect(index).toEqual(scenarioCodeIndex())
    for (const [code, steps] of Object.entries(index)) expect(steps.length, code).toBeGreaterThan(0)
  })

  it('finds the everyday codes', () => {
    for (const code of ['250', '550', '5.1.1'])
      expect(scenarioStepsWithCode(code).length, code).toBeGreaterThan(0)
  })

  it('answers nothing for codes no scenario shows, or for inherited keys', () => {
    expect(scenarioStepsWithCode('999')).toEqual([])
    expect(scenarioStepsWithCode('constructor')).toEqual([])
  })
})

describe('simulator data', () => {
  it('holds every scenario as the engine runs it now, in picker order', () => {
    expect(Object.keys(simulatorData.runs)).toEqual([...SCENARIO_IDS])
    for (const scenario of SCENARIOS) {
      const run = scenarioRun(scenario.id)
      // The page's copy leaves out the hosts every narration repeats, and puts the run's back.
      const hosts = { client: scenario.client.host, server: scenario.server.host }
      const restored = run.steps.map((step) => ({
        ...step,
        narration: {
          ...(step.narration.command ? { command: withHosts(step.narration.command, hosts) } : {}),
          reply: withHosts(step.narration.reply, hosts),
        },
      }))
      const fresh = runScenario(scenario).map((step) => ({
        ...step,
        narration: {
          ...(step.narration.command ? { command: withHosts(step.narration.command, hosts) } : {}),
          reply: withHosts(step.narration.reply, hosts),
        },
      }))
      expect(restored, scenario.id).toEqual(fresh)
      expect([run.client, run.server], scenario.id).toEqual([scenario.client, scenario.server])
    }
  })

  it("holds every terminal preset's greeting, equal to a live connection's", () => {
    for (const preset of PRESET_IDS)
      expect(terminalGreeting(preset), preset).toEqual(openTerminalSession(preset).greeting)
    expect(terminalGreeting('default').replies.map((r) => r.reply.code)).toEqual(['220'])
    // RFC 5321 §3.1: a server that refuses says 554 and waits for QUIT.
    expect(terminalGreeting('connection-refused').replies.map((r) => r.reply.code)).toEqual(['554'])
  })

  it('lets the terminal carry on from a greeting with a live session', () => {
    const { session } = openTerminalSession('default')
    const [reply] = sendTerminalLine(session, 'EHLO me.example')
    expect(reply?.reply.code).toBe('250')
    expect(reply?.narration.params).toMatchObject({ client: 'me.example' })
  })
})
