import { RouterProvider } from '@tanstack/react-router'
import { type ReactNode, StrictMode, startTransition, useEffect, useRef } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { loadFirstPage } from './components/first-page'
import { createI18n } from './i18n/create-i18n'
import { detectLanguage } from './i18n/detect-language'
import { isLanguage } from './i18n/languages'
import { createAppRouter } from './router'
import './styles/global.css'

async function boot() {
  const root = document.getElementById('root')
  if (!root) return
  // The URL's language wins; otherwise the saved or browser language (the `/` route redirects there).
  const fromPath = window.location.pathname.split('/')[1]
  const language = isLanguage(fromPath) ? fromPath : detectLanguage()
  // Empty at first: the language route loads the text the page shows (each route declares its
  // own files) when the router loads the URL, before anything renders.
  const i18n = createI18n(language, {})
  const router = createAppRouter({ i18n })
  // Search params (a query, a simulator step) change what the page shows, and the prerendered
  // HTML was made without them: hydrate only a plain prerendered URL.
  const hydrate = root.dataset.ssrPath === window.location.pathname && window.location.search === ''
  // The matched routes' code and text first, so the first client render is the whole page (and,
  // for a prerendered URL, equals the server's markup — apart from a body left for later, see
  // components/hydrate-on-intent.tsx).
  if (hydrate) await loadFirstPage(router)
  else await router.load()
  // Setting up i18next, the router and the page are each tens of milliseconds of cold code on a
  // slow phone: give the browser a turn in between, so none adds to one long task.
  await yieldToMain()
  const app = (
    <StrictMode>
      <AfterFirstRender then={registerServiceWorker}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </AfterFirstRender>
    </StrictMode>
  )
  if (hydrate) {
    // No server manifest: without this the router wraps the tree in a Suspense the server
    // never rendered.
    router.ssr = { manifest: undefined }
    // As a transition, React hydrates in slices of a few milliseconds and lets the browser
    // paint and handle input in between, instead of one long task (on a slow phone, hundreds
    // of ms). Events on parts not hydrated yet are replayed once they are.
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else {
    // Render from scratch, also in slices. React replaces the prerendered markup (if any)
    // only when its own first render commits, so the page never goes blank in between.
    const fresh = createRoot(root)
    startTransition(() => fresh.render(app))
  }
}

/** Ends the current task; the rest runs in a new one (scheduler.yield() keeps our place in line). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Calls `then` once, after React has first committed the app (hydrated or rendered). */
function AfterFirstRender({ then, children }: { then: () => void; children: ReactNode }) {
  const called = useRef(false)
  useEffect(() => {
    if (called.current) return
    called.current = true
    then()
  }, [then])
  return children
}

/**
 * Offline support, for the production build only (in development it would serve stale modules).
 * Installing the worker precaches every page and chunk, which on a phone competes with the page
 * itself for the CPU (measured: a third of a second of Total Blocking Time on a 4x slowed CPU).
 * So it starts once the app has rendered, the page has loaded and the main thread is idle.
 */
function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () =>
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a worker the app still works online; nothing to tell the visitor.
    })
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => void register(), { timeout: 5000 })
      : setTimeout(() => void register(), 1000)
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}

void boot()
