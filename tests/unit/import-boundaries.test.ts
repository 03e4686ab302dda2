// The import rule (routes → features → components/i18n → smtp) is enforced by Biome's
// noRestrictedImports in biome.json. This plants violations in a scratch copy of the layout and
// shows the lint failing on each, and passing on allowed imports.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
