import type { Locator, Page } from '@playwright/test'
import { expect, inEachLanguageAndTheme, test } from './fixtures'

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

const exercise = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const feedback = (card: Locator) => card.locator('.exercise-feedback')

/** Lesson 1's order exercise, by keyboard: each block in turn is moved up to its place. */
async function orderByKeyboard(page: Page, card: Locator): Promise<void> {
  const wanted = [
    'EHLO client.example',
    'MAIL FROM:<alice@example.com>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    'Subject: Hello …',
    'QUIT',
  ]
  for (const [position, item] of wanted.entries()) {
    const items = await card.locator('.order-item pre').allTextContents()
    const from = items.findIndex((text) => text.startsWith(`C: ${item.replace(' …', '')}`))
    if (from === position) continue
    await tabTo(page, card.getByRole('button', { name: `Move up: ${item}`, exact: true }))
    for (let i = from; i > position; i--) await page.keyboard.press('Enter')
  }
}

test.describe('learn path in Chromium', () => {
  test('completes lesson 1 with the keyboard only, and finds it done on the index after a reload', async ({
    page,
    open,
  }) => {
    await open('/en/learn/mail-session/')
    await expect(
      page.getByRole('heading', { level: 1, name: 'A mail session, from connect to goodbye' }),
    ).toBeVisible()

    // 1. Terminal goal: type to the engine until it answers 354.
    const terminal = exercise(page, 'Exercise 1: Type it')
    const input = terminal.getByRole('textbox', { name: 'Your command' })
    await expect(input).toBeEnabled()
    await tabTo(page, input)
    for (const line of [
      'EHLO client.example',
      'MAIL FROM:<alice@example.com>',
      'RCPT TO:<bob@example.org>',
      'DATA',
    ]) {
      await page.keyboard.type(line)
      await page.keyboard.press('Enter')
    }
    await expect(feedback(terminal)).toContainText('Right. 354 is an intermediate reply')

    // 2. Put in order, with the move buttons.
    const order = exercise(page, 'Exercise 2: Put in order')
    await orderByKeyboard(page, order)
    await tabTo(page, order.getByRole('button', { name: 'Check', exact: true }))
    await page.keyboard.press('Enter')
    await expect(feedback(order)).toContainText('Right. EHLO, MAIL FROM, RCPT TO, DATA')

    // 3. Choose the reply: first a wrong one (its explanation and the hint), then the right one.
    const choose = exercise(page, 'Exercise 3: Choose the reply')
    await tabTo(page, choose.getByRole('radio').first())
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(feedback(choose)).toContainText('Not yet. 221 answers QUIT only.')
    await expect(feedback(choose)).toContainText(/Hint: After the final dot/)
    // Focus is still on the chosen radio: arrows move through the group (one Tab stop).
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(feedback(choose)).toContainText('Right. 250 after the final dot')
    await expect(page.locator('.page-header .lesson-status')).toContainText('Done')

    await page.reload()
    await open('/en/learn/')
    await expect(page.locator('.lesson-card').first()).toContainText('Done')
    await expect(page.locator('.lesson-card').nth(1)).toContainText('Not started')
    await open('/en/')
    await expect(
      page.getByRole('link', { name: 'Continue where you left off: Reading a reply code', exact: true }),
    ).toBeVisible()
  })

  test.describe(() => {
    test.use({ locale: 'tr-TR' })

    test('still checks exercises when storage throws, and says progress lasts only for this visit', async ({
      page,
      open,
      axe,
    }) => {
      await page.addInitScript(() => {
        const fail = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        }
        Storage.prototype.setItem = fail
        Storage.prototype.getItem = fail
      })
      await open('/tr/learn/reply-codes/')
      await expect(
        page.getByText(
          'Bu tarayıcı sitenin veri kaydetmesine izin vermiyor; ilerlemeniz yalnızca bu ziyaret boyunca korunur.',
        ),
      ).toBeVisible()
      const choose = exercise(page, 'Alıştırma 2: Yanıtı seçin')
      await choose.getByRole('radio', { name: /500 5\.5\.2/ }).check()
      await choose.getByRole('button', { name: 'Denetle' }).click()
      await expect(feedback(choose)).toContainText('Doğru. 500 “Syntax error, command unrecognized”')
      await expect(choose.getByText('Çözüldü')).toBeVisible()
      await expect(page.locator('.page-header .lesson-status')).toContainText(
        'Devam ediyor: 2 alıştırmadan 1 tanesi çözüldü',
      )
      expect(await axe()).toEqual([])
    })
  })

  inEachLanguageAndTheme(
    'has no axe violations on the learn pages',
    async ({ page, open, axe }, { lang, scheme }) => {
      for (const path of ['learn/', 'learn/mail-session/', 'learn/reading-bounces/']) {
        await open(`/${lang}/${path}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        if (path !== 'learn/') {
          // With a verdict shown too: the feedback's colours must hold in both themes.
          const card = page.locator('.exercise').last()
          await card.getByRole('radio').nth(1).check()
          await card.getByRole('button', { name: lang === 'en' ? 'Check' : 'Denetle', exact: true }).click()
          await expect(card.locator('.feedback-wrong, .feedback-right')).toBeVisible()
        }
        expect(await axe(), `${lang} ${scheme} ${path}`).toEqual([])
      }
    },
  )
})
