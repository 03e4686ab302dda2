// The web server of the end-to-end tests (playwright.config.ts starts it): builds the production
// app into a private folder, so concurrent runs (or a developer's own dist/) never clash, serves it
// with `vite preview` on 127.0.0.1 at the given port, and removes the folder when stopped.
//   node scripts/e2e-server.mjs <port>
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildInto, startPreview } from './preview.mjs'

const port = Number(process.argv[2])
if (!Number.isInteger(port) || port <= 0) {
  console.error('e2e-server: usage: node scripts/e2e-server.mjs <port>')
  process.exit(1)
}

const outDir = mkdtempSync(join(tmpdir(), 'e2e-dist-'))
let preview
const finish = (code) => {
  preview?.stop()
  rmSync(outDir, { recursive: true, force: true })
  process.exit(code)
}
// Playwright stops its web server with SIGTERM (gracefulShutdown in the config); Ctrl-C sends SIGINT.
process.on('SIGTERM', () => finish(0))
process.on('SIGINT', () => finish(130))

if (!buildInto(outDir)) finish(1)
try {
  preview = await startPreview(outDir, port)
} catch (error) {
  console.error(`e2e-server: ${error.message}`)
  finish(1)
}
console.log(`e2e-server: serving ${outDir} at ${preview.url}`)
