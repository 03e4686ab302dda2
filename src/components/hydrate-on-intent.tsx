// The first page of a visit is prerendered and painted from the HTML. Where its body is text and
// links (a code page, a comparison) or waits for a first click (the simulator), hydrating it at
// once would cost the visitor its code, catalogues and text — about a fifth again of the
// framework's JavaScript — for a page most visitors only read. So that body stays the server's
// markup (a dehydrated Suspense boundary, which React leaves untouched) until the visitor reaches
// for it: a pointer over it, a touch, focus or a key inside it. Then the page's parts load and
// React hydrates the same nodes. A click that lands before that is held and replayed on the same
// element once it is live; a link works as a plain link meanwhile.
//
// Any other render (a later navigation, a deep link rendered from scratch, the prerenderer) has
// its parts loaded already by the route's loader and renders at once.
import { memo, type ReactNode, Suspense, use, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isFirstPage } from './first-page'
import type { PageParts } from './page-parts'

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const

/**
 * Renders the body `parts` make once they are loaded; on the first page, only after intent.
 * `pageKeys` are keys the body answers anywhere on the page (the simulator's ←/→): pressed
 * before it is live, they too are held and replayed.
 */
export function HydrateOnIntent({
  parts,
  pageKeys = NO_KEYS,
}: {
  parts: PageParts<PageBody>
  pageKeys?: readonly string[]
}) {
  // A new page, a new region: a dehydrated body must never receive new props, or React throws its
  // markup away and renders it anew (blank until its parts arrive).
  return <Region key={parts.key} parts={parts} pageKeys={pageKeys} />
}

const NO_KEYS: readonly string[] = []

/** What a page's parts make: its body, ready to render. */
export interface PageBody {
  body: () => ReactNode
}

interface RegionProps {
  parts: PageParts<PageBody>
  pageKeys: readonly string[]
}

// Memoised, so re-renders of the route above leave a dehydrated body alone.
const Region = memo(function Region({ parts, pageKeys }: RegionProps) {
  const { t } = useTranslation()
  const region = useRef<HTMLDivElement>(null)
  // Decided once: the first navigation ends the first page, and the body must not change its mind.
  const [waiting] = useState(() => !parts.ready && isFirstPage())
  const [live] = useState(() => settleable())
  const [failed, setFailed] = useState(false)
  // The boundary's element is made once: React leaves an identical element alone, so the region
  // can re-render (the notice below) without handing a dehydrated body an update.
  const [boundary] = useState(() => {
    // Marked on the DOM, not through state, so the mark costs no second render: for the
    // end-to-end tests, and for anyone reading the page's markup.
    const onLive = () => {
      region.current?.setAttribute('data-live', 'true')
      live.settle()
    }
    // If the parts cannot load, the body stays the server's markup: still readable, its links
    // still links; the notice says what does not work.
    const body = waiting ? parts.afterIntent.catch(() => new Promise<PageBody>(() => {})) : parts.load()
    return (
      <Suspense fallback={null}>
        <Body parts={parts} body={body} />
        <Live onLive={onLive} />
      </Suspense>
    )
  })
  useEffect(() => {
    const element = region.current
    if (!waiting || !element) return
    return holdUntilLive(element, { parts, pageKeys, live: live.promise, onFailure: () => setFailed(true) })
  }, [waiting, parts, pageKeys, live])
  return (
    <div ref={region} className="hydrate-region">
      {failed ? (
        <p className="load-notice" role="alert">
          {t('firstPage.unavailable')}
        </p>
      ) : null}
      {boundary}
    </div>
  )
})

function Body({ parts, body }: { parts: PageParts<PageBody>; body: Promise<PageBody> }) {
  // Suspending while React hydrates keeps the server's markup on screen; on the first page `body`
  // settles once holdUntilLive has seen the visitor reach for the region and the parts have loaded.
  return (parts.value ?? use(body)).body()
}

/** Renders nothing; its effect runs once the body beside it is committed and its effects have run. */
function Live({ onLive }: { onLive: () => void }) {
  // Settling twice is harmless, should the region ever render again.
  useEffect(() => onLive(), [onLive])
  return null
}

function settleable() {
  let settle = () => {}
  const promise = new Promise<void>((resolve) => {
    settle = resolve
  })
  return { promise, settle }
}

/** Where a key belongs to the control it is pressed in, not to the page. */
const ownsKey = (target: Element, key: string) =>
  target.closest('input, textarea, select, [contenteditable]') !== null ||
  (key === ' ' && target.closest('button, a, summary') !== null)

/**
 * Starts loading the parts on the first sign of intent inside `element`, and holds clicks on its
 * buttons and links, and the page's keys, until the body is live; then replays them on the same
 * elements, which hydration keeps. Returns the clean-up.
 */
function holdUntilLive(
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
