// Paste → answer for the bounce explainer, as a person waits for it: in Chromium, on the
// production build, the textarea's value set at once and one input event (as a paste does), then
// the time until the headline is on screen and painted, and the longest main-thread task meanwhile.

/** Received: headers up to `bytes`, with the real diagnostic at the end (where a forwarded bounce keeps it). */
export function receivedPaste(bytes) {
  const line =
    'Received: from relay.example.org (relay.example.org [192.0.2.10]) by mx.example.net (Postfix) with ESMTPS id 4B2C1A2F3E for <bob@example.net>; Mon, 10 Jun 2024 09:15:02 +0200\n'
  const tail =
    'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n'
  return line.repeat(Math.floor((bytes - tail.length) / line.length)) + tail
}

/** Milliseconds from the paste to the headline painted, and the longest task (ms) in that time. */
export async function pasteToHeadline(browser, url, text) {
  const page = await browser.newPage()
  await page.goto(url)
  // Wait until the app has taken over the prerendered page.
  await page.waitForFunction(() => {
    const button = document.querySelector('.theme-toggle')
    return button !== null && Object.keys(button).some((k) => k.startsWith('__reactProps'))
  })
  // Measure the paste, not the page's own start-up: let loading and precaching settle first,
  // as they have by the time a person has copied a bounce and clicked into the box.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
  const result = await page.evaluate(async (value) => {
    const tasks = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask', buffered: false })
    const box = document.querySelector('textarea')
    const start = performance.now()
    box.value = value
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }))
    await new Promise((resolve) => {
      const check = () => {
        const headline = document.querySelector('.bounce-headline h3')
        const status = document.querySelector('.bounce-status')
        if (headline && status?.getAttribute('aria-busy') === 'false') resolve()
        else requestAnimationFrame(check)
      }
      check()
    })
    // The next frame is the one that shows it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const ms = performance.now() - start
    observer.disconnect()
    return {
      ms,
      longestTask: Math.max(0, ...tasks),
      headline: document.querySelector('.bounce-headline h3')?.textContent,
    }
  }, text)
  await page.close()
  return result
}
