import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { ErrorPage } from '../components/error-page'
import { NotFoundPage } from '../components/not-found-page'
import { loadMissingLocaleFiles } from '../i18n/create-i18n'
import { isLanguage } from '../i18n/languages'
import type { RouterContext } from '../router'

export const Route = createRootRouteWithContext<RouterContext>()({
  // Every page, the not-found and error pages included, speaks from 'common'. The language route
  // loads it with each page's own files, in one go; this covers addresses that never reach that
  // route (a path the router cannot decode, such as /tr/%ff, still shows a translated page).
  beforeLoad: async ({ context: { i18n }, matches }) => {
    if (matches.some((match) => match.routeId === '/$lang')) return
    if (isLanguage(i18n.language)) await loadMissingLocaleFiles(i18n, i18n.language, ['common'])
  },
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
})
