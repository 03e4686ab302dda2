import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { BOUNCE_FIXTURES } from '../fixtures/bounces'
import { axeViolations, type Browser, eventuallyContains, launch } from './browser'

const gmail = BOUNCE_FIXTURES.find((f) => f.id === 'postfix-gmail-multiline')?.text ?? ''

describe('bounce explainer in Chromium', () => {
  let en: Browser
  before(async () => {
    en = await launch({ locale: 'en-US' })
  })
  after(async () => {
    await en.close()
  })

  it('explains both codes of a pasted multi-line Gmail bounce and keeps the text out of the URL', async () => {
    const { page, problems } = await en.open('/en/bounce/')
    const box = page.getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    await box.fill(gmail)
    await eventuallyContains(
      () => page.getByRole('status').first().textContent(),
      '1 recipient could not be reached.',
    )
    const headline = page.getByRole('region', { name: 'In short' })
    assert.match((await headline.textContent()) ?? '', /nobody@example\.com: Unknown recipient/)
    const found = page.getByRole('region', { name: 'Codes found' })
    assert.deepEqual(await found.locator('.finding-head .code-chip').allTextContents(), ['550', '5.1.1'])
    assert.match((await found.getByRole('listitem').first().textContent()) ?? '', /answer to\s*RCPT TO/)
    assert.match(
      (await found.getByRole('listitem').nth(1).textContent()) ?? '',
      /Bad destination mailbox address/,
    )
    assert.ok((await page.locator('pre.bounce-text mark').count()) >= 8)
    assert.equal(new URL(page.url()).search, '')
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, location.hash]), [
      0,
      0,
      '',
    ])
    assert.deepEqual(problems, [])
  })

  it('renders pasted markup as text', async () => {
    const { page, problems } = await en.open('/en/bounce/')
    await page
      .getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
      .fill('<img src=x onerror="document.title=1"><script>document.title=2</script> 421 4.7.0 try later')
    await eventuallyContains(
      () => page.getByRole('status').first().textContent(),
      'Delivery to 1 recipient is delayed',
    )
    assert.equal(await page.locator('main img, main script').count(), 0)
    assert.notEqual(await page.title(), '1')
    assert.deepEqual(problems, [])
  })

  it('answers a 1 MB paste of Received: headers, analysed in a worker, with the diagnostic at the end', async () => {
    const { page, problems } = await en.open('/en/bounce/')
    const received =
      'Received: from relay.example.org (relay.example.org [192.0.2.10]) by mx.example.net with ESMTPS id 4B2C1A2F3E; Mon, 10 Jun 2024 09:15:02 +0200\n'
    const big = `${received.repeat(Math.floor((1024 * 1024 - 200) / received.length))}Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n`
    const box = page.getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    // As a paste does: the whole value at once, then one input event.
    await box.evaluate((el, value) => {
      ;(el as HTMLTextAreaElement).value = value
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }))
    }, big)
    await eventuallyContains(
      () => page.getByRole('status').first().textContent(),
      '1 recipient could not be reached.',
    )
    const headline = page.getByRole('region', { name: 'In short' })
    assert.match((await headline.textContent()) ?? '', /Unknown recipient/)
    assert.match((await headline.textContent()) ?? '', /5\.1\.1/)
    assert.deepEqual(problems, [])
  })

  it('opens an .eml file from the file input', async () => {
    const { page, problems } = await en.open('/en/bounce/')
    await page.getByLabel('Open an .eml file').setInputFiles({
      name: 'returned.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(gmail),
    })
    await eventuallyContains(() => page.getByRole('status').first().textContent(), 'Opened “returned.eml”.')
    await eventuallyContains(
      () => page.getByRole('status').first().textContent(),
      '1 recipient could not be reached.',
    )
    assert.deepEqual(problems, [])
  })

  for (const lang of ['en', 'tr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations with results shown (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme })
        try {
          const { page, problems } = await browser.open(`/${lang}/bounce/`)
          await page.getByRole('heading', { level: 1 }).waitFor()
          assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} empty`)
          await page.locator('.example-buttons button').first().click()
          await page.locator('.bounce-headline').waitFor()
          assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} with results`)
          assert.deepEqual(problems, [])
        } finally {
          await browser.close()
        }
      })
    }
  }
})
