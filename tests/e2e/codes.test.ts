import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { axeViolations, BASE_URL, type Browser, eventually, launch } from './browser'

describe('code browser in Chromium', () => {
  let en: Browser
  before(async () => {
    en = await launch({ locale: 'en-US' })
  })
  after(async () => {
    await en.close()
  })

  it('searches 550, keeps the query in the URL and opens the code page', async () => {
    const { page, problems } = await en.open('/en/codes/')
    const box = page.getByRole('searchbox', { name: 'Search codes' })
    await box.fill('550')
    await page.waitForURL(/\/en\/codes\/\?q=/)
    assert.equal(new URL(page.url()).search, '?q=550') // readable: not ?q=%22550%22
    await eventually(() => page.getByRole('status').first().textContent(), '1 code matches')
    await page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: '550' }).click()
    await page.waitForURL('**/en/codes/550/')
    await page.getByRole('heading', { level: 1, name: '550 Mailbox unavailable' }).waitFor()
    assert.match(await page.title(), /^550 Mailbox unavailable/)
    assert.deepEqual(problems, [])
  })

  it('opens an enhanced code page directly', async () => {
    const { page, problems } = await en.open('/en/codes/5.1.1/')
    await page.getByRole('heading', { level: 1, name: '5.1.1 Bad destination mailbox address' }).waitFor()
    await page
      .getByRole('region', { name: 'Associated basic codes' })
      .getByRole('link', { name: '550' })
      .waitFor()
    assert.deepEqual(problems, [])
  })

  it('finds the mailbox-full codes from a Turkish query, by keyboard alone', async () => {
    const tr = await launch({ locale: 'tr-TR' })
    try {
      const { page, problems } = await tr.open('/tr/codes/')
      await page.getByRole('searchbox', { name: 'Kodlarda ara' }).focus()
      await page.keyboard.type('posta kutusu dolu')
      const results = page.getByRole('region', { name: 'Arama sonuçları' })
      await results.getByRole('link', { name: '4.2.2' }).waitFor()
      for (const code of ['5.2.2', '452', '552']) await results.getByRole('link', { name: code }).waitFor()
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/tr\/codes\/[45]\.2\.2\/$/)
      await page.getByRole('heading', { level: 1, name: /Posta kutusu dolu$/ }).waitFor()
      assert.deepEqual(problems, [])
    } finally {
      await tr.close()
    }
  })

  it('loads the search corpus only when searching', async () => {
    const { page } = await en.open('/en/codes/')
    const scripts: string[] = []
    page.on('request', (r) => scripts.push(r.url()))
    await page.getByRole('heading', { level: 1, name: 'Reply codes' }).waitFor()
    assert.equal(scripts.filter((u) => u.includes('code-search-corpus')).length, 0)
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('quota')
    await page.getByRole('region', { name: 'Search results' }).waitFor()
    assert.equal(scripts.filter((u) => u.includes('code-search-corpus')).length, 1)
  })

  it('serves /data/codes.json with every code in both languages', async () => {
    const response = await fetch(`${BASE_URL}/data/codes.json`)
    assert.equal(response.status, 200)
    const data = (await response.json()) as {
      reply: { code: string; text: { en: { title: string; description: string }; tr: { title: string } } }[]
      enhanced: { code: string; registryText: string; text: { tr: { title: string; description: string } } }[]
    }
    const r550 = data.reply.find((r) => r.code === '550')
    assert.equal(r550?.text.en.title, 'Mailbox unavailable')
    assert.equal(r550?.text.tr.title, 'Posta kutusu kullanılamıyor')
    // The long text and the descriptions live in locale parts; the export carries them too.
    assert.match(r550?.text.en.description ?? '', /permanent/)
    const x22 = data.enhanced.find((e) => e.code === 'X.2.2')
    assert.equal(x22?.text.tr.title, 'Posta kutusu dolu')
    assert.match(x22?.text.tr.description ?? '', /depolama kotası doldu/)
    assert.match(x22?.registryText ?? '', /^The mailbox is full because the user has exceeded/)
  })

  for (const lang of ['en', 'tr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the code pages (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme })
        try {
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
            const { page, problems } = await browser.open(`/${lang}/${path}`)
            await page.getByRole('heading', { level: 1 }).first().waitFor()
            if (path.includes('?q=')) await page.locator('.codes-count').filter({ hasNotText: '…' }).waitFor()
            assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme} ${path}`)
            assert.deepEqual(problems, [], `${lang} ${scheme} ${path}`)
            await page.close()
          }
        } finally {
          await browser.close()
        }
      })
    }
  }
})
