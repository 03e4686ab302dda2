import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Presses Tab until the focused element has this accessible text (or label), asserting focus is visible. */
async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      // Focus on the body means the focused element was just replaced (a list re-rendering): its
      // text is the whole page's, not a name reached with Tab.
      if (!el || el === document.body) return null
      const label =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent ??
        ''
      const style = getComputedStyle(el)
      return { label: label.trim(), outline: style.outlineStyle, width: style.outlineWidth }
    })
    if (focused?.label.includes(name)) {
      expect(focused.outline !== 'none' && focused.width !== '0px', `visible focus on "${name}"`).toBe(true)
      return
    }
  }
  throw new Error(`"${name}" not reached with Tab`)
}

/** Waits for a client-side navigation (pushState/replaceState) to reach a matching URL. */
async function urlMatches(page: Page, pattern: RegExp): Promise<void> {
  await expect(page).toHaveURL(pattern, { timeout: 10_000 })
}

test.describe('keyboard-only walkthrough', () => {
  test.use({ reducedMotion: 'reduce' })

  test('skips to content and reaches the simulator from the main menu', async ({ page, open }) => {
    await open('/en/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await tabTo(page, 'Simulator')
    await page.keyboard.press('Enter')
    await urlMatches(page, /\/en\/simulator\/$/)
    await expect(page.locator('[data-ready]').first()).toBeAttached()
    await page.locator('h1').click() // focus outside any control: the page's shortcuts apply
    await page.keyboard.press('ArrowRight')
    await urlMatches(page, /step=1\b/)
    await page.keyboard.press('End')
    await urlMatches(page, /step=([2-9]|\d{2,})\b/)
  })

  test('searches the codes and opens one', async ({ page, open }) => {
    await open('/en/codes/')
    await tabTo(page, 'Search')
    await page.keyboard.type('550')
    await urlMatches(page, /q=550/)
    // The results follow the typing; tab through them once they show 550's.
    await expect(page.getByRole('link', { name: '550', exact: true })).toBeVisible()
    await tabTo(page, '550')
    await page.keyboard.press('Enter')
    await urlMatches(page, /\/en\/codes\/550\/$/)
  })

  test('picks a pair to compare with the comboboxes', async ({ page, open }) => {
    await open('/en/compare/')
    for (const code of ['450', '550']) {
      await page.keyboard.press('Tab')
      const combo = page.getByRole('combobox').nth(code === '450' ? 0 : 1)
      await combo.focus()
      await page.keyboard.type(code)
      await expect(combo).toHaveAttribute('aria-expanded', 'true')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
    }
    await tabTo(page, 'Compare')
    await page.keyboard.press('Enter')
    await urlMatches(page, /\/en\/compare\/450\/550\/$/)
  })

  test('explains an example bounce', async ({ page, open }) => {
    await open('/en/bounce/')
    await tabTo(page, 'Gmail: no such user')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Codes found' })).toBeVisible()
  })
})
