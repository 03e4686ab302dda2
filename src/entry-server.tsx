// Server entry used only at build time: renders one URL of the app to HTML so every page
// ships with its content, title and description before any JavaScript runs.
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { type HeadCollector, HeadContext } from './components/head-context'
import { createI18n } from './i18n/create-i18n'
import { isLanguage, LANGUAGES } from './i18n/languages'
import { loadLanguage } from './i18n/load-language'
import { createAppRouter } from './router'
import { ENHANCED_CODES } from './smtp/codes/enhanced-codes'
import { REPLY_CODES } from './smtp/codes/reply-codes'
import { CURATED_PAIRS } from './smtp/compare/compare'
import { LESSON_IDS } from './smtp/lessons/lessons'

export { LANGUAGES }

export interface RenderedPage {
  html: string
  title: string
  description: string
  language: string
}

/** Every path worth a static page, in every language. */
export function prerenderPaths(): string[] {
  const codes = [
    ...REPLY_CODES.map((c) => c.code),
    ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`)),
  ]
  const pages = [
    '',
    'learn/',
    ...LESSON_IDS.map((lesson) => `learn/${lesson}/`),
    'simulator/',
    'codes/',
    'compare/',
    'bounce/',
    'glossary/',
    ...codes.map((code) => `codes/${code}/`),
    ...CURATED_PAIRS.map((p) => `compare/${p.a}/${p.b}/`),
  ]
  return LANGUAGES.flatMap((lang) => pages.map((page) => `/${lang}/${page}`))
}

export async function render(path: string): Promise<RenderedPage> {
  const segment = path.split('/')[1]
  if (!isLanguage(segment)) throw new Error(`prerender: ${path} has no language`)
  const i18n = createI18n(segment, await loadLanguage(segment))
  const router = createAppRouter({ i18n, history: createMemoryHistory({ initialEntries: [path] }) })
  await router.load()
  // A redirect renders nothing while still reporting success: refuse to write such a page.
  const { location, matches } = router.state
  if (location.pathname !== path || matches.length === 0)
    throw new Error(
      `prerender: ${path} redirected instead of rendering (now ${location.href}, ${matches.length} matches). ` +
        'A validateSearch that fills in defaults for absent params makes the router redirect on the server: ' +
        'leave absent params undefined and apply defaults in the component.',
    )
  const head: HeadCollector = {}
  const html = renderToString(
    <HeadContext.Provider value={head}>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </HeadContext.Provider>,
  )
  return {
    html,
    title: head.title ?? i18n.t('appName'),
    description: head.description ?? i18n.t('home.intro'),
    language: segment,
  }
}
