// Shared e2e helpers: a fresh Chromium profile per browser, and pages that record every console
// error, page error and request to another origin so each test can assert there were none.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../scripts/preview.mjs'

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173'

export interface Browser {
  context: BrowserContext
  open(path: string): Promise<WatchedPage>
  close(): Promise<void>
}

export interface WatchedPage {
  page: Page
  problems: string[]
}

export async function launch(
  options: {
    locale?: string
    colorScheme?: 'light' | 'dark'
    reducedMotion?: 'reduce' | 'no-preference'
    width?: number
    /** 'block' keeps the offline worker out, so context.route() sees every request. */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): Promise<Browser> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: options.width ?? 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  })
  const origin = new URL(BASE_URL).origin
  return {
    context,
    async open(path) {
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      page.on('request', (r) => {
        const url = r.url()
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
          problems.push(`request to another origin: ${url}`)
      })
      await page.goto(BASE_URL + path)
      await waitForHydration(page)
      return { page, problems }
    },
    async close() {
      await context.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** axe violations on the page, as readable strings (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Polls until `read()` returns `expected` (the page renders asynchronously), then asserts it. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let actual = await read()
  while (JSON.stringify(actual) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50))
    actual = await read()
  }
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(actual)}`)
}

/**
 * Waits until React has attached its handlers (prerendered pages are visible, and focusable,
 * before they are interactive). Every page has the shell's theme toggle, so that stands for all.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const button = document.querySelector('.theme-toggle')
    return button !== null && Object.keys(button).some((k) => k.startsWith('__reactProps'))
  })
}

/**
 * Holds the app's entry script for `page` until the returned function is called, so a test can
 * act on the prerendered markup before the app starts.
 */
export async function holdEntryScript(page: Page): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** Polls until the text `read()` returns contains `expected`, then asserts it. */
export async function eventuallyContains(
  read: () => Promise<string | null>,
  expected: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let actual = await read()
  while (!actual?.includes(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50))
    actual = await read()
  }
  if (!actual?.includes(expected))
    throw new Error(`expected text with ${JSON.stringify(expected)}, still ${JSON.stringify(actual)}`)
}

/** Scrolls to the simulator's terminal, as a learner does: its code loads when it comes into view. */
export async function scrollToTerminal(page: Page): Promise<void> {
  await page.locator('section.terminal').scrollIntoViewIfNeeded()
  await page.locator('section.terminal form').waitFor()
}
