// Frame timing of simulator playback (a benchmark, not a test: it prints figures, asserts nothing).
//
//   node bench/frame-timing.mjs                 builds into a temp folder and serves it like scripts/e2e-server.mjs
//   BASE_URL=http://127.0.0.1:4173 node bench/frame-timing.mjs      measures a server that is already running
//
// Plays the happy path at 1× with full motion in headless Chromium and reports, during playback:
// long tasks over 50 ms (PerformanceObserver 'longtask') and dropped frames (requestAnimationFrame
// gaps over 1.5 × 16.7 ms). Headless Chromium without a GPU is slower than a real browser, so read
// the figures as a comparison between builds, not as what a visitor sees.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildInto, CHROMIUM_ARGS, startPreview } from '../scripts/preview.mjs'

const FRAME_MS = 1000 / 60
const RUNS = Number(process.env.RUNS ?? 3)

async function serve() {
  if (process.env.BASE_URL) return { baseUrl: process.env.BASE_URL, stop: () => {} }
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'))
  if (!buildInto(outDir)) process.exit(1)
  const preview = await startPreview(outDir)
  return {
    baseUrl: preview.url,
    stop: () => {
      preview.stop()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

/** Runs in the page: records long tasks and rAF gaps until the last step (10 of 10) is shown. */
function measureInPage(frameMs) {
  return new Promise((resolve) => {
    const longTasks = []
    const gaps = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration))
    })
    observer.observe({ type: 'longtask', buffered: false })
    let last = performance.now()
    let frames = 0
    const started = last
    let done = false
    const tick = (now) => {
      const gap = now - last
      if (gap > 1.5 * frameMs) gaps.push(Math.round(gap))
      last = now
      frames++
      if (!done) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    const heading = () => document.getElementById('step-heading')?.textContent ?? ''
    const check = setInterval(() => {
      if (!/\b10\b.*\b10\b/.test(heading())) return
      // Let the last reply finish travelling before stopping.
      setTimeout(() => {
        done = true
        clearInterval(check)
        observer.disconnect()
        resolve({ durationMs: Math.round(performance.now() - started), frames, longTasks, gaps })
      }, 1500)
    }, 100)
    document.querySelector('.controls .primary')?.click()
  })
}

const { baseUrl, stop } = await serve()
const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 900 },
  reducedMotion: 'no-preference',
})
try {
  console.log(`frame timing of simulator playback (happy path, 1×) at ${baseUrl}, ${RUNS} runs`)
  for (let run = 1; run <= RUNS; run++) {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/en/simulator/?scenario=happy-path&step=0`)
    // The prerendered page shows before React takes it over; a click before that would be lost.
    await page.locator('.simulator[data-ready]').waitFor()
    const r = await page.evaluate(measureInPage, FRAME_MS)
    const dropped = r.gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / FRAME_MS) - 1), 0)
    console.log(
      `run ${run}: ${r.durationMs} ms, ${r.frames} frames (${((r.frames * 1000) / r.durationMs).toFixed(1)} fps); ` +
        `long tasks > 50 ms: ${r.longTasks.length}${r.longTasks.length ? ` [${r.longTasks.join(', ')} ms]` : ''}; ` +
        `rAF gaps > ${(1.5 * FRAME_MS).toFixed(1)} ms: ${r.gaps.length}` +
        `${r.gaps.length ? ` (max ${Math.max(...r.gaps)} ms, ≈${dropped} frames dropped)` : ''}`,
    )
    await page.close()
  }
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  stop()
}
