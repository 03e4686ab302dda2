import { expect, openControlledByWorker, test } from './fixtures'

test.describe('offline use', () => {
  test('is installable: the manifest names the app and has 192 and 512 px icons', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json()
    expect(manifest.name).toBe('SMTP Code Lab')
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes)
    expect(sizes).toContain('192x192')
    expect(sizes).toContain('512x512')
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200)
  })

  test('after one visit, opens other pages and the code data without a network', async ({
    context,
    page,
    open,
    watch,
  }) => {
    // Offline, the browser reports the requests it could not make; those are expected here.
    watch.allow(/ERR_INTERNET_DISCONNECTED/)
    await openControlledByWorker(page, open)
    await context.setOffline(true)
    try {
      for (const [path, heading] of [
        ['/tr/', 'SMTP yanıt kodları, anlaşılır biçimde'],
        ['/en/codes/550/', '550'],
        ['/tr/codes/5.1.1/', '5.1.1'],
        ['/en/simulator/', ''],
        ['/en/compare/450/550/', '450'],
      ] as const) {
        await page.goto(path)
        const h1 = page.getByRole('heading', { level: 1 })
        await expect(h1, path).toBeVisible()
        await expect(h1, path).toContainText(heading)
      }
      const data = await page.evaluate(async () => (await fetch('/data/codes.json')).ok)
      expect(data, '/data/codes.json offline').toBe(true)
    } finally {
      await context.setOffline(false)
    }
  })
})
