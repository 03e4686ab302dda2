// End-to-end runner: builds the production app into a private folder, serves it with
// `vite preview` on 127.0.0.1, runs tests/e2e/*.test.ts against it in the system Chromium,
// and stops the server. `node tests/e2e/run.mjs simulator` runs only files matching "simulator".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildInto, startPreview } from '../../scripts/preview.mjs'

const root = join(import.meta.dirname, '../..')
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(chrome)) {
  console.error(
    `e2e: no Chromium at ${chrome}. Install it with "apt-get update && apt-get install -y chromium" ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  )
  process.exit(1)
}

// A private output folder, so concurrent runs (or a developer's own dist/) never clash.
const outDir = mkdtempSync(join(tmpdir(), 'e2e-dist-'))
let preview
const finish = (code) => {
  preview?.stop()
  rmSync(outDir, { recursive: true, force: true })
  process.exit(code)
}

if (!buildInto(outDir)) finish(1)
try {
  preview = await startPreview(outDir)
} catch (error) {
  console.error(`e2e: ${error.message}`)
  finish(1)
}

const only = process.argv.slice(2)
const files = readdirSync(join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.test.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => join('tests/e2e', f))
const result = spawnSync('node_modules/.bin/tsx', ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: preview.url, CHROME_PATH: chrome },
})
finish(result.status ?? 1)
