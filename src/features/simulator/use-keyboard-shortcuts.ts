import { useEffect, useRef } from 'react'
import { ownsKey } from '../../components/owns-key'
import type { SIMULATOR_PAGE_KEYS } from './page-keys'
import type { Playback } from './use-playback'

/** Space play/pause, ←/→ previous/next, Home/End first/last step, anywhere on the page but in a field. */
export function useKeyboardShortcuts(playback: Playback) {
  const latest = useRef(playback)
  useEffect(() => {
    latest.current = playback
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (ownsKey(event.target, event.key)) return
      const p = latest.current
      const actions: Record<(typeof SIMULATOR_PAGE_KEYS)[number], () => void> = {
        ' ': p.toggle,
        ArrowLeft: p.previous,
        ArrowRight: p.next,
        Home: p.first,
        End: p.last,
      }
      const action = actions[event.key as (typeof SIMULATOR_PAGE_KEYS)[number]]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
