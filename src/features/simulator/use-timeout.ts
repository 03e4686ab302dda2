import { useEffect, useRef } from 'react'

/**
 * Calls `callback` once after `delay` ms; `null` means no timer. The timer restarts when
 * `delay` or `restartKey` changes. Plain setTimeout on purpose: tests drive it with
 * vi.useFakeTimers, and the playback logic never reads the clock itself.
 */
export function useTimeout(callback: () => void, delay: number | null, restartKey: string) {
  const latest = useRef(callback)
  useEffect(() => {
    latest.current = callback
  })
  // biome-ignore lint/correctness/useExhaustiveDependencies: restartKey exists to restart the timer
  useEffect(() => {
    if (delay === null) return
    const id = setTimeout(() => latest.current(), delay)
    return () => clearTimeout(id)
  }, [delay, restartKey])
}
