import { createFileRoute, redirect } from '@tanstack/react-router'
import { AppShell } from '../components/app-shell'
import { ErrorPage } from '../components/error-page'
import { isFirstPage } from '../components/first-page'
import { NotFoundPage } from '../components/not-found-page'
import { headTags, isDeepestMatch, notFoundHead } from '../components/page-head'
import { activateLanguage } from '../i18n/create-i18n'
import { detectLanguage } from '../i18n/detect-language'
import { inLanguage, isLanguage, languageParams } from '../i18n/languages'
import { localeFilesOf } from '../i18n/route-locale-files'

export const Route = createFileRoute('/$lang')({
  staticData: { prerenderParams: languageParams },
  beforeLoad: async ({ params, context, location, matches }) => {
    if (!isLanguage(params.lang)) {
      // `/de/codes/550` → the same page in the detected language, search params kept.
      // `href` redirects are supported at runtime but the typed options insist on `to`.
      throw redirect({ href: inLanguage(location.href, detectLanguage()), replace: true } as Parameters<
        typeof redirect
      >[0])
    }
    // The text of every page this URL shows (each route declares its own: staticData.localeFiles),
    // but on the first page not a body that waits to be used (components/hydrate-on-intent.tsx).
    await activateLanguage(context.i18n, params.lang, localeFilesOf(matches, { bodiesLater: isFirstPage() }))
  },
  // Every address in a language has a page route below this one (`/en/` too), so when this is the
  // deepest match no page matched: the not-found page's head. Page routes declare their own.
  head: ({ match, matches }) =>
    isDeepestMatch(match, matches) ? headTags(match.context.i18n, notFoundHead(match.context.i18n)) : {},
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
})
