import { expect, inEachLanguageAndTheme, test, waitForApp } from './fixtures'

test.describe('app shell in Chromium', () => {
  test('lands an English browser on /en/', async ({ page, open }) => {
    await open('/')
    await expect(page).toHaveURL(/\/en\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'SMTP reply codes, explained' })).toBeVisible()
  })

  test.describe(() => {
    test.use({ locale: 'tr-TR' })

    test('lands a Turkish browser on /tr/', async ({ page, open }) => {
      await open('/')
      await expect(page).toHaveURL(/\/tr\/$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'tr')
      await expect(
        page.getByRole('heading', { level: 1, name: 'SMTP yanıt kodları, anlaşılır biçimde' }),
      ).toBeVisible()
    })

    test('shows a translated not-found page for an unknown path', async ({ page, open }) => {
      await open('/tr/olmayan-sayfa/')
      await expect(page.getByRole('heading', { level: 1, name: 'Sayfa bulunamadı' })).toBeVisible()
      await page.getByRole('link', { name: 'Ana sayfaya git' }).click()
      await expect(page).toHaveURL(/\/tr\/$/)
    })
  })

  test('keeps a switched language across a reload and on the next visit to /', async ({ page, open }) => {
    await open('/en/codes/?q=55')
    await page.getByRole('link', { name: 'Türkçe' }).click()
    await expect(page).toHaveURL(/\/tr\/codes\/\?q=55$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr')
    await page.reload()
    await expect(page.getByRole('navigation', { name: 'Ana menü' })).toBeVisible()
    await open('/')
    await expect(page).toHaveURL(/\/tr\/$/)
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/$/)
  })

  test('offers the app for installing in the language of the page, also after a switch', async ({
    page,
    open,
    request,
  }) => {
    const turkish = await (await request.get('/manifest.tr.webmanifest')).json()
    expect(turkish).toMatchObject({ lang: 'tr', start_url: '/tr/', name: 'SMTP Code Lab' })
    expect(turkish.description).toMatch(/yanıt kodlarını/)
    const manifest = page.locator('link[rel="manifest"]')
    await open('/tr/codes/550/')
    await expect(manifest).toHaveAttribute('href', '/manifest.tr.webmanifest')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/codes\/550\/$/)
    await expect(manifest).toHaveAttribute('href', '/manifest.en.webmanifest')
  })

  test('opens a deep link directly and redirects an unsupported language', async ({ page, open }) => {
    await open('/de/codes/550/?q=x')
    await expect(page).toHaveURL(/\/en\/codes\/550\/\?q=x$/)
    await expect(page).toHaveTitle(/550/)
  })

  test('toggles and remembers the dark theme', async ({ page, open }) => {
    await open('/en/')
    const html = page.locator('html')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await page.reload()
    // Saved: the inline script applies it before the app starts…
    await expect(html).toHaveAttribute('data-theme', 'dark')
    // …and once the app has taken over, the toggle turns it off again.
    await waitForApp(page)
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await expect(html).toHaveAttribute('data-theme', 'light')
  })

  inEachLanguageAndTheme(
    'has no axe violations on the shell pages',
    async ({ page, open, axe, watch }, { lang, scheme }) => {
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
        await open(`/${lang}/${path === '/' ? '' : path}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        expect(await axe(), `${lang} ${scheme} ${path}`).toEqual([])
        expect(watch.problems, `${lang} ${scheme} ${path}`).toEqual([])
      }
    },
  )
})
