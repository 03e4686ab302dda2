import { useSyncExternalStore } from 'react'
import { createProgressStore, type ProgressState, UNLOADED } from './learn-progress-store'

// One store per page load, shared by the Learn pages, the home page's "continue" link and nothing
// else. Reading localStorage itself can throw (a blocked origin), hence the function.
const store = createProgressStore(() => globalThis.localStorage)

/**
 * The visitor's Learn progress. The server and the hydrating render see UNLOADED (the prerendered
 * HTML has no progress), then React re-renders with what the browser saved: no hydration mismatch.
 */
export function useLearnProgress(): ProgressState & {
  solve: typeof store.solve
  resetLesson: typeof store.resetLesson
} {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, () => UNLOADED)
  return { ...state, solve: store.solve, resetLesson: store.resetLesson }
}
