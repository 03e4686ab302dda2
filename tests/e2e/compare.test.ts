import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { axeViolations, BASE_URL, type Browser, eventually, holdEntryScript, launch } from './browser'

describe('comparison cards in Chromium', () => {
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

  it('reads /tr/compare/220/221/ entirely in Turkish, with both codes explained', async () => {
    const { page, problems } = await tr.open('/tr/compare/220/221/')
    await page.getByRole('heading', { level: 1, name: '220 ile 221 karşılaştırması' }).waitFor()
    await eventually(() => page.title(), '220 ile 221 karşılaştırması · SMTP Code Lab')
    for (const code of ['220', '221']) {
      const section = page.getByRole('region', { name: new RegExp(`^${code} `) })
      assert.equal(await section.getByRole('heading', { name: 'Ne zaman görürsünüz' }).count(), 1)
      assert.equal(await section.getByRole('heading', { name: 'Nasıl düzeltilir' }).count(), 1)
    }
    const differences = page.getByRole('region', { name: 'Temel farklar' })
    assert.ok((await differences.locator('ol > li').count()) > 0)
    const text = (await page.getByRole('main').textContent()) ?? ''
    for (const english of [
      'Key differences',
      'When you see it',
      'How to fix',
      'Swap',
      'Copy link',
      'Print',
      ' vs ',
    ])
      assert.ok(!text.includes(english), `English UI text on the Turkish card: ${english}`)
    assert.deepEqual(problems, [])
  })

  it('explains transient vs permanent on /en/compare/450/550/ and swaps the pair', async () => {
    const { page, problems } = await en.open('/en/compare/450/550/')
    await page.getByRole('heading', { level: 1, name: '450 vs 550' }).waitFor()
    const differences = page.getByRole('region', { name: 'Key differences' })
    await differences.getByText('450 is temporary, but 550 is permanent.').waitFor()
    await differences.getByText(/450 is temporary \(the client should retry later\)/).waitFor()
    await page.getByRole('link', { name: 'Swap: 550 vs 450' }).click()
    await page.waitForURL('**/en/compare/550/450/')
    await page.getByRole('heading', { level: 1, name: '550 vs 450' }).waitFor()
    await page.getByText('550 is permanent, but 450 is temporary.').waitFor()
    assert.deepEqual(problems, [])
  })

  it('prints the card without the site chrome or the controls', async () => {
    const { page } = await en.open('/en/compare/450/550/')
    await page.getByRole('heading', { level: 1, name: '450 vs 550' }).waitFor()
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('.site-header').isVisible(), false)
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false)
    assert.equal(await page.getByRole('heading', { level: 1, name: '450 vs 550' }).isVisible(), true)
    await page.emulateMedia({ media: 'screen' })
  })

  it('explains the same code twice and an unknown code, each with a way on', async () => {
    const { page, problems } = await en.open('/en/compare/550/550/')
    await page.getByRole('heading', { level: 1, name: '550 compared with itself' }).waitFor()
    await page.getByRole('link', { name: '550 vs 450' }).click()
    await page.getByRole('heading', { level: 1, name: '550 vs 450' }).waitFor()

    await page.goto(new URL('/en/compare/559/550/', page.url()).href)
    await page.getByRole('heading', { level: 1, name: 'Unknown code: 559' }).waitFor()
    await page.getByRole('link', { name: '556 vs 550' }).click()
    await page.waitForURL('**/en/compare/556/550/')
    await page.getByRole('heading', { level: 1, name: '556 vs 550' }).waitFor()
    assert.deepEqual(problems, [])
  })

  it('picks a pair on /en/compare/ with the keyboard alone', async () => {
    const { page, problems } = await en.open('/en/compare/')
    const first = page.getByRole('combobox', { name: 'First code' })
    await first.focus()
    await page.keyboard.type('450')
    await page.getByRole('listbox', { name: 'First code' }).getByRole('option').first().waitFor()
    await page.keyboard.press('ArrowDown')
    await eventually(() => first.getAttribute('aria-activedescendant').then(Boolean), true)
    await page.keyboard.press('Enter')
    await eventually(() => first.inputValue(), '450')
    await eventually(() => first.getAttribute('aria-expanded'), 'false')

    await page.keyboard.press('Tab')
    await page.keyboard.type('5.1.1')
    const options = page.getByRole('listbox', { name: 'Second code' }).getByRole('option')
    await options.filter({ hasText: 'Bad destination mailbox address' }).first().waitFor()
    const codes = await options.locator('.code-picker-code').allInnerTexts()
    for (let i = 0; i <= codes.indexOf('5.1.1'); i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await eventually(() => page.getByRole('combobox', { name: 'Second code' }).inputValue(), '5.1.1')

    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/en/compare/450/5.1.1/')
    await page.getByRole('heading', { level: 1, name: '450 vs 5.1.1' }).waitFor()
    assert.deepEqual(problems, [])
  })

  it('keeps what was typed into a prerendered picker before the app started', async () => {
    const page = await en.context.newPage()
    // Hold the app's entry script so the typing surely happens on the server-rendered markup.
    const release = await holdEntryScript(page)
    await page.goto(`${BASE_URL}/en/compare/`, { waitUntil: 'commit' })
    const first = page.getByRole('combobox', { name: 'First code' })
    await first.focus()
    await page.keyboard.type('55')
    release()
    await page.getByRole('listbox', { name: 'First code' }).getByRole('option', { name: /^550/ }).waitFor()
    await eventually(() => first.inputValue(), '55')
    await page.close()
  })

  for (const lang of ['en', 'tr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the compare pages (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme })
        try {
          for (const path of [
            'compare/450/550/',
            'compare/550/5.1.1/',
            'compare/X.7.1/221/',
            'compare/550/550/',
            'compare/559/550/',
          ]) {
            const { page, problems } = await browser.open(`/${lang}/${path}`)
            await page.getByRole('heading', { level: 1 }).first().waitFor()
            assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} ${path}`)
            assert.deepEqual(problems, [], `${lang} ${scheme} ${path}`)
            await page.close()
          }
          // The picker page, checked again with a listbox open and an option active.
          const { page, problems } = await browser.open(`/${lang}/compare/`)
          await page.getByRole('combobox').first().focus()
          await page.keyboard.type('55')
          await page.getByRole('option').first().waitFor()
          await page.keyboard.press('ArrowDown')
          assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} picker`)
          assert.deepEqual(problems, [], `${lang} ${scheme} picker`)
        } finally {
          await browser.close()
        }
      })
    }
  }
})
