// `npm run bench`: builds the app and a minimal reference app on the same stack, then prints
//  1. initial-load JS and CSS (gzip bytes, as downloaded by Chromium) for both, and their ratio;
//  2. Lighthouse 12 (mobile and desktop) on the home page, a code page, the simulator and a comparison,
//     each run LH_RUNS times (default 5) and judged on the median run, as Lighthouse's own docs
//     advise: single runs of the simulated mobile CPU vary by ±10 points on a shared machine;
//  3. the bounce analyzer on a 1 MB paste, on the fixture corpus and at doubling sizes (its time must
//     grow linearly), on 1 MB of one phrase repeated (shapes that were once quadratic), paste →
//     headline on the bounce page for 100 KB and 1 MB, and the code search,
//     all in Chromium.
// Each figure is checked against its budget (issue: "Fast, offline, accessible and safe"); the
// script exits non-zero when one is missed. Figures vary with machine load: run it on a quiet machine.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { chromium } from 'playwright-core'
import { buildInto, CHROMIUM_ARGS, freePort, startPreview } from '../scripts/preview.mjs'
import { pasteToHeadline, receivedPaste } from './bounce-paste.mjs'

const root = join(import.meta.dirname, '..')
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS]
const work = mkdtempSync(join(tmpdir(), 'bench-'))
const servers = []
// LH_RUNS=0 skips Lighthouse (for a quick look at the other figures).
const LH_RUNS = Math.max(0, Number(process.env.LH_RUNS ?? 5))
const failures = []
// Issue-set budgets for each page against the reference app (react + TanStack Router + i18next,
// rendered in the browser): JS as downloaded, and on every single mobile Lighthouse run.
const JS_RATIO_BUDGET = 1.15
const LCP_BUDGET_MS = 1200
const TBT_BUDGET_MS = 150

const sh = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}
async function serve(outDir, port) {
  const preview = await startPreview(outDir, port)
  servers.push(preview)
  return preview.url
}
const budget = (label, ok) => {
  if (!ok) failures.push(label)
  return ok ? 'ok' : 'OVER BUDGET'
}

/** JS and CSS the browser downloads to show `url`, each response gzipped as a server would send it. */
async function initialLoad(browser, url) {
  const page = await browser.newPage()
  const bodies = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet') bodies.push(response.body().then((b) => ({ type, b })))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const all = await Promise.all(bodies)
  await page.close()
  const sum = (type) =>
    all.filter((x) => x.type === type).reduce((n, x) => n + gzipSync(x.b, { level: 9 }).length, 0)
  return { js: sum('script'), css: sum('stylesheet'), files: all.length }
}

async function runLighthouse(url, preset) {
  const userDataDir = mkdtempSync(join(work, 'lh-'))
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: FLAGS,
    userDataDir,
    envVars: { ...process.env, TMPDIR: userDataDir },
  })
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    }
    const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined)
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN
    // The audits that cost points outside performance, so a failing run says why.
    const lost = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    )
    return {
      lost,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: Math.round(audit('first-contentful-paint')),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    }
  } finally {
    await chrome.kill()
  }
}

