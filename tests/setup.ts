// Shared test setup: jest-dom matchers; DOM-only shims apply when a test runs under jsdom.
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy… and waitFor wait for what the page does, not for how fast the machine is: the first paste
// loads the results' code and texts, which on a busy CI machine takes longer than the default 1 s.
// (Speed is measured by `npm run bench`, never by a test's timeout.)
configure({ asyncUtilTimeout: 10_000 })

if (typeof window !== 'undefined') {
  // jsdom has no layout; the router's scroll restoration calls this.
  window.scrollTo = () => {}
  afterEach(() => {
    cleanup()
    window.localStorage.clear()
  })
}
