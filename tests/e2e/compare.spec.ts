import { expect, holdEntryScript, inEachLanguageAndTheme, test } from './fixtures'

test.describe('comparison cards in Chromium', () => {
  test.describe(() => {
    test.use({ locale: 'tr-TR' })
    test('reads /tr/compare/220/221/ entirely in Turkish, with both codes explained', async ({
      page,
      open,
    }) => {
      await open('/tr/compare/220/221/')
      await expect(page.getByRole('heading', { level: 1, name: '220 ile 221 karşılaştırması' })).toBeVisible()
      await expect(page).toHaveTitle('220 ile 221 karşılaştırması · SMTP Code Lab')
      for (const code of ['220', '221']) {
        const section = page.getByRole('region', { name: new RegExp(`^${code} `) })
        await expect(section.getByRole('heading', { name: 'Ne zaman görürsünüz' })).toHaveCount(1)
        await expect(section.getByRole('heading', { name: 'Nasıl düzeltilir' })).toHaveCount(1)
      }
      const differences = page.getByRole('region', { name: 'Temel farklar' })
      await expect.poll(() => differences.locator('ol > li').count()).toBeGreaterThan(0)
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
        expect(text, `English UI text on the Turkish card: ${english}`).not.toContain(english)
    })
  })

  test('explains transient vs permanent on /en/compare/450/550/ and swaps the pair', async ({
    page,
    open,
  }) => {
    await open('/en/compare/450/550/')
    await expect(page.getByRole('heading', { level: 1, name: '450 vs 550' })).toBeVisible()
    const differences = page.getByRole('region', { name: 'Key differences' })
    await expect(differences.getByText('450 is temporary, but 550 is permanent.')).toBeVisible()
    await expect(differences.getByText(/450 is temporary \(the client should retry later\)/)).toBeVisible()
    await page.getByRole('link', { name: 'Swap: 550 vs 450' }).click()
    await expect(page).toHaveURL(/\/en\/compare\/550\/450\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '550 vs 450' })).toBeVisible()
    await expect(page.getByText('550 is permanent, but 450 is temporary.')).toBeVisible()
  })

  test('prints the card without the site chrome or the controls', async ({ page, open }) => {
    await open('/en/compare/450/550/')
    await expect(page.getByRole('heading', { level: 1, name: '450 vs 550' })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: '450 vs 550' })).toBeVisible()
  })

  test('explains the same code twice and an unknown code, each with a way on', async ({ page, open }) => {
    await open('/en/compare/550/550/')
    await expect(page.getByRole('heading', { level: 1, name: '550 compared with itself' })).toBeVisible()
    await page.getByRole('link', { name: '550 vs 450' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '550 vs 450' })).toBeVisible()

    await open('/en/compare/559/550/')
    await expect(page.getByRole('heading', { level: 1, name: 'Unknown code: 559' })).toBeVisible()
    await page.getByRole('link', { name: '556 vs 550' }).click()
    await expect(page).toHaveURL(/\/en\/compare\/556\/550\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '556 vs 550' })).toBeVisible()
  })

  test('picks a pair on /en/compare/ with the keyboard alone', async ({ page, open }) => {
    await open('/en/compare/')
    const first = page.getByRole('combobox', { name: 'First code' })
    await first.focus()
    await page.keyboard.type('450')
    await expect(page.getByRole('listbox', { name: 'First code' }).getByRole('option').first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(first).toHaveAttribute('aria-activedescendant', /.+/)
    await page.keyboard.press('Enter')
    await expect(first).toHaveValue('450')
    await expect(first).toHaveAttribute('aria-expanded', 'false')

    await page.keyboard.press('Tab')
    await page.keyboard.type('5.1.1')
    const options = page.getByRole('listbox', { name: 'Second code' }).getByRole('option')
    await expect(options.filter({ hasText: 'Bad destination mailbox address' }).first()).toBeVisible()
    const codes = await options.locator('.code-picker-code').allInnerTexts()
    for (let i = 0; i <= codes.indexOf('5.1.1'); i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('combobox', { name: 'Second code' })).toHaveValue('5.1.1')

    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/en\/compare\/450\/5\.1\.1\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '450 vs 5.1.1' })).toBeVisible()
  })

  test('keeps what was typed into a prerendered picker before the app started', async ({ page }) => {
    // Hold the app's entry script so the typing surely happens on the server-rendered markup.
    const release = await holdEntryScript(page)
    await page.goto('/en/compare/', { waitUntil: 'commit' })
    const first = page.getByRole('combobox', { name: 'First code' })
    await first.focus()
    await page.keyboard.type('55')
    release()
    await expect(
      page.getByRole('listbox', { name: 'First code' }).getByRole('option', { name: /^550/ }),
    ).toBeVisible()
    await expect(first).toHaveValue('55')
  })

  inEachLanguageAndTheme(
    'has no axe violations on the compare pages',
    async ({ page, open, axe, watch }, { lang, scheme }) => {
      for (const path of [
        'compare/450/550/',
        'compare/550/5.1.1/',
        'compare/X.7.1/221/',
        'compare/550/550/',
        'compare/559/550/',
      ]) {
        await open(`/${lang}/${path}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        expect(await axe(), `${lang} ${scheme} ${path}`).toEqual([])
        expect(watch.problems, `${lang} ${scheme} ${path}`).toEqual([])
      }
      // The picker page, checked again with a listbox open and an option active.
      await open(`/${lang}/compare/`)
      await page.getByRole('combobox').first().focus()
      await page.keyboard.type('55')
      await expect(page.getByRole('option').first()).toBeVisible()
      await page.keyboard.press('ArrowDown')
      expect(await axe(), `${lang} ${scheme} picker`).toEqual([])
      expect(watch.problems, `${lang} ${scheme} picker`).toEqual([])
    },
  )
})
