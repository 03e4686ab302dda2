// Service worker: after the first visit every page works offline.
// Built by scripts/service-worker.mjs, which fills in VERSION and PRECACHE: a new build gets a
// new VERSION, so the browser installs the new worker and old caches are dropped on activation.
const VERSION = '__VERSION__'
const PRECACHE = __PRECACHE__
const CACHE = `smtp-code-lab-${VERSION}`

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
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

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
          const copy = response.clone()
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy))
          return response
        })
        .catch(() =>
          caches
            .match(request, { ignoreVary: true })
            .then((hit) => hit ?? caches.match('/index.html', { ignoreVary: true })),
        ),
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
