import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { BASE_URL, type Browser, launch } from './browser'

describe('offline use', () => {
  let browser: Browser
  before(async () => {
    browser = await launch({ locale: 'en-US' })
  })
  after(async () => {
    await browser.close()
  })

  it('is installable: the manifest names the app and has 192 and 512 px icons', async () => {
    const manifest = await (await fetch(`${BASE_URL}/manifest.webmanifest`)).json()
    assert.equal(manifest.name, 'SMTP Code Lab')
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes)
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'))
    for (const icon of manifest.icons) assert.equal((await fetch(BASE_URL + icon.src)).status, 200, icon.src)
  })

  it('after one visit, opens other pages and the code data without a network', async () => {
    const { page, problems } = await browser.open('/en/')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // The worker controls pages from the next navigation on; wait until it has precached.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await browser.context.setOffline(true)
    try {
      for (const [path, heading] of [
        ['/tr/', 'SMTP yanıt kodları, anlaşılır biçimde'],
        ['/en/codes/550/', '550'],
        ['/tr/codes/5.1.1/', '5.1.1'],
        ['/en/simulator/', ''],
        ['/en/compare/450/550/', '450'],
      ] as const) {
        await page.goto(BASE_URL + path)
        const h1 = page.getByRole('heading', { level: 1 })
        await h1.waitFor()
        assert.ok((await h1.textContent())?.includes(heading), `${path}: ${await h1.textContent()}`)
      }
      const data = await page.evaluate(async () => (await fetch('/data/codes.json')).ok)
      assert.equal(data, true, '/data/codes.json offline')
    } finally {
      await browser.context.setOffline(false)
    }
    assert.deepEqual(
      problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')),
      [],
    )
  })
})
