// Shared test setup: jest-dom matchers; DOM-only shims apply when a test runs under jsdom.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

if (typeof window !== 'undefined') {
  // jsdom has no layout; the router's scroll restoration calls this.
  window.scrollTo = () => {}
  afterEach(() => {
    cleanup()
    window.localStorage.clear()
  })
}
