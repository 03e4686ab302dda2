// The e2e specs' `test`: every test's browser context is watched for console errors, page errors
// and requests to another origin, and the test fails at its end if there were any (the app makes
// no request to any other origin, and a clean console is part of "works"). Options such as
// locale, colorScheme, reducedMotion and serviceWorkers are set per describe with `test.use`.
import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test'

export { expect }

export interface Watch {
  /** What went wrong so far, in any page (or worker) of the test's context. */
  readonly problems: string[]
  /** A problem this test causes on purpose (a download it aborts, a script the CSP refuses). */
  allow(pattern: RegExp): void
}

interface Fixtures {
  watch: Watch
  /** Goes to `path` and waits until the app has taken over the page (see `waitForApp`). */
  open: (path: string) => Promise<Page>
  /** axe violations on the page, as readable strings (empty when clean). */
  axe: () => Promise<string[]>
}

export const test = base.extend<Fixtures>({
  watch: [
    async ({ context, baseURL }, use) => {
      const problems: string[] = []
      const allowed: RegExp[] = []
      watchContext(context, new URL(baseURL ?? '').origin, problems)
      await use({
        problems,
        allow: (pattern) => {
          allowed.push(pattern)
        },
      })
      const unexpected = problems.filter((p) => !allowed.some((a) => a.test(p)))
      expect(unexpected, 'console errors, page errors or requests to another origin').toEqual([])
    },
    { auto: true },
  ],
  open: async ({ page }, use) => {
    await use(async (path) => {
      await page.goto(path)
      await waitForApp(page)
      return page
    })
  },
  axe: async ({ page }, use) => {
    await use(async () => {
      const result = await new AxeBuilder({ page }).analyze()
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
  },
})

function watchContext(context: BrowserContext, origin: string, problems: string[]): void {
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  context.on('weberror', (e) => problems.push(`pageerror: ${e.error().message}`))
  context.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      problems.push(`request to another origin: ${url}`)
  })
}

/**
 * Waits until React has taken over the page: prerendered pages are visible, and focusable,
 * before they are interactive. The app shell marks `<html data-hydrated>` when it has.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 })
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

/**
 * Moves the page's fake clock (`page.clock.install()`) on by `ms`, in slices with a rendered frame
 * between them: the app sets its next timer from an effect after each render, so one jump of
 * `runFor` would fire only the timer already pending.
 */
export async function advanceClock(page: Page, ms: number, slice = 500): Promise<void> {
  for (let done = 0; done < ms; done += slice) {
    await page.clock.runFor(slice)
    // The installed clock still runs with real time, so this frame and timeout do come.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))))
  }
}

/** Scrolls to the simulator's terminal, as a learner does: its code loads when it comes into view. */
export async function scrollToTerminal(page: Page): Promise<void> {
  await page.locator('section.terminal').scrollIntoViewIfNeeded()
  await expect(page.locator('section.terminal form')).toBeVisible()
}

/**
 * Opens `path`, waits for the offline worker to install, and reloads so the worker controls the
 * page: from then on navigations go through it.
 */
export async function openControlledByWorker(
  page: Page,
  open: (path: string) => Promise<Page>,
  path = '/en/',
) {
  await open(path)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

type AxeArgs = {
  page: Page
  open: (path: string) => Promise<Page>
  axe: () => Promise<string[]>
  watch: Watch
}

/**
 * Declares `body` as one test per language and colour scheme, each in a browser set to that
 * locale and scheme: every page must be clean under axe in all four.
 */
export function inEachLanguageAndTheme(
  name: string,
  body: (args: AxeArgs, variant: { lang: 'en' | 'tr'; scheme: 'light' | 'dark' }) => Promise<void>,
): void {
  for (const lang of ['en', 'tr'] as const)
    for (const scheme of ['light', 'dark'] as const)
      test.describe(() => {
        test.use({ locale: lang, colorScheme: scheme })
        // Destructured: Playwright sets up the fixtures a test names in its first parameter.
        test(`${name} (${lang}, ${scheme})`, ({ page, open, axe, watch }) =>
          body({ page, open, axe, watch }, { lang, scheme }))
      })
}
