import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { axeViolations, eventually, eventuallyContains, launch } from './browser'

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

const exercise = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const status = (card: Locator) => card.locator('.exercise-feedback').textContent()

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

describe('learn path in Chromium', () => {
  it('completes lesson 1 with the keyboard only, and finds it done on the index after a reload', async () => {
    const browser = await launch({ locale: 'en-US' })
    try {
      const { page, problems } = await browser.open('/en/learn/mail-session/')
      await page.getByRole('heading', { level: 1, name: 'A mail session, from connect to goodbye' }).waitFor()

      // 1. Terminal goal: type to the engine until it answers 354.
      const terminal = exercise(page, 'Exercise 1: Type it')
      const input = terminal.getByRole('textbox', { name: 'Your command' })
      await eventually(() => input.isEnabled(), true)
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
      await eventuallyContains(() => status(terminal), 'Right. 354 is an intermediate reply')

      // 2. Put in order, with the move buttons.
      const order = exercise(page, 'Exercise 2: Put in order')
      await orderByKeyboard(page, order)
      await tabTo(page, order.getByRole('button', { name: 'Check', exact: true }))
      await page.keyboard.press('Enter')
      await eventuallyContains(() => status(order), 'Right. EHLO, MAIL FROM, RCPT TO, DATA')

      // 3. Choose the reply: first a wrong one (its explanation and the hint), then the right one.
      const choose = exercise(page, 'Exercise 3: Choose the reply')
      await tabTo(page, choose.getByRole('radio').first())
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await eventuallyContains(() => status(choose), 'Not yet. 221 answers QUIT only.')
      assert.match((await status(choose)) ?? '', /Hint: After the final dot/)
      // Focus is still on the chosen radio: arrows move through the group (one Tab stop).
      await page.keyboard.press('ArrowUp')
      await page.keyboard.press('ArrowUp')
      await page.keyboard.press('Enter')
      await eventuallyContains(() => status(choose), 'Right. 250 after the final dot')
      await eventuallyContains(() => page.locator('.page-header .lesson-status').textContent(), 'Done')

      await page.reload()
      await page.goto(new URL('/en/learn/', page.url()).href)
      const card = page.locator('.lesson-card').first()
      await eventuallyContains(() => card.textContent(), 'Done')
      assert.match((await page.locator('.lesson-card').nth(1).textContent()) ?? '', /Not started/)
      await page.goto(new URL('/en/', page.url()).href)
      await page
        .getByRole('link', { name: 'Continue where you left off: Reading a reply code', exact: true })
        .waitFor()
      assert.deepEqual(problems, [])
    } finally {
      await browser.close()
    }
  })

  it('still checks exercises when storage throws, and says progress lasts only for this visit', async () => {
    const browser = await launch({ locale: 'tr-TR' })
    // As a string: tsx would wrap a function's inner names in a helper the page does not have.
    await browser.context.addInitScript({
      content: `{
        const fail = () => { throw new DOMException('The operation is insecure.', 'SecurityError') }
        Storage.prototype.setItem = fail
        Storage.prototype.getItem = fail
      }`,
    })
    try {
      const { page, problems } = await browser.open('/tr/learn/reply-codes/')
      await page
        .getByText(
          'Bu tarayıcı sitenin veri kaydetmesine izin vermiyor; ilerlemeniz yalnızca bu ziyaret boyunca korunur.',
        )
        .waitFor()
      const choose = exercise(page, 'Alıştırma 2: Yanıtı seçin')
      await choose.getByRole('radio', { name: /500 5\.5\.2/ }).check()
      await choose.getByRole('button', { name: 'Denetle' }).click()
      await eventuallyContains(() => status(choose), 'Doğru. 500 “Syntax error, command unrecognized”')
      await choose.getByText('Çözüldü').waitFor()
      await eventuallyContains(
        () => page.locator('.page-header .lesson-status').textContent(),
        'Devam ediyor: 2 alıştırmadan 1 tanesi çözüldü',
      )
      assert.deepEqual(await axeViolations(page), [])
      assert.deepEqual(problems, [])
    } finally {
      await browser.close()
    }
  })

  for (const lang of ['en', 'tr'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the learn pages (${lang}, ${scheme})`, async () => {
        const browser = await launch({ locale: lang, colorScheme: scheme })
        try {
          for (const path of ['learn/', 'learn/mail-session/', 'learn/reading-bounces/']) {
            const { page, problems } = await browser.open(`/${lang}/${path}`)
            await page.getByRole('heading', { level: 1 }).waitFor()
            if (path !== 'learn/') {
              // With a verdict shown too: the feedback's colours must hold in both themes.
              const card = page.locator('.exercise').last()
              await card.getByRole('radio').nth(1).check()
              await card
                .getByRole('button', { name: lang === 'en' ? 'Check' : 'Denetle', exact: true })
                .click()
              await card.locator('.feedback-wrong, .feedback-right').waitFor()
            }
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