try {
  console.log('Building the app, the reference app and the micro benchmarks…')
  const appDir = join(work, 'app')
  const refDir = join(work, 'reference')
  const microDir = join(work, 'micro')
  mkdirSync(appDir)
  // Canonical and hreflang links are absolute: build for the origin the app will be served on.
  const appPort = await freePort()
  process.env.SITE_URL = `http://127.0.0.1:${appPort}`
  if (!buildInto(appDir)) throw new Error('the app build failed')
  sh('node_modules/.bin/vite', [
    'build',
    '--config',
    'bench/reference/vite.config.ts',
    '--outDir',
    refDir,
    '--emptyOutDir',
  ])
  sh('node_modules/.bin/vite', [
    'build',
    '--config',
    'bench/micro/vite.config.ts',
    '--outDir',
    microDir,
    '--emptyOutDir',
  ])
  const app = await serve(appDir, appPort)
  const ref = await serve(refDir, await freePort())
  const micro = await serve(microDir, await freePort())

  const profile = mkdtempSync(join(work, 'pw-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: CHROMIUM_ARGS,
  })

  console.log('\n1. Initial load (gzip bytes, as downloaded)')
  const reference = await initialLoad(browser, `${ref}/`)
  console.log(`   reference app          JS ${reference.js}  CSS ${reference.css}`)
  const pages = {
    home: '/en/',
    code: '/en/codes/550/',
    simulator: '/en/simulator/',
    compare: '/en/compare/450/550/',
  }
  for (const [name, path] of Object.entries(pages)) {
    const load = await initialLoad(browser, app + path)
    const ratio = load.js / reference.js
    const verdict = budget(`initial JS on ${path}`, ratio <= JS_RATIO_BUDGET)
    console.log(
      `   ${name.padEnd(22)} JS ${load.js}  CSS ${load.css}  files ${load.files}  JS ratio ${ratio.toFixed(2)} (budget ≤ ${JS_RATIO_BUDGET.toFixed(2)}: ${verdict})`,
    )
  }

  console.log('\n2. Bounce analyzer and search, in Chromium (median ms)')
  const page = await browser.newPage()
  await page.goto(`${micro}/`)
  await page.waitForFunction(() => window.benchResults !== undefined, null, { timeout: 60_000 })
  const results = await page.evaluate(() => window.benchResults)
  console.log(
    `   analyzer, 1 MB realistic bounce  ${results.bounceRealisticMs.toFixed(1)} ms (budget < 200: ${budget('bounce 1 MB', results.bounceRealisticMs < 200)})`,
  )
  console.log(
    `   analyzer, 1 MB hostile input     ${results.bounceHostileMs.toFixed(1)} ms (budget < 200: ${budget('bounce hostile', results.bounceHostileMs < 200)})`,
  )
  const { report } = results
  console.log(
    `   explainer on the fixture corpus   ${report.messages} messages, ${(report.bytes / 1024).toFixed(0)} KB in ${report.corpusMs.toFixed(1)} ms (${(report.bytes / 1024 / 1024 / (report.corpusMs / 1000)).toFixed(1)} MB/s)`,
  )
  const [g256, g512, g1m] = report.growth
  // Per doubling, over two doublings (256 KB → 1 MB): one noisy size cannot decide it alone.
  const ratio = Math.sqrt(g1m.ms / g256.ms)
  console.log(
    `   explainer, whole bounces repeated 256 KB ${g256.ms.toFixed(1)} ms, 512 KB ${g512.ms.toFixed(1)} ms, 1 MB ${g1m.ms.toFixed(1)} ms: doubling costs ×${ratio.toFixed(2)} (budget ≤ 2.2, linear: ${budget('bounce growth', ratio <= 2.2)})`,
  )
  const [worst] = report.hostile
  console.log(
    `   explainer, 1 MB of one phrase repeated (${report.hostile.length} shapes): slowest ${worst.ms.toFixed(0)} ms for ${JSON.stringify(worst.unit)} (budget < 1000: ${budget('bounce hostile shapes', worst.ms < 1000)})`,
  )
  for (const size of [100 * 1024, 1024 * 1024]) {
    const paste = await pasteToHeadline(browser, `${app}/en/bounce/`, receivedPaste(size))
    const label = size === 1024 * 1024 ? '1 MB' : '100 KB'
    console.log(
      `   paste ${label.padEnd(6)} of Received: lines → headline painted ${paste.ms.toFixed(0)} ms (budget < 2000: ${budget(`paste ${label}`, paste.ms < 2000)}), longest task ${paste.longestTask.toFixed(0)} ms (budget ≤ 200: ${budget(`paste ${label} long task`, paste.longestTask <= 200)}) — "${paste.headline}"`,
    )
  }
  for (const [query, ms] of Object.entries(results.searchMs))
    console.log(
      `   search "${query}"`.padEnd(37) +
        `${ms.toFixed(2)} ms (budget one frame, 16.7: ${budget(`search ${query}`, ms < 16.7)})`,
    )
  await browser.close()

  console.log(
    `\n3. Lighthouse 12, ${LH_RUNS} single run(s) per page, interleaved with the reference app on the same server`,
  )
  console.log(
    `   budgets per run: mobile LCP ≤ ${LCP_BUDGET_MS} ms, TBT ≤ ${TBT_BUDGET_MS} ms, performance ≥ the reference's run beside it; CLS 0 and accessibility / best practices / SEO 100 on every run`,
  )
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
  const fmt = (x) =>
    `${x.performance} FCP ${x.fcpMs} LCP ${x.lcpMs} TBT ${x.tbtMs} CLS ${x.cls} · ${x.accessibility}/${x.bestPractices}/${x.seo}`
  for (const preset of LH_RUNS > 0 ? ['mobile', 'desktop'] : []) {
    const runs = { reference: [], ...Object.fromEntries(Object.keys(pages).map((name) => [name, []])) }
    // Interleaved: each round runs the reference and then every page, so a noisy minute on a
    // shared machine hits both sides of a comparison instead of one page.
    for (let i = 0; i < LH_RUNS; i++) {
      runs.reference.push(await runLighthouse(`${ref}/`, preset))
      for (const [name, path] of Object.entries(pages))
        runs[name].push(await runLighthouse(app + path, preset))
    }
    for (const [name, list] of Object.entries(runs)) {
      const path = pages[name]
      const mobile = path !== undefined && preset === 'mobile'
      for (const [i, x] of list.entries()) {
        const beside = runs.reference[i]
        const problems = [
          ...(x.accessibility !== 100 || x.bestPractices !== 100 || x.seo !== 100
            ? [`lost on ${x.lost.join(', ')}`]
            : []),
          ...(x.cls !== 0 ? ['CLS'] : []),
          ...(mobile && x.lcpMs > LCP_BUDGET_MS ? ['LCP'] : []),
          ...(mobile && x.tbtMs > TBT_BUDGET_MS ? ['TBT'] : []),
          ...(mobile && beside && x.performance < beside.performance
            ? ['performance below the reference']
            : []),
        ]
        const verdict = path
          ? budget(`lighthouse ${preset} ${path} run ${i + 1}`, problems.length === 0)
          : 'reference'
        console.log(
          `   ${preset.padEnd(8)} ${name.padEnd(10)} run ${i + 1}: ${fmt(x)}  (${verdict}${problems.length ? `: ${problems.join(', ')}` : ''})`,
        )
      }
      if (list.length > 1)
        console.log(
          `   ${preset.padEnd(8)} ${name.padEnd(10)} median: ${median(list.map((x) => x.performance))} FCP ${median(list.map((x) => x.fcpMs))} LCP ${median(list.map((x) => x.lcpMs))} TBT ${median(list.map((x) => x.tbtMs))}`,
        )
    }
  }
} finally {
  for (const server of servers) server.stop()
  rmSync(work, { recursive: true, force: true })
}

console.log(failures.length ? `\nOver budget: ${failures.join('; ')}` : '\nEvery figure is within budget.')
process.exit(failures.length ? 1 : 0)
