// Service worker: after the first visit every page works offline.
// Built by scripts/service-worker.mjs, which fills in VERSION and PRECACHE: a new build gets a
// new VERSION, so the browser installs the new worker and old caches are dropped on activation.
const VERSION = '__VERSION__'
const PRECACHE = __PRECACHE__
const CACHE = `smtp-code-lab-${VERSION}`
// Pages visited, kept apart from the precache so their number can be bounded (see keepPage).
const PAGES = `smtp-code-lab-pages-${VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE && key !== PAGES).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  )
})

// Pages visited are kept for offline use, within bounds: a crawler or a mistyped address must not
// fill the visitor's disk. At most MAX_PAGES, none older than MAX_AGE_MS, no address over MAX_URL.
const MAX_PAGES = 60
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000
const MAX_URL = 512

/** `/tr/%ff` cannot be decoded, so no route can read it: it gets the not-found page of its language. */
function decodes(path) {
  try {
    return typeof decodeURIComponent(path) === 'string'
  } catch {
    return false
  }
}

async function notFoundPage(url) {
  const language = url.pathname.split('/')[1]
  const page =
    (await caches.match(`/${language}/404.html`, { ignoreVary: true })) ??
    (await caches.match('/en/404.html', { ignoreVary: true }))
  return new Response(page?.body ?? null, { status: 404, headers: page?.headers })
}

async function keepPage(request, response) {
  if (!response.ok || request.url.length > MAX_URL) return
  const cache = await caches.open(PAGES)
  await cache.put(request, response)
  const keys = await cache.keys()
  const now = Date.now()
  for (const [i, key] of keys.entries()) {
    const kept = await cache.match(key)
    const age = now - Date.parse(kept?.headers.get('date') ?? '')
    // Oldest first (keys come in insertion order): drop the excess and anything expired.
    if (i < keys.length - MAX_PAGES || !(age < MAX_AGE_MS)) await cache.delete(key)
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // Pages: the network first so a new version shows on the next visit; offline, the cached page
    // or the app shell, which renders any route in the browser.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (decodes(url.pathname)) event.waitUntil(keepPage(request, response.clone()))
          return response
        })
        .catch(() => {
          if (!decodes(url.pathname)) return notFoundPage(url)
          return caches
            .match(request, { ignoreVary: true })
            .then((hit) => hit ?? caches.match('/index.html', { ignoreVary: true }))
        }),
    )
    return
  }
  // Hashed assets and data never change under the same name: the cache first. ignoreVary, since
  // module scripts carry an Origin header that the precache requests did not (Vary: Origin).
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          const copy = response.clone()
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy))
          return response
        }),
    ),
  )
})
