// The simulator's scenarios and the terminal's greetings, as the engine produced them at build time
// (build/scenario-modules-plugin.ts): the page plays and shows them without the engine itself.
import data from 'virtual:simulator-data'
import type { PresetId } from '../smtp/engine/policy'
import type { ScenarioId } from '../smtp/scenarios/scenario-ids'
import type { ScenarioRun } from '../smtp/scenarios/scenarios'
import type { TerminalGreeting } from '../smtp/scenarios/terminal-session'

export function scenarioRun(id: ScenarioId): ScenarioRun {
  return data.runs[id]
}

export function terminalGreeting(preset: PresetId): TerminalGreeting {
  return data.terminalGreetings[preset]
}
