import { createRouter, type RouterHistory } from '@tanstack/react-router'
import type { i18n as I18n } from 'i18next'
import { routeTree } from './routeTree.gen'

export interface RouterContext {
  i18n: I18n
}

/** One router factory for the browser, the tests and (later) the prerenderer. */
export function createAppRouter({ i18n, history }: { i18n: I18n; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    history,
    context: { i18n },
    trailingSlash: 'always',
    defaultPreload: 'intent',
    scrollRestoration: typeof window !== 'undefined',
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
