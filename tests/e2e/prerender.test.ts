import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { BASE_URL, type Browser, eventually, holdEntryScript, launch } from './browser'

describe('prerendered pages', () => {
  let browser: Browser
  before(async () => {
    browser = await launch({ locale: 'en-US' })
  })
  after(async () => {
    await browser.close()
  })

  it('serve content, title, description and hreflang alternates before any script runs', async () => {
    const html = await (await fetch(`${BASE_URL}/tr/codes/550/`)).text()
    assert.match(html, /<html lang="tr"/)
    assert.match(html, /<title>[^<]*550[^<]*SMTP Code Lab<\/title>/)
    assert.match(html, /<meta name="description" content="[^"]*posta kutusu[^"]*"/)
    assert.match(html, /<link rel="alternate" hreflang="en" href="https?:\/\/[^"]+\/en\/codes\/550\/"/)
    assert.match(html, /<meta property="og:title"/)
    assert.match(html, /<h1[^>]*>[^<]*550/)
    assert.doesNotMatch(html, /<script>/, 'no inline script')
  })

  it('lists every page in both languages in sitemap.xml', async () => {
    const xml = await (await fetch(`${BASE_URL}/sitemap.xml`)).text()
    for (const path of ['/en/', '/tr/', '/tr/simulator/', '/en/codes/5.1.1/', '/tr/compare/220/221/'])
      assert.ok(xml.includes(`${path}</loc>`), path)
  })

  for (const path of [
    '/en/',
    '/tr/codes/550/',
    '/en/codes/5.1.1/',
    '/tr/compare/450/550/',
    '/en/simulator/',
    '/tr/bounce/',
  ]) {
    it(`hydrates ${path} keeping every server-rendered node, without errors`, async () => {
      const page = await browser.context.newPage()
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
      })
      page.on('pageerror', (e) => problems.push(e.message))
      // Hold the app's entry script until the server markup has been captured.
      const release = await holdEntryScript(page)
      // DOMContentLoaded waits for module scripts, so wait for the markup itself.
      await page.goto(BASE_URL + path, { waitUntil: 'commit' })
      await page.waitForSelector('#root footer', { state: 'attached' })
      const nodes = await page.evaluate(() => {
        const all = [...document.querySelectorAll('#root *')]
        ;(window as unknown as { serverNodes: Element[] }).serverNodes = all
        return all.length
      })
      assert.ok(nodes > 20, `server markup present (${nodes} nodes)`)
      release()
      // Hydrated once React has attached its props to the theme toggle; then a click must work.
      await page.waitForFunction(() => {
        const button = document.querySelector('.theme-toggle')
        return button !== null && Object.keys(button).some((k) => k.startsWith('__reactProps'))
      })
      const before = await page.locator('html').getAttribute('data-theme')
      await page.locator('.theme-toggle').click()
      await eventually(
        () => page.locator('html').getAttribute('data-theme'),
        before === 'dark' ? 'light' : 'dark',
      )
      const kept = await page.evaluate(
        () =>
          (window as unknown as { serverNodes: Element[] }).serverNodes.filter((n) => !n.isConnected).length,
      )
      assert.equal(kept, 0, 'server nodes replaced during hydration')
      assert.deepEqual(problems, [])
      await page.close()
    })
  }
})
