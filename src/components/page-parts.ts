// What a page's body needs before it can render — its module, its locale files, its catalogues —
// loaded once and then readable synchronously, so a render (or a hydration) never waits for what
// has already arrived. See hydrate-on-intent.tsx for why the first page waits for intent.
import type { ReactNode } from 'react'
import { isFirstPage } from './first-page'

/** What a page's parts make: its body, ready to render. */
export interface PageBody {
  body: () => ReactNode
}

export interface PageParts<T> {
  /** One per page and language. */
  readonly key: string
  /** The loaded value, once it is. */
  readonly value: T | undefined
  readonly ready: boolean
  /** Starts loading (once) and settles with the value. */
  load(): Promise<T>
  /** Settles with the value after signalIntent() has been called and the parts have loaded. */
  readonly afterIntent: Promise<T>
  signalIntent(): void
}

const made = new Map<string, PageParts<unknown>>()

/** The parts under `key` (one per page and language), made on first request. */
export function pageParts<T>(key: string, load: () => Promise<T>): PageParts<T> {
  const existing = made.get(key) as PageParts<T> | undefined
  if (existing) return existing
  const parts = createParts(key, load)
  made.set(key, parts as PageParts<unknown>)
  return parts
}

function createParts<T>(key: string, loadOnce: () => Promise<T>): PageParts<T> {
  let value: T | undefined
  let ready = false
  let loading: Promise<T> | undefined
  let signal: () => void = () => {}
  const intent = new Promise<void>((resolve) => {
    signal = resolve
  })
  const load = () => {
    loading ??= loadOnce().then(
      (loaded) => {
        value = loaded
        ready = true
        return loaded
      },
      (error: unknown) => {
        // A failed load (a dropped connection) may be tried again by the next render.
        loading = undefined
        throw error
      },
    )
    return loading
  }
  const afterIntent = intent.then(load)
  return {
    key,
    get value() {
      return value
    },
    get ready() {
      return ready
    },
    load,
    afterIntent,
    signalIntent: () => signal(),
  }
}

/**
 * For a route's loader: the parts, loaded — except on the first page, where the body stays the
 * server's markup until it is used (hydrate-on-intent.tsx). A preload is a sign of intent.
 */
export function loadUnlessFirstPage<T>(parts: PageParts<T>, preload: boolean): Promise<T> | undefined {
  return preload || !isFirstPage() ? parts.load() : undefined
}
