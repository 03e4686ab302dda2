import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/**
 * False on the server and during hydration, true afterwards. Pages are prerendered without a
 * query string, so anything read from `?scenario=&step=` must wait for this; otherwise a deep
 * link would not match the prerendered markup (React error #418) and the page would be rebuilt.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
}
