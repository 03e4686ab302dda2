// The first page of a visit shows its body from the HTML and hydrates it only when the visitor
// reaches for it (components/hydrate-on-intent.tsx). What a visitor relies on: nothing the page
// body needs is downloaded just to read it, and nothing done before it is live is lost.
import { expect, test } from './fixtures'

/** Page-body chunks requested so far (the route's own chunk and the shell's are not). */
function bodyRequests(page: import('@playwright/test').Page, pattern: RegExp): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? ''
    if (pattern.test(name)) seen.push(name)
  })
  return seen
}

test.describe('the first page', () => {
  test.use({ reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] })

  test('a code page is read without its code, and a click before it is live still copies', async ({
    page,
    open,
  }) => {
    const seen = bodyRequests(page, /^(code-page|reply-codes|550)-/)
    await open('/en/codes/550/')
    await expect(page.locator('main h1')).toHaveText(/^550 /)
    // The shell is live (the theme toggle works) and the body is still the server's markup.
    await page.locator('.theme-toggle').click()
    expect(seen, 'body chunks downloaded before the visitor reached for the body').toEqual([])
    await expect(page.locator('.hydrate-region')).not.toHaveAttribute('data-live', 'true')
    // One click, aimed at the body before it is live: held, then replayed once it is.
    await page.getByRole('button', { name: 'Copy code' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('550')
    expect(seen.length).toBeGreaterThan(0)
  })

  test('a link in a body that is not live yet opens its page inside the app', async ({ page, open }) => {
    await open('/tr/compare/450/550/')
    await page.evaluate(() => {
      ;(window as unknown as { sameDocument: boolean }).sameDocument = true
    })
    const link = page.locator('main a[href="/tr/codes/450/"]').first()
    await link.click()
    await expect(page).toHaveURL(/\/tr\/codes\/450\/$/)
    await expect(page.locator('main h1')).toHaveText(/^450 /)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    )
  })

  test("the simulator's first key press, before it is live, moves a step", async ({ page, open }) => {
    await open('/en/simulator/')
    await expect(page.locator('#step-heading')).toHaveText('Step 1 of 10')
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/step=1\b/)
    await expect(page.locator('#step-heading')).toHaveText('Step 2 of 10')
  })

  test('a page reached by navigation renders whole, at once', async ({ page, open }) => {
    await open('/en/')
    await page.locator('.main-nav').getByRole('link', { name: 'Simulator' }).click()
    await expect(page.locator('.hydrate-region')).toHaveAttribute('data-live', 'true')
    await expect(page.locator('.simulator[data-ready]')).toBeVisible()
  })

  test('when the body cannot be downloaded, the page stays readable and says so, in its language', async ({
    page,
    open,
    watch,
  }) => {
    watch.allow(/Failed to load resource|Failed to fetch dynamically imported module|net::ERR_FAILED/)
    await page.route(/\/assets\/code-page-[^/]+\.js$/, (route) => route.abort())
    await open('/tr/codes/550/')
    await page.locator('main h1').hover()
    await expect(page.getByRole('alert')).toHaveText(/Bu sayfanın etkileşimli bölümleri yüklenemedi/)
    await expect(page.locator('main h1')).toHaveText(/^550 Posta kutusu kullanılamıyor/)
    // Its links still lead where they point, as full page loads.
    await page.locator('main a[href="/tr/codes/5.1.1/"]').first().click()
    await expect(page).toHaveURL(/\/tr\/codes\/5\.1\.1\/$/)
  })
})
