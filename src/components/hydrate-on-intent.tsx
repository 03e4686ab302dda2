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
import { memo, Suspense, use, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isFirstPage } from './first-page'
import { holdUntilLive } from './hold-until-live'
import type { PageBody, PageParts } from './page-parts'

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
