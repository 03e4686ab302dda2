import { chromium } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { CHROMIUM_ARGS } from './scripts/preview.mjs'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
const cases = {
  sig: 'Hallo,\nunser Log zeigt: to=<hans@kunde.example>, status=bounced (550 5.1.1 User unknown)\nGruß\nJana\njana@contoso.de',
  list: "Delivery has failed to these recipients or groups:\nbob@partner.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\nよろしくお願いいたします。\n山田 花子\nyamada.hanako@contoso.co.jp",
  outlook: "Your message did not reach some or all of the intended recipients.\n\n      Subject:    Test\n      Sent: 20/03/2024 16:21\n\nThe following recipient(s) cannot be reached:\n\n      'friend@gmail.com' on 20/03/2024 16:21\n            Server error: '554 5.7.1 <friend@gmail.com>: Relay access denied'",
  quota: "smtplib.SMTPDataError: (554, b'5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot submit message.')",
}
const problems = []
for (const scheme of ['light', 'dark']) for (const lang of ['en', 'tr']) {
  const ctx = await browser.newContext({ locale: lang, colorScheme: scheme })
  const page = await ctx.newPage()
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()) })
  page.on('request', (r) => { if (!r.url().startsWith('http://localhost:4199') && !r.url().startsWith('data:')) problems.push('req ' + r.url()) })
  await page.goto(`http://localhost:4199/${lang}/bounce/`)
  await page.waitForSelector('html[data-hydrated="true"]')
  for (const [name, text] of Object.entries(cases)) {
    const box = page.locator('textarea').first()
    await box.fill(text)
    await page.locator('.bounce-headline').waitFor()
    await page.waitForTimeout(300)
    const head = (await page.locator('.bounce-headline').innerText()).replace(/\s+/g, ' ')
    const who = (await page.locator('.recipient-result').first().innerText()).replace(/\s+/g, ' ').slice(0, 400)
    const axe = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)
    console.log(`${scheme} ${lang} ${name}: ${head}\n   ${who}\n   axe=${JSON.stringify(axe)}`)
    if (scheme === 'light' && name === 'quota') await page.screenshot({ path: `/tmp/s12/ui-${lang}-${name}.png`, fullPage: false })
  }
  await ctx.close()
}
console.log('problems', problems)
await browser.close()
