import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Browser, launch, scrollToTerminal } from './browser'

// Text someone pastes or types is shown as text: markup in it is never parsed, and no script
// in it ever runs (the Content-Security-Policy forbids inline script as a second line of defence).
const PAYLOAD =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 550 5.1.1 <b>bold</b>'

describe('hostile input', () => {
  let browser: Browser
  before(async () => {
    browser = await launch({ locale: 'en-US' })
  })
  after(async () => {
    await browser.close()
  })

  it('renders a script payload pasted into the bounce box as text, and runs nothing', async () => {
    const { page, problems } = await browser.open('/en/bounce/')
    let dialogs = 0
    page.on('dialog', async (d) => {
      dialogs++
      await d.dismiss()
    })
    await page.getByLabel('Bounce message, NDR or server reply').fill(PAYLOAD)
    await page.getByRole('heading', { name: 'Your text, with the codes marked' }).waitFor()
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
    assert.equal(await page.locator('main img, main b, main script').count(), 0)
    assert.ok(
      ((await page.locator('main').textContent()) ?? '').includes('<script>window.__pwned=2</script>'),
    )
    assert.equal(dialogs, 0)
    assert.deepEqual(problems, [])
  })

  it('shows markup typed into the simulator terminal literally, and runs nothing', async () => {
    const { page, problems } = await browser.open('/en/simulator/')
    await page.locator('[data-ready]').first().waitFor({ state: 'attached' })
    await scrollToTerminal(page)
    const input = page.getByLabel('Your command')
    await input.fill('HELO <img src=x onerror="window.__pwned=3">')
    await input.press('Enter')
    await page
      .getByRole('log')
      .getByText('<img src=x onerror="window.__pwned=3">', { exact: false })
      .first()
      .waitFor()
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
    assert.equal(await page.locator('main img').count(), 0)
    assert.deepEqual(problems, [])
  })

  it('refuses inline script through the Content-Security-Policy', async () => {
    const { page } = await browser.open('/en/')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    assert.match(csp ?? '', /script-src 'self'(;|$)/)
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/)
    const ran = await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__inline = 1'
      document.body.append(s)
      return (window as unknown as { __inline?: number }).__inline
    })
    assert.equal(ran, undefined)
  })
})
