import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { axeViolations, type Browser, eventually, launch } from './browser'

describe('app shell in Chromium', () => {
  let en: Browser
  let tr: Browser
  before(async () => {
    en = await launch({ locale: 'en-US' })
    tr = await launch({ locale: 'tr-TR' })
  })
  after(async () => {
    await en.close()
    await tr.close()
  })

  it('lands an English browser on /en/ and a Turkish one on /tr/', async () => {
    const a = await en.open('/')
    await a.page.waitForURL('**/en/')
    await eventually(() => a.page.locator('html').getAttribute('lang'), 'en')
    await a.page.getByRole('heading', { level: 1, name: 'SMTP reply codes, explained' }).waitFor()
    const b = await tr.open('/')
    await b.page.waitForURL('**/tr/')
    await eventually(() => b.page.locator('html').getAttribute('lang'), 'tr')
    await b.page.getByRole('heading', { level: 1, name: 'SMTP yanıt kodları, anlaşılır biçimde' }).waitFor()
    assert.deepEqual([...a.problems, ...b.problems], [])
  })

  it('keeps a switched language across a reload and on the next visit to /', async () => {
    const { page, problems } = await en.open('/en/codes/?q=55')
    await page.getByRole('link', { name: 'Türkçe' }).click()
    await page.waitForURL('**/tr/codes/?q=55')
    await eventually(() => page.locator('html').getAttribute('lang'), 'tr')
    await page.reload()
    await page.getByRole('navigation', { name: 'Ana menü' }).waitFor()
    await page.goto(new URL('/', page.url()).href)
    await page.waitForURL('**/tr/')
    assert.deepEqual(problems, [])
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL('**/en/')
  })

  it('opens a deep link directly and redirects an unsupported language', async () => {
    const fresh = await launch({ locale: 'en-US' })
    try {
      const { page, problems } = await fresh.open('/de/codes/550/?q=x')
      await page.waitForURL('**/en/codes/550/?q=x')
      await page.waitForFunction(() => document.title.includes('550'))
      assert.deepEqual(problems, [])
    } finally {
      await fresh.close()
    }
  })

  it('shows a translated not-found page for an unknown path', async () => {
    const { page } = await tr.open('/tr/olmayan-sayfa/')
    await page.getByRole('heading', { level: 1, name: 'Sayfa bulunamadı' }).waitFor()
    await page.getByRole('link', { name: 'Ana sayfaya git' }).click()
    await page.waitForURL('**/tr/')
  })

  it('toggles and remembers the dark theme', async () => {
    const { page } = await en.open('/en/')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await eventually(() => page.locator('html').getAttribute('data-theme'), 'dark')
    await page.reload()
    await eventually(() => page.locator('html').getAttribute('data-theme'), 'dark')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await eventually(() => page.locator('html').getAttribute('data-theme'), 'light')
  })

  for (const lang of ['en', 'tr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the shell pages (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme })
        try {
          for (const path of [
            '/',
            'simulator/',
            'codes/',
            'codes/550/',
            'compare/',
            'compare/220/221/',
            'bounce/',
            'bounce/?example=unknown-user',
            'simulator/?scenario=unknown-user&step=7',
            'glossary/',
            'nope/',
          ]) {
            const { page, problems } = await browser.open(`/${lang}/${path === '/' ? '' : path}`)
            await page.getByRole('heading', { level: 1 }).first().waitFor()
            assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} ${path}`)
            assert.deepEqual(problems, [], `${lang} ${scheme} ${path}`)
            await page.close()
          }
        } finally {
          await browser.close()
        }
      })
    }
  }
})
