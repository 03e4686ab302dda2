import type { Page } from '@playwright/test'
import { advanceClock, expect, scrollToTerminal, test } from './fixtures'

const TEXT = {
  en: {
    play: 'Play',
    next: 'Next',
    previous: 'Previous',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    command: 'Your command',
    log: 'Session',
    unavailable: "The terminal's server could not be loaded. Check your connection and reload the page.",
  },
  tr: {
    play: 'Oynat',
    next: 'Sonraki',
    previous: 'Önceki',
    step: (n: number, total: number) => `Adım ${n} / ${total}`,
    command: 'Komutunuz',
    log: 'Oturum',
    unavailable: 'Terminalin sunucusu yüklenemedi. Bağlantınızı denetleyip sayfayı yenileyin.',
  },
} as const

/**
 * The page is prerendered, and the simulator hydrates when a visitor reaches for it: as a pointer
 * does, hover it and wait until it is live. (A click or a key before that is replayed; a choice in
 * a select would not be.)
 */
async function openReady(open: (path: string) => Promise<Page>, path: string): Promise<Page> {
  const page = await open(path)
  await page.locator('.simulator h1').hover()
  await expect(page.locator('.simulator[data-ready]')).toBeVisible()
  return page
}

const stepHeading = (page: Page) => page.locator('#step-heading')
const serverLines = (page: Page) => page.locator('.step-server .wire-lines')

test.describe('session simulator in Chromium', () => {
  for (const lang of ['en', 'tr'] as const) {
    const text = TEXT[lang]

    test.describe(() => {
      test.use({ locale: lang, reducedMotion: 'reduce' })
      test(`plays the happy path to the end at 2× with reduced motion, then steps back (${lang})`, async ({
        open,
      }) => {
        const page = await openReady(open, `/${lang}/simulator/`)
        await expect(stepHeading(page)).toHaveText(text.step(1, 10))
        await expect(serverLines(page)).toHaveText(/^S: 220 /)
        await page
          .getByRole('combobox', { name: lang === 'en' ? 'Speed' : 'Hız', exact: true })
          .selectOption({ index: 2 })
        await page.getByRole('button', { name: text.play, exact: true }).click()
        // Played in real time, as a learner watches it: nine steps at 2×.
        await expect(stepHeading(page)).toHaveText(text.step(10, 10), { timeout: 15_000 })
        await expect(serverLines(page)).toHaveText(/^S: 221 /)
        await expect(page).toHaveURL(/step=9/)
        await page.getByRole('button', { name: text.previous }).click()
        await expect(stepHeading(page)).toHaveText(text.step(9, 10))
        await expect(page).toHaveURL(/scenario=happy-path&step=8/)
      })
    })

    test.describe(() => {
      test.use({ locale: lang })

      test(`opens a deep link paused at its step, with links to the codes (${lang})`, async ({
        page,
        open,
      }) => {
        // A fake clock (running with real time until moved on), so the check that nothing moves on
        // by itself skips ahead instead of sleeping.
        await page.clock.install()
        await openReady(open, `/${lang}/simulator/?scenario=unknown-user&step=4`)
        await expect(stepHeading(page)).toHaveText(text.step(5, 8))
        await expect(serverLines(page)).toContainText(/S: 550 5\.1\.1/)
        const chip = page.locator('.step-details').getByRole('link', { name: '5.1.1', exact: true })
        await expect(chip).toHaveAttribute('href', `/${lang}/codes/5.1.1/`)
        // Paused: nothing moves on by itself, however long the learner reads.
        await advanceClock(page, 10_000)
        await expect(page).toHaveURL(/step=4/)
        await expect(stepHeading(page)).toHaveText(text.step(5, 8))
      })

      test(`runs a terminal session EHLO → MAIL → RCPT → DATA → message → . → QUIT (${lang})`, async ({
        open,
      }) => {
        const page = await openReady(open, `/${lang}/simulator/`)
        await scrollToTerminal(page)
        const input = page.getByRole('textbox', { name: text.command })
        const log = page.getByRole('log', { name: text.log })
        for (const line of [
          'EHLO me.example',
          'MAIL FROM:<me@example.net>',
          'RCPT TO:<bob@example.org>',
          'DATA',
          'Subject: <b>hi</b>',
          '',
          'Hello Bob',
          '.',
          'QUIT',
        ]) {
          await input.fill(line)
          await input.press('Enter')
        }
        await expect(log.getByText(/S: 221 2\.0\.0/)).toBeVisible()
        await expect(log.getByText(/S: 250 2\.0\.0 Ok: queued as/)).toHaveCount(1)
        await expect(log.getByText('C: Subject: <b>hi</b>')).toHaveCount(1)
        await expect(log.locator('b')).toHaveCount(0)
        await expect(input).toBeDisabled()
      })
    })

    test.describe(() => {
      // 'block' keeps the offline worker out, so context.route() sees every request.
      test.use({ locale: lang, serviceWorkers: 'block' })
      test(`says so, in the page's language, when the terminal's engine cannot be downloaded (${lang})`, async ({
        context,
        open,
        watch,
      }) => {
        // As when a new version was deployed and the visitor is offline: the chunk fails to load.
        // The browser reports the failed download; nothing else may go wrong.
        watch.allow(/^console: Failed to load resource: net::ERR_FAILED$/)
        await context.route('**/assets/terminal-session-*.js', (route) => route.abort())
        const page = await openReady(open, `/${lang}/simulator/`)
        await scrollToTerminal(page)
        const input = page.getByRole('textbox', { name: text.command })
        await input.fill('EHLO me.example')
        await input.press('Enter')
        await expect(page.getByText(text.unavailable)).toBeVisible()
        // The greeting stays and nothing pretends to answer.
        const log = page.getByRole('log', { name: text.log })
        await expect(log.getByText(/^S: 220 /)).toHaveCount(1)
        await expect(log.getByText(/^C: EHLO/)).toHaveCount(0)
      })
    })

    for (const scheme of ['light', 'dark'] as const) {
      test.describe(() => {
        test.use({ locale: lang, colorScheme: scheme, reducedMotion: 'reduce' })
        test(`has no axe violations mid-session and in guess mode (${lang}, ${scheme})`, async ({
          open,
          axe,
        }) => {
          const page = await openReady(open, `/${lang}/simulator/?scenario=greylisting&step=3`)
          await expect(stepHeading(page)).toHaveText(text.step(4, 12))
          await scrollToTerminal(page)
          await page.getByRole('textbox', { name: text.command }).fill('EHLO x.example')
          await page.getByRole('textbox', { name: text.command }).press('Enter')
          expect(await axe(), `${lang} ${scheme} player`).toEqual([])
          await page.getByRole('checkbox').check()
          await page.getByRole('button', { name: text.previous }).click()
          await page.getByRole('button', { name: text.next, exact: false }).first().click()
          await expect(page.locator('.guess-choices button').first()).toBeVisible()
          expect(await axe(), `${lang} ${scheme} guess`).toEqual([])
        })
      })
    }
  }
})
