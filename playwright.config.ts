// End-to-end tests: the production build, served by `vite preview` on 127.0.0.1, driven in the
// system Chromium (Playwright's own browser download does not work on this network).
// `npm run test:e2e -- simulator` runs only the spec files whose name matches "simulator".
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, freePort } from './scripts/preview.mjs'

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  console.error(
    `e2e: no Chromium at ${executablePath}. Install it with "apt-get update && apt-get install -y chromium" ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  )
  process.exit(1)
}

// A free port per run, so concurrent runs never clash. The config is evaluated again in each
// worker process, which inherits this variable and so finds the same server.
process.env.E2E_PORT ??= String(await freePort())
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time. Measured on the 2-core machine: two workers took 251 s instead of
  // 278 s, with every test about 1.5 times slower, which leaves too little margin for the tests
  // that watch behaviour in real time (playback, the offline worker's precaching).
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  reporter: 'list',
  // Some tests check a dozen pages with axe in one go.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'allow',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${process.env.E2E_PORT}`,
    url: `${baseURL}/en/`,
    // The production build (with prerendering and the service worker) comes first.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the script stop `vite preview` and remove its build folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
})
