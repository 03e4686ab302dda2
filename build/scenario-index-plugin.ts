// Serves `virtual:scenario-index`: for every code a scenario reply carries, the scenarios and first
// steps where it occurs (what `scenariosWithCode` returns). Computed here, at build time, so code and
// compare pages ship a small object instead of running the engine on every render.
import { join, sep } from 'node:path'
import { type Plugin, runnerImport } from 'vite'
import type * as ScenariosModule from '../src/smtp/scenarios.ts'

const ID = 'virtual:scenario-index'
const RESOLVED_ID = `\0${ID}`

/** Loaded through Vite's module runner, like build/codes-json-plugin.ts, for the same reasons. */
export async function buildScenarioIndex(root: string): Promise<ScenariosModule.ScenarioCodeIndex> {
  const options = { root, configFile: false as const, logLevel: 'silent' as const }
  const { module } = await runnerImport<typeof ScenariosModule>(join(root, 'src/smtp/scenarios.ts'), options)
  return module.scenarioCodeIndex()
}

export function scenarioIndexPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'smtp-code-lab:scenario-index',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      return `export default ${JSON.stringify(await buildScenarioIndex(root))}\n`
    },
    // The index depends on the engine and scenarios, which the page itself no longer imports, so
    // nothing else would tell the dev server it is stale: any change under src/smtp/ reloads it.
    hotUpdate({ file, modules }) {
      if (!file.startsWith(join(root, 'src/smtp') + sep)) return
      const mod = this.environment.moduleGraph.getModuleById(RESOLVED_ID)
      if (!mod) return
      this.environment.moduleGraph.invalidateModule(mod)
      return [...modules, mod]
    },
  }
}
