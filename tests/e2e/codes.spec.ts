import { expect, inEachLanguageAndTheme, test } from './fixtures'

test.describe('code browser in Chromium', () => {
  test('searches 550, keeps the query in the URL and opens the code page', async ({ page, open }) => {
    await open('/en/codes/')
    const box = page.getByRole('searchbox', { name: 'Search codes' })
    await box.fill('550')
    await expect(page).toHaveURL(/\/en\/codes\/\?q=/)
    expect(new URL(page.url()).search).toBe('?q=550') // readable: not ?q=%22550%22
    await expect(page.getByRole('status').first()).toHaveText('1 code matches')
    await page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: '550' }).click()
    await expect(page).toHaveURL(/\/en\/codes\/550\/$/)
    await expect(page.getByRole('heading', { level: 1, name: '550 Mailbox unavailable' })).toBeVisible()
    await expect(page).toHaveTitle(/^550 Mailbox unavailable/)
  })

  test('opens an enhanced code page directly', async ({ page, open }) => {
    await open('/en/codes/5.1.1/')
    await expect(
      page.getByRole('heading', { level: 1, name: '5.1.1 Bad destination mailbox address' }),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Associated basic codes' }).getByRole('link', { name: '550' }),
    ).toBeVisible()
  })

  test.describe(() => {
    test.use({ locale: 'tr-TR' })
    test('finds the mailbox-full codes from a Turkish query, by keyboard alone', async ({ page, open }) => {
      await open('/tr/codes/')
      await page.getByRole('searchbox', { name: 'Kodlarda ara' }).focus()
      await page.keyboard.type('posta kutusu dolu')
      const results = page.getByRole('region', { name: 'Arama sonuçları' })
      await expect(results.getByRole('link', { name: '4.2.2' })).toBeVisible()
      for (const code of ['5.2.2', '452', '552'])
        await expect(results.getByRole('link', { name: code })).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/\/tr\/codes\/[45]\.2\.2\/$/)
      await expect(page.getByRole('heading', { level: 1, name: /Posta kutusu dolu$/ })).toBeVisible()
    })
  })

  test('loads the search corpus only when searching', async ({ page, open }) => {
    await open('/en/codes/')
    const scripts: string[] = []
    page.on('request', (r) => scripts.push(r.url()))
    await expect(page.getByRole('heading', { level: 1, name: 'Reply codes' })).toBeVisible()
    expect(scripts.filter((u) => u.includes('code-search-corpus'))).toHaveLength(0)
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('quota')
    await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible()
    expect(scripts.filter((u) => u.includes('code-search-corpus'))).toHaveLength(1)
  })

  test('serves /data/codes.json with every code in both languages', async ({ request }) => {
    const response = await request.get('/data/codes.json')
    expect(response.status()).toBe(200)
    const data = (await response.json()) as {
      reply: { code: string; text: { en: { title: string; description: string }; tr: { title: string } } }[]
      enhanced: { code: string; registryText: string; text: { tr: { title: string; description: string } } }[]
    }
    const r550 = data.reply.find((r) => r.code === '550')
    expect(r550?.text.en.title).toBe('Mailbox unavailable')
    expect(r550?.text.tr.title).toBe('Posta kutusu kullanılamıyor')
    // The long text and the descriptions live in locale parts; the export carries them too.
    expect(r550?.text.en.description ?? '').toMatch(/permanent/)
    const x22 = data.enhanced.find((e) => e.code === 'X.2.2')
    expect(x22?.text.tr.title).toBe('Posta kutusu dolu')
    expect(x22?.text.tr.description ?? '').toMatch(/depolama kotası doldu/)
    expect(x22?.registryText ?? '').toMatch(/^The mailbox is full because the user has exceeded/)
  })

  inEachLanguageAndTheme(
    'has no axe violations on the code pages',
    async ({ page, open, axe, watch }, { lang, scheme }) => {
      for (const path of [
        'codes/',
        'codes/?q=mailbox',
        'codes/?q=zzzz&class=2',
        'codes/550/',
        'codes/571/',
        'codes/5.7.26/',
        'codes/X.1.1/',
        'codes/599/',
      ]) {
        await open(`/${lang}/${path}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        if (path.includes('?q='))
          await expect(page.locator('.codes-count').filter({ hasNotText: '…' })).toBeVisible()
        expect(await axe(), `${lang} ${scheme} ${path}`).toEqual([])
        expect(watch.problems, `${lang} ${scheme} ${path}`).toEqual([])
      }
    },
  )
})
