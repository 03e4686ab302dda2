// Until a body that waits for intent (hydrate-on-intent.tsx) is live: the first sign of intent
// starts its parts loading, and a click or page key aimed at it is held, then replayed on the same
// element once React has hydrated it (hydration keeps the nodes).
import { ownsKey } from './owns-key'
import type { PageBody, PageParts } from './page-parts'

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const

/**
 * Starts loading the parts on the first sign of intent inside `element`, and holds clicks on its
 * buttons and links, and the page's keys, until the body is live; then replays them on the same
 * elements, which hydration keeps. Returns the clean-up.
 */
export function holdUntilLive(
  element: HTMLElement,
  {
    parts,
    pageKeys,
    live,
    onFailure,
  }: { parts: PageParts<PageBody>; pageKeys: readonly string[]; live: Promise<void>; onFailure: () => void },
): () => void {
  let isLive = false
  const held: (() => void)[] = []
  // Every listener captures on the window: React's own listeners on the root stop any event aimed
  // at a part it has not hydrated yet, before the region's listeners could see it.
  const start = (event: Event) => {
    if (!(event.target instanceof Node) || !element.contains(event.target)) return
    for (const type of INTENT_EVENTS) window.removeEventListener(type, start, true)
    parts.signalIntent()
  }
  const holdClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a[href], button') : null
    if (isLive || !(target instanceof HTMLElement) || !element.contains(target)) return
    event.preventDefault()
    event.stopPropagation()
    held.push(() => target.isConnected && target.click())
    start(event)
  }
  const holdKey = (event: KeyboardEvent) => {
    const { key, target, altKey, ctrlKey, metaKey, shiftKey } = event
    if (isLive || altKey || ctrlKey || metaKey || shiftKey || !pageKeys.includes(key)) return
    if (!(target instanceof Element) || ownsKey(target, key)) return
    event.preventDefault()
    held.push(() =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
    )
    parts.signalIntent()
  }
  for (const type of INTENT_EVENTS) window.addEventListener(type, start, { capture: true, passive: true })
  window.addEventListener('click', holdClick, true)
  window.addEventListener('keydown', holdKey, true)
  let mounted = true
  live.then(() => {
    isLive = true
    if (mounted) for (const replay of held.splice(0)) replay()
  })
  parts.afterIntent.catch(() => {
    // The parts could not load (offline without the worker, say): the region says so, and a held
    // link still goes where it points, as a full page load.
    isLive = true
    if (!mounted) return
    onFailure()
    for (const replay of held.splice(0)) replay()
  })
  return () => {
    mounted = false
    for (const type of INTENT_EVENTS) window.removeEventListener(type, start, true)
    window.removeEventListener('click', holdClick, true)
    window.removeEventListener('keydown', holdKey, true)
  }
}
