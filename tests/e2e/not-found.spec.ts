import { expect, openControlledByWorker, test } from './fixtures'

// Addresses no route can decode get the app's translated not-found page, in the address's
// language, with status 404 — from the server and, offline, from the service worker — never the
// browser's blank error page.
const MALFORMED = [
  ['/%ff%fe', 'en', 'Page not found'],
  ['/en/codes/%E0%A4%A', 'en', 'Page not found'],
  ['/en/compare/%ff/550', 'en', 'Page not found'],
  ['/tr/%ff', 'tr', 'Sayfa bulunamadı'],
] as const

test.describe('malformed addresses', () => {
  test('get the translated not-found page with status 404 and links onward', async ({ page, watch }) => {
    // The document's own 404 status is reported on the console: that is the point here.
    watch.allow(/Failed to load resource: the server responded with a status of 404/)
    for (const [path, lang, heading] of MALFORMED) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading)
      await expect(page, path).toHaveTitle(`${heading} · SMTP Code Lab`)
    }
    await page.getByRole('link', { name: 'Ana sayfaya git' }).click()
    await expect(page).toHaveURL(/\/tr\/$/)
  })

  test('get it offline too, from the service worker', async ({ context, page, open, watch }) => {
    watch.allow(/ERR_INTERNET_DISCONNECTED|status of 404/)
    await openControlledByWorker(page, open)
    await context.setOffline(true)
    try {
      for (const [path, lang, heading] of MALFORMED) {
        await page.goto(path)
        await expect(page.locator('html'), path).toHaveAttribute('lang', lang)
        await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading)
      }
    } finally {
      await context.setOffline(false)
    }
  })

  test('are not kept by the service worker, nor is a 10 KB junk address', async ({ page, open, watch }) => {
    watch.allow(/status of 404/)
    await openControlledByWorker(page, open)
    await page.goto('/tr/%ff')
    await page.goto(`/en/codes/?q=${'x'.repeat(10_000)}`)
    await open('/en/codes/550/')
    // The worker stores a page after answering it: wait for the one page that should be kept.
    const kept = async () =>
      page.evaluate(async () => {
        const urls: string[] = []
        for (const name of await caches.keys())
          if (name.includes('-pages-'))
            for (const request of await (await caches.open(name)).keys())
              urls.push(new URL(request.url).pathname + new URL(request.url).search)
        return urls
      })
    await expect.poll(kept).toContain('/en/codes/550/')
    const urls = await kept()
    expect(urls.filter((u) => u.includes('%ff') || u.length > 512)).toEqual([])
  })
})
