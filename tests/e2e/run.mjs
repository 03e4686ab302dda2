// End-to-end runner: builds the production app into a private folder, serves it with
// `vite preview` on 127.0.0.1, runs tests/e2e/*.test.ts against it in the system Chromium,
// and stops the server. `node tests/e2e/run.mjs simulator` runs only files matching "simulator".
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
let server
const finish = (code) => {
  server?.kill()
  rmSync(outDir, { recursive: true, force: true })
  process.exit(code)
}

const build = spawnSync(
  'npm',
  ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (build.status !== 0) finish(1)

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address()
    probe.close(() => resolve(port))
  })
})
// Spawned directly (not through npx) so that killing it really stops the server.
server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
)
const baseUrl = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break
  } catch {}
  if (i > 100) {
    console.error('e2e: the preview server did not start')
    finish(1)
  }
  await new Promise((r) => setTimeout(r, 100))
}

const only = process.argv.slice(2)
const files = readdirSync(join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.test.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => join('tests/e2e', f))
const result = spawnSync('node_modules/.bin/tsx', ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: baseUrl, CHROME_PATH: chrome },
})
finish(result.status ?? 1)
