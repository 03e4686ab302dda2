// End-to-end runner: builds the production app, serves it with `vite preview` on 127.0.0.1,
// runs every tests/e2e/*.test.ts against it in the system Chromium, and stops the server.
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

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1
if (!process.env.E2E_SKIP_BUILD && run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']) !== 0)
  process.exit(1)

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address()
    probe.close(() => resolve(port))
  })
})
// Spawned directly (not through npx) so that killing it really stops the server.
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: 'ignore',
  },
)
const baseUrl = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break
  } catch {}
  if (i > 100) {
    console.error('e2e: the preview server did not start')
    server.kill()
    cleanUp()
    process.exit(1)
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
server.kill()
cleanUp()
process.exit(result.status ?? 1)
