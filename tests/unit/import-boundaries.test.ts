// The import rule (routes → features → components/i18n → smtp) is enforced by Biome's
// noRestrictedImports in biome.json. This plants violations in a scratch copy of the layout and
// shows the lint failing on each, and passing on allowed imports.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const scratch = mkdtempSync(join(tmpdir(), 'boundaries-'))
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'))
// The scratch folder is no git checkout; only the lint rules matter here.
writeFileSync(
  join(scratch, 'biome.json'),
  JSON.stringify({ ...config, vcs: { enabled: false }, assist: { enabled: false } }),
)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Lints one file at `path` (relative to the scratch root) holding `source`; the restricted-import diagnostics. */
function lint(path: string, source: string): string[] {
  const file = join(scratch, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, source)
  const run = spawnSync(join(root, 'node_modules/.bin/biome'), ['lint', '--max-diagnostics=50', path], {
    cwd: scratch,
    encoding: 'utf8',
  })
  rmSync(file)
  return `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('lint/style/noRestrictedImports'))
}

describe('the import rule', () => {
  it('keeps React, i18n, routes, features and build-time data out of the domain', () => {
    for (const source of [
      "import { useState } from 'react'",
      "import i18next from 'i18next'",
      "import { Link } from '@tanstack/react-router'",
      "import data from 'virtual:simulator-data'",
      "import { BouncePage } from '../features/bounce/bounce-page'",
      "import { CodeChip } from '../components/code-chip'",
      "import { fold } from '../i18n/fold'",
      "import { scenarioRun } from '../prebuilt/simulator-data'",
    ])
      expect(lint('src/smtp/planted.ts', `${source}\n`), source).toHaveLength(1)
    expect(
      lint('src/smtp/planted.ts', "import { parseEnhancedCode } from './enhanced-code-shape'\n"),
    ).toEqual([])
  })

  it('keeps features apart from each other and from routes', () => {
    expect(
      lint('src/features/simulator/planted.tsx', "import { BouncePage } from '../bounce/bounce-page'\n"),
    ).toHaveLength(1)
    expect(
      lint('src/features/simulator/terminal/planted.tsx', "import { x } from '../../codes/codes-page'\n"),
    ).toHaveLength(1)
    expect(
      lint('src/features/codes/planted.tsx', "import { Route } from '../../routes/$lang'\n"),
    ).toHaveLength(1)
    expect(
      lint(
        'src/features/simulator/planted.tsx',
        "import { x } from './use-narration'\nimport { y } from '../../smtp/scenarios'\n",
      ),
    ).toEqual([])
  })

  it('keeps shared code from importing a feature', () => {
    expect(
      lint(
        'src/components/planted.tsx',
        "import { SimulatorPage } from '../features/simulator/simulator-page'\n",
      ),
    ).toHaveLength(1)
    expect(
      lint('src/i18n/planted.ts', "import { x } from '../features/codes/codes-search-params'\n"),
    ).toHaveLength(1)
  })
})

/** Type-checks `source` as a file of the domain (tsconfig.domain.json: no DOM, no Node); the errors. */
function checkAsDomain(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'domain-'))
  writeFileSync(join(dir, 'planted.ts'), source)
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.domain.json'),
      include: ['planted.ts', join(root, 'types/domain-runtime.d.ts')],
    }),
  )
  const run = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir, '--noEmit'], { encoding: 'utf8' })
  rmSync(dir, { recursive: true, force: true })
  return `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('error TS'))
}

describe('the domain type check (npm run typecheck)', () => {
  it('fails on the DOM or Node in src/smtp, and passes what browsers, workers and Node share', () => {
    for (const source of [
      'export const title = document.title',
      'export const stored = localStorage.getItem("x")',
      'export const argv = process.argv',
      'export const bytes = Buffer.from("x")',
    ])
      expect(checkAsDomain(`${source}\n`), source).toHaveLength(1)
    expect(
      checkAsDomain('export const text = new TextDecoder("utf-8").decode(new TextEncoder().encode("x"))\n'),
    ).toEqual([])
  })
})

describe('the domain under plain Node', () => {
  it('loads every module of src/smtp with tsx, outside Vite', () => {
    const modules = readdirSync(join(root, 'src/smtp'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => join(root, 'src/smtp', file))
    expect(modules.length).toBeGreaterThan(40)
    const script = `(async () => { for (const m of ${JSON.stringify(modules)}) await import(m); console.log('loaded') })()`
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--eval', script], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('loaded')
  })
})

// A route file says which feature page answers a URL and what that page needs (params, search,
// head, locale files, prerender params); the deciding itself lives in the feature or below. What
// counts as deciding here: loops, collection and string transforms, regular expressions, and
// helper functions other than the route's own component.
const ROUTE_LOGIC: [RegExp, string][] = [
  [/\b(?:for|while)\s*\(/, 'a loop'],
  [
    /\.(?:map|filter|reduce|flatMap|sort|replace|replaceAll|split|slice)\(/,
    'a collection or string transform',
  ],
  [/new RegExp|(?<![\w)\]])\/(?![/*])[^/\n]+\/[dgimsuy]*\.(?:test|exec)\(|\.match\(/, 'a regular expression'],
  [/^(?:export )?(?:async )?function (?!\w+Route\b)\w+/m, 'a helper function'],
  [/^(?:export )?const (?!Route\b)\w+ = (?:async )?\(/m, 'a helper function'],
]

function routeLogic(source: string): string[] {
  return ROUTE_LOGIC.filter(([pattern]) => pattern.test(source)).map(([, what]) => what)
}

describe('route files', () => {
  it('hold no logic: every file under src/routes passes, and planted logic is caught', () => {
    const routes = readdirSync(join(root, 'src/routes'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.tsx'),
    )
    expect(routes.length).toBeGreaterThan(10)
    for (const file of routes)
      expect(routeLogic(readFileSync(join(root, 'src/routes', file), 'utf8')), file).toEqual([])
    for (const planted of [
      'const rest = location.href.replace(/^x/, "")',
      'for (const code of codes) files.push(code)',
      'const ok = /^\\d{3}$/.test(code)',
      'function codeFiles(code: string) { return [code] }',
      'const code = (value: unknown) => String(value)',
      'staticData: { prerenderParams: () => LANGUAGES.map((lang) => ({ lang })) },',
    ])
      expect(routeLogic(planted), planted).not.toEqual([])
    expect(routeLogic('function CodeRoute() {\n  return <CodePage />\n}')).toEqual([])
  })
})
