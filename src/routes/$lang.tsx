import { createFileRoute, redirect } from '@tanstack/react-router'
import { AppShell } from '../components/app-shell'
import { ErrorPage } from '../components/error-page'
import { NotFoundPage } from '../components/not-found-page'
import { activateLanguage } from '../i18n/create-i18n'
import { detectLanguage } from '../i18n/detect-language'
import { isLanguage } from '../i18n/languages'
import { localeFilesForPath } from '../i18n/page-locale-files'

export const Route = createFileRoute('/$lang')({
  beforeLoad: async ({ params, context, location }) => {
    if (!isLanguage(params.lang)) {
      // `/de/codes/550` → the same page in the detected language, search params kept.
      const rest = location.href.replace(/^\/[^/?#]*/, '')
      // `href` redirects are supported at runtime but the typed options insist on `to`.
      throw redirect({ href: `/${detectLanguage()}${rest || '/'}`, replace: true } as Parameters<
        typeof redirect
      >[0])
    }
    await activateLanguage(context.i18n, params.lang, localeFilesForPath(location.pathname))
  },
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
})
