// Shared helpers for the simulator component tests: fake timers and a way to let the router
// and React settle after a click or a timer, without real waiting.
import { act, screen } from '@testing-library/react'
import { vi } from 'vitest'
import { renderApp } from '../helpers/render-app'

export async function renderSimulator(url: string) {
  // Only the timers are faked: the playback runs on setTimeout, the router on promises.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  // Testing Library drains React work with a setTimeout(0) after each user event and advances it
  // only when it sees Jest's fake timers; without this shim every userEvent call under Vitest's
  // fake timers would wait forever.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  const app = await renderApp(url, { userOptions: { advanceTimers: vi.advanceTimersByTime } })
  await settle()
  return app
}

/**
 * Advances the fake clock by `ms` and lets promises (router navigation) and React catch up.
 * A timer's state update only renders (and schedules the next phase's timer) when an act()
 * ends, so the clock moves in 50 ms slices: every playback duration is a multiple of 50 ms at
 * every speed, so each phase's timer starts exactly when the previous one fired.
 */
export async function settle(ms = 0) {
  let left = ms
  do {
    const slice = Math.min(SLICE_MS, left)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(slice)
    })
    left -= slice
  } while (left > 0)
}
const SLICE_MS = 50

export const stepHeading = () => screen.getByRole('heading', { level: 3, name: /^Step \d+ of \d+$/ })

/** Mocks prefers-reduced-motion (jsdom has no matchMedia). */
export function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  )
}
