import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { axeViolations, eventually, launch, scrollToTerminal } from './browser'

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

/** The page is prerendered: wait until React has hydrated it before using any control. */
async function openReady(browser: Awaited<ReturnType<typeof launch>>, path: string) {
  const opened = await browser.open(path)
  await opened.page.locator('.simulator[data-ready]').waitFor()
  return opened
}

const stepHeading = (page: Page) => page.locator('#step-heading').textContent()
const serverLines = (page: Page) => page.locator('.step-server .wire-lines').textContent()

describe('session simulator in Chromium', () => {
  for (const lang of ['en', 'tr'] as const) {
    const text = TEXT[lang]

    it(`plays the happy path to the end at 2× with reduced motion, then steps back (${lang})`, async () => {
      const browser = await launch({ locale: lang, reducedMotion: 'reduce' })
      try {
        const { page, problems } = await openReady(browser, `/${lang}/simulator/`)
        await eventually(() => stepHeading(page), text.step(1, 10))
        assert.match((await serverLines(page)) ?? '', /^S: 220 /)
        await page
          .getByRole('combobox', { name: lang === 'en' ? 'Speed' : 'Hız', exact: true })
          .selectOption({ index: 2 })
        await page.getByRole('button', { name: text.play, exact: true }).click()
        await eventually(() => stepHeading(page), text.step(10, 10), 15_000)
        assert.match((await serverLines(page)) ?? '', /^S: 221 /)
        await page.waitForURL(/step=9/)
        await page.getByRole('button', { name: text.previous }).click()
        await eventually(() => stepHeading(page), text.step(9, 10))
        assert.match(page.url(), /scenario=happy-path&step=8/)
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
      }
    })

    it(`opens a deep link paused at its step, with links to the codes (${lang})`, async () => {
      const browser = await launch({ locale: lang })
      try {
        const { page, problems } = await openReady(
          browser,
          `/${lang}/simulator/?scenario=unknown-user&step=4`,
        )
        await eventually(() => stepHeading(page), text.step(5, 8))
        assert.match((await serverLines(page)) ?? '', /S: 550 5\.1\.1/)
        const chip = page.locator('.step-details').getByRole('link', { name: '5.1.1', exact: true })
        assert.equal(await chip.getAttribute('href'), `/${lang}/codes/5.1.1/`)
        // Paused: nothing moves on by itself.
        await page.waitForTimeout(3000)
        assert.equal(await stepHeading(page), text.step(5, 8))
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
      }
    })

    it(`runs a terminal session EHLO → MAIL → RCPT → DATA → message → . → QUIT (${lang})`, async () => {
      const browser = await launch({ locale: lang })
      try {
        const { page, problems } = await openReady(browser, `/${lang}/simulator/`)
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
        await log.getByText(/S: 221 2\.0\.0/).waitFor()
        assert.equal(await log.getByText(/S: 250 2\.0\.0 Ok: queued as/).count(), 1)
        assert.equal(await log.getByText('C: Subject: <b>hi</b>').count(), 1)
        assert.equal(await log.locator('b').count(), 0)
        assert.equal(await input.isDisabled(), true)
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
      }
    })

    it(`says so, in the page's language, when the terminal's engine cannot be downloaded (${lang})`, async () => {
      // As when a new version was deployed and the visitor is offline: the chunk fails to load.
      const browser = await launch({ locale: lang, serviceWorkers: 'block' })
      try {
        await browser.context.route('**/assets/terminal-session-*.js', (route) => route.abort())
        const { page } = await openReady(browser, `/${lang}/simulator/`)
        await scrollToTerminal(page)
        const input = page.getByRole('textbox', { name: text.command })
        await input.fill('EHLO me.example')
        await input.press('Enter')
        await page.getByText(text.unavailable).waitFor()
        // The greeting stays and nothing pretends to answer.
        const log = page.getByRole('log', { name: text.log })
        assert.equal(await log.getByText(/^S: 220 /).count(), 1)
        assert.equal(await log.getByText(/^C: EHLO/).count(), 0)
      } finally {
        await browser.close()
      }
    })

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations mid-session and in guess mode (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme, reducedMotion: 'reduce' })
        try {
          const { page, problems } = await openReady(
            browser,
            `/${lang}/simulator/?scenario=greylisting&step=3`,
          )
          await eventually(() => stepHeading(page), text.step(4, 12))
          await scrollToTerminal(page)
          await page.getByRole('textbox', { name: text.command }).fill('EHLO x.example')
          await page.getByRole('textbox', { name: text.command }).press('Enter')
          assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} player`)
          await page.getByRole('checkbox').check()
          await page.getByRole('button', { name: text.previous }).click()
          await page.getByRole('button', { name: text.next, exact: false }).first().click()
          await page.locator('.guess-choices button').first().waitFor()
          assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} guess`)
          assert.deepEqual(problems, [])
        } finally {
          await browser.close()
        }
      })
    }
  }
})
