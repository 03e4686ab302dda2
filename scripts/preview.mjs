// Shared by the e2e runner and the benchmarks: the Chromium flags this network needs, a free
// loopback port, the production build into a given folder, and `vite preview` serving it.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')

/** Without the background-networking family Chromium keeps calling outside hosts, which are refused here. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** `npm run build` into `outDir` (prerendering included); true when it succeeded. */
export function buildInto(outDir) {
  const args = ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']
  return spawnSync('npm', args, { cwd: root, stdio: 'inherit' }).status === 0
}

/**
 * Serves `outDir` with `vite preview` on 127.0.0.1 and waits until it answers. Spawned directly
 * (not through npx), so `stop()` really stops the server.
 */
export async function startPreview(outDir, port) {
  const p = port ?? (await freePort())
  const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(p), '--strictPort']
  const server = spawn(join(root, 'node_modules/.bin/vite'), args, { cwd: root, stdio: 'ignore' })
  const url = `http://127.0.0.1:${p}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() }
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  throw new Error(`vite preview of ${outDir} did not start`)
}
