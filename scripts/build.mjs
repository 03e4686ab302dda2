// Production build: the browser bundle, a server bundle of the same app, then static HTML
// for every page (scripts/prerender.mjs). Extra arguments (--outDir X, --logLevel warn)
// go to the browser build; the prerenderer writes into the same folder.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--outDir')
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'dist')
const logLevel = args.includes('--logLevel') ? ['--logLevel', args[args.indexOf('--logLevel') + 1]] : []
// Inside the project, so the server bundle resolves react & co. from node_modules.
mkdirSync('node_modules/.cache', { recursive: true })
const serverDir = resolve(mkdtempSync('node_modules/.cache/ssr-'))
const vite = 'node_modules/.bin/vite'

const run = (cmd, cmdArgs) => {
  const { status } = spawnSync(cmd, cmdArgs, { stdio: 'inherit' })
  if (status !== 0) {
    rmSync(serverDir, { recursive: true, force: true })
    process.exit(status ?? 1)
  }
}

run(vite, ['build', ...args])
run(vite, ['build', '--ssr', 'src/entry-server.tsx', '--outDir', serverDir, '--emptyOutDir', ...logLevel])
run('node', ['scripts/prerender.mjs', outDir, join(serverDir, 'entry-server.js')])
run('node', ['scripts/service-worker.mjs', outDir])
rmSync(serverDir, { recursive: true, force: true })
