import { BOUNCE_FIXTURES } from '../fixtures/bounces'
import { expect, inEachLanguageAndTheme, test } from './fixtures'

const gmail = BOUNCE_FIXTURES.find((f) => f.id === 'postfix-gmail-multiline')?.text ?? ''

test.describe('bounce explainer in Chromium', () => {
  test('explains both codes of a pasted multi-line Gmail bounce and keeps the text out of the URL', async ({
    page,
    open,
  }) => {
    await open('/en/bounce/')
    const box = page.getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    await box.fill(gmail)
    await expect(page.getByRole('status').first()).toContainText('1 recipient could not be reached.')
    const headline = page.getByRole('region', { name: 'In short' })
    await expect(headline).toHaveText(/nobody@example\.com: Unknown recipient/)
    const found = page.getByRole('region', { name: 'Codes found' })
    await expect(found.locator('.finding-head .code-chip')).toHaveText(['550', '5.1.1'])
    await expect(found.getByRole('listitem').first()).toHaveText(/answer to\s*RCPT TO/)
    await expect(found.getByRole('listitem').nth(1)).toHaveText(/Bad destination mailbox address/)
    await expect.poll(() => page.locator('pre.bounce-text mark').count()).toBeGreaterThanOrEqual(8)
    expect(new URL(page.url()).search).toBe('')
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, location.hash])).toEqual([
      0,
      0,
      '',
    ])
  })

  test("downloads the results' code and texts when the visitor reaches for the box, and answers the paste", async ({
    page,
    open,
  }) => {
    const seen: string[] = []
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop() ?? ''
      if (/^(bounce-results|reasons|vendor)-/.test(name)) seen.push(name)
    })
    await open('/tr/bounce/')
    await expect(page.locator('main h1')).toBeVisible()
    expect(seen, 'downloaded before the visitor reached for the box').toEqual([])
    const box = page.getByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })
    await box.focus()
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(3)
    await box.fill('550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown')
    await expect(page.getByRole('region', { name: 'Kısaca' })).toContainText('Bilinmeyen alıcı')
  })

  test('marks the codes of a bounce quoted with "> " in the text it read, not beside them', async ({
    page,
    open,
  }) => {
    await open('/en/bounce/')
    await page
      .getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
      .fill(
        'Hi, this came back:\n\n> <bob@exmaple.com>: Host or domain name not found\n>\n> Final-Recipient: rfc822; bob@exmaple.com\n> Action: failed\n> Status: 5.4.4\n',
      )
    await expect(page.getByRole('status').first()).toContainText('1 recipient could not be reached.')
    await expect(page.locator('pre.bounce-text mark')).toHaveText(['5.4.4'])
  })

  test('renders pasted markup as text', async ({ page, open }) => {
    await open('/en/bounce/')
    await page
      .getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
      .fill('<img src=x onerror="document.title=1"><script>document.title=2</script> 421 4.7.0 try later')
    await expect(page.getByRole('status').first()).toContainText('Delivery to 1 recipient is delayed')
    await expect(page.locator('main img, main script')).toHaveCount(0)
    await expect(page).not.toHaveTitle('1')
  })

  test('answers a 1 MB paste of Received: headers, analysed in a worker, with the diagnostic at the end', async ({
    page,
    open,
  }) => {
    await open('/en/bounce/')
    const received =
      'Received: from relay.example.org (relay.example.org [192.0.2.10]) by mx.example.net with ESMTPS id 4B2C1A2F3E; Mon, 10 Jun 2024 09:15:02 +0200\n'
    const big = `${received.repeat(Math.floor((1024 * 1024 - 200) / received.length))}Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n`
    const box = page.getByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    // As a paste does: the whole value at once, then one input event.
    await box.evaluate((el, value) => {
      ;(el as HTMLTextAreaElement).value = value
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }))
    }, big)
    await expect(page.getByRole('status').first()).toContainText('1 recipient could not be reached.')
    const headline = page.getByRole('region', { name: 'In short' })
    await expect(headline).toContainText(/Unknown recipient/)
    await expect(headline).toContainText(/5\.1\.1/)
  })

  test('opens an .eml file from the file input', async ({ page, open }) => {
    await open('/en/bounce/')
    await page.getByLabel('Open an .eml file').setInputFiles({
      name: 'returned.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(gmail),
    })
    await expect(page.getByRole('status').first()).toContainText('Opened “returned.eml”.')
    await expect(page.getByRole('status').first()).toContainText('1 recipient could not be reached.')
  })

  test('gives each refused recipient of a list its own reason, in Turkish, and names no accepted one', async ({
    page,
    open,
    axe,
  }) => {
    await open('/tr/bounce/')
    await page
      .getByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })
      .fill(
        'Recipients: bob@example.net, carol@fabrikam.com, dave@contoso.org\nRCPT TO:<bob@example.net> 550 5.1.1 No such user\nRCPT TO:<carol@fabrikam.com> 250 2.1.5 Ok\nRCPT TO:<dave@contoso.org> 552 5.2.2 Mailbox full',
      )
    await expect(page.getByRole('region', { name: 'Kısaca' })).toContainText('bob@example.net')
    const results = page.locator('.recipient-result')
    await expect(results.filter({ hasText: 'bob@example.net' })).toContainText('Bilinmeyen alıcı')
    await expect(results.filter({ hasText: 'dave@contoso.org' })).toContainText('Posta kutusu dolu')
    await expect(page.locator('.recipient', { hasText: 'carol@fabrikam.com' })).toHaveCount(0)
    expect(await axe()).toEqual([])
  })

  test.describe('in Turkish', () => {
    test.use({ locale: 'tr-TR' })
    test('reads two Gmail notices pasted together, each for its own recipient, in Turkish', async ({
      page,
      open,
      axe,
    }) => {
      await open('/tr/bounce/')
      const box = page.getByRole('textbox').first()
      await box.fill(
        "Selam, bu iki bildirimi aldım, ne yapmalıyım?\n\n** Address not found **\n\nYour message wasn't delivered to jean.martin@mairie-ville.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <jean.martin@mairie-ville.example>: Recipient address rejected: User unknown in local recipient table\n\n\n** Message blocked **\n\nYour message to inscriptions@mairie-ville.example has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n552 5.7.0 This message was blocked because its content presents a potential security issue.\n",
      )
      const headings = page.locator('.recipient-result h3')
      await expect(headings).toHaveCount(2)
      await expect(headings.nth(0)).toContainText('jean.martin@mairie-ville.example')
      await expect(headings.nth(1)).toContainText('inscriptions@mairie-ville.example')
      await expect(headings.nth(1)).toContainText('İçeriği nedeniyle reddedildi')
      expect(await axe()).toEqual([])
    })
  })

  inEachLanguageAndTheme(
    'has no axe violations with results shown',
    async ({ page, open, axe, watch }, { lang, scheme }) => {
      await open(`/${lang}/bounce/`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await axe(), `${lang} ${scheme} empty`).toEqual([])
      await page.locator('.example-buttons button').first().click()
      await expect(page.locator('.bounce-headline')).toBeVisible()
      expect(await axe(), `${lang} ${scheme} with results`).toEqual([])
      expect(watch.problems).toEqual([])
    },
  )
})
