import { createHash } from 'node:crypto'
import { expect, holdEntryScript, test, waitForApp } from './fixtures'

test.describe('prerendered pages', () => {
  test('serve content, title, description and hreflang alternates before any script runs', async ({
    request,
  }) => {
    const html = await (await request.get('/tr/codes/550/')).text()
    expect(html).toMatch(/<html lang="tr"/)
    expect(html).toMatch(/<title>[^<]*550[^<]*SMTP Code Lab<\/title>/)
    expect(html).toMatch(/<meta name="description" content="[^"]*posta kutusu[^"]*"/)
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="https?:\/\/[^"]+\/en\/codes\/550\/"/)
    expect(html).toMatch(/<meta property="og:title"/)
    expect(html).toMatch(/<h1[^>]*>[^<]*550/)
    // Two inline scripts (the theme before first paint, the app's start after it), each allowed by
    // the CSP through its hash alone.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body = '']) => body)
    expect(inline).toHaveLength(2)
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'")
    for (const body of inline)
      expect(csp).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`)
  })

  test('lists every page in both languages in sitemap.xml', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    for (const path of [
      '/en/',
      '/tr/',
      '/tr/simulator/',
      '/en/codes/5.1.1/',
      '/tr/compare/220/221/',
      '/tr/learn/envelope/',
    ])
      expect(xml, path).toContain(`${path}</loc>`)
  })

  for (const path of [
    '/en/',
    '/tr/codes/550/',
    '/en/codes/5.1.1/',
    '/tr/compare/450/550/',
    '/en/simulator/',
    '/tr/bounce/',
    '/en/learn/',
    '/tr/learn/envelope/',
  ]) {
    test(`hydrates ${path} keeping every server-rendered node, without errors`, async ({ page }) => {
      // React reports a hydration mismatch as a warning too; the watch fixture sees only errors.
      const warnings: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text())
      })
      // Hold the app's entry script until the server markup has been captured.
      const release = await holdEntryScript(page)
      // DOMContentLoaded waits for module scripts, so wait for the markup itself.
      await page.goto(path, { waitUntil: 'commit' })
      await expect(page.locator('#root footer')).toBeAttached()
      const nodes = await page.evaluate(() => {
        const all = [...document.querySelectorAll('#root *')]
        ;(window as unknown as { serverNodes: Element[] }).serverNodes = all
        return all.length
      })
      expect(nodes, `server markup present (${nodes} nodes)`).toBeGreaterThan(20)
      release()
      // Once the app has taken over the page, a click must work.
      await waitForApp(page)
      const html = page.locator('html')
      const before = await html.getAttribute('data-theme')
      await page.locator('.theme-toggle').click()
      await expect(html).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark')
      // A body that waits to be used (components/hydrate-on-intent.tsx) hydrates as the pointer
      // reaches for it, on the same nodes.
      const body = page.locator('.hydrate-region')
      if ((await body.count()) > 0) {
        await page.locator('main h1').hover()
        await expect(body).toHaveAttribute('data-live', 'true')
      }
      const replaced = await page.evaluate(
        () =>
          (window as unknown as { serverNodes: Element[] }).serverNodes.filter((n) => !n.isConnected).length,
      )
      expect(replaced, 'server nodes replaced during hydration').toBe(0)
      expect(warnings).toEqual([])
    })
  }
})
