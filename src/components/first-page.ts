// Whether the app is still showing the prerendered page it was started on: from the moment
// main.tsx decides to hydrate one until the visitor first goes elsewhere. Only then may a page's
// body stay the server's markup until it is used (hydrate-on-intent.tsx); every later page is
// rendered by React, with its parts loaded before it shows.

let onFirstPage = false

interface FirstLoad {
  load(): Promise<void>
  subscribe(event: 'onBeforeNavigate', listener: () => void): () => void
}

/**
 * main.tsx, for a prerendered URL it is about to hydrate: loads the routes as the first page
 * (their loaders may leave a body's parts for later), and ends the first page on the next
 * navigation. The router announces its first load as a navigation too, hence after it.
 */
export async function loadFirstPage(router: FirstLoad) {
  onFirstPage = true
  await router.load()
  const stop = router.subscribe('onBeforeNavigate', () => {
    onFirstPage = false
    stop()
  })
}

export const isFirstPage = () => onFirstPage
