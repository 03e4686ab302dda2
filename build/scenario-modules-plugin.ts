// Serves what the engine computes about the scenarios, at build time, as plain data:
//   virtual:scenario-index   for every code a scenario reply carries, the scenarios and first steps
//                            where it occurs (what `scenariosWithCode` returns), for code and
//                            compare pages;
//   virtual:simulator-data   every scenario's run (steps, replies, narration ids) and the terminal's
//                            greeting per server preset, for the simulator page.
// So those pages ship small objects instead of downloading and running the engine on every visit;
// the terminal loads the engine only when the learner starts typing.
import { join, sep } from 'node:path'
import { type Plugin, runnerImport } from 'vite'
import type * as ScenariosModule from '../src/smtp/scenarios/scenarios.ts'
import type * as TerminalModule from '../src/smtp/scenarios/terminal-session.ts'

const MODULES = ['virtual:scenario-index', 'virtual:simulator-data'] as const
type ModuleId = (typeof MODULES)[number]
const resolved = (id: ModuleId) => `\0${id}`

/** Loaded through Vite's module runner, like build/codes-json-plugin.ts, for the same reasons. */
async function load<T>(root: string, file: string): Promise<T> {
  const options = { root, configFile: false as const, logLevel: 'silent' as const }
  return (await runnerImport<T>(join(root, file), options)).module
}

export async function buildScenarioModule(root: string, id: ModuleId): Promise<unknown> {
  const scenarios = await load<typeof ScenariosModule>(root, 'src/smtp/scenarios/scenarios.ts')
  if (id === 'virtual:scenario-index') return scenarios.scenarioCodeIndex()
  const terminal = await load<typeof TerminalModule>(root, 'src/smtp/scenarios/terminal-session.ts')
  return { runs: scenarios.scenarioRuns(), terminalGreetings: terminal.terminalGreetings() }
}

export function scenarioModulesPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'smtp-code-lab:scenario-modules',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return MODULES.find((m) => m === id) ? `\0${id}` : undefined
    },
    async load(id) {
      const module = MODULES.find((m) => resolved(m) === id)
      if (!module) return undefined
      return `export default ${JSON.stringify(await buildScenarioModule(root, module))}\n`
    },
    // The data depends on the engine and scenarios, which the pages no longer import, so nothing
    // else would tell the dev server it is stale: any change under src/smtp/ reloads it.
    hotUpdate({ file, modules }) {
      if (!file.startsWith(join(root, 'src/smtp') + sep)) return
      const stale = MODULES.flatMap((m) => this.environment.moduleGraph.getModuleById(resolved(m)) ?? [])
      for (const mod of stale) this.environment.moduleGraph.invalidateModule(mod)
      return [...modules, ...stale]
    },
  }
}
