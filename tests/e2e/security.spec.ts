import { expect, scrollToTerminal, test } from './fixtures'

// Text someone pastes or types is shown as text: markup in it is never parsed, and no script
// in it ever runs (the Content-Security-Policy forbids inline script as a second line of defence).
const PAYLOAD =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 550 5.1.1 <b>bold</b>'

const pwned = () => (window as unknown as { __pwned?: number }).__pwned

test.describe('hostile input', () => {
  test('renders a script payload pasted into the bounce box as text, and runs nothing', async ({
    page,
    open,
  }) => {
    await open('/en/bounce/')
    let dialogs = 0
    page.on('dialog', async (d) => {
      dialogs++
      await d.dismiss()
    })
    await page.getByLabel('Bounce message, NDR or server reply').fill(PAYLOAD)
    await expect(page.getByRole('heading', { name: 'Your text, with the codes marked' })).toBeVisible()
    expect(await page.evaluate(pwned)).toBeUndefined()
    await expect(page.locator('main img, main b, main script')).toHaveCount(0)
    await expect(page.locator('main')).toContainText('<script>window.__pwned=2</script>')
    expect(dialogs).toBe(0)
  })

  test('shows markup typed into the simulator terminal literally, and runs nothing', async ({
    page,
    open,
  }) => {
    await open('/en/simulator/')
    await page.locator('main h1').hover()
    await expect(page.locator('[data-ready]').first()).toBeAttached()
    await scrollToTerminal(page)
    const input = page.getByLabel('Your command')
    await input.fill('HELO <img src=x onerror="window.__pwned=3">')
    await input.press('Enter')
    await expect(
      page.getByRole('log').getByText('<img src=x onerror="window.__pwned=3">', { exact: false }).first(),
    ).toBeVisible()
    expect(await page.evaluate(pwned)).toBeUndefined()
    await expect(page.locator('main img')).toHaveCount(0)
  })

  test("refuses inline script through the Content-Security-Policy, except the page's own scripts, named by hash", async ({
    page,
    open,
    watch,
  }) => {
    // Chromium reports the refused script on the console: that report is the point of this test.
    watch.allow(
      /^console: Executing inline script violates the following Content Security Policy directive 'script-src 'self' 'sha256-/,
    )
    // The theme script runs before first paint: a saved dark theme is on <html> in the HTML's own pass.
    await page.addInitScript(() => localStorage.setItem('smtp-code-lab.theme', 'dark'))
    await open('/en/')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    // Our origin, plus the page's own inline scripts (the theme, the app's start) by hash only.
    expect(csp ?? '').toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){2}(;|$)/)
    expect(csp ?? '').not.toMatch(/unsafe-inline|unsafe-eval/)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const ran = await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__inline = 1'
      document.body.append(s)
      return (window as unknown as { __inline?: number }).__inline
    })
    expect(ran).toBeUndefined()
  })
})
