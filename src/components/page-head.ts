// A page's document head, declared by its route (TanStack Router's `head()`, from the route's
// context or loader data) and read from the matched routes in two places: the prerenderer writes
// it into the static HTML, and <DocumentHead> applies it in the browser on every navigation.
import type { AnyRouteMatch } from '@tanstack/react-router'
import type { i18n as I18n } from 'i18next'

/** A page's own title (the h1) and lead; the document title adds the app's name. */
export interface PageHead {
  title: string
  description?: string | undefined
}

type MetaTag = { title?: string; name?: string; content?: string }

/** What a route's `head()` returns for `page`: "<title> · SMTP Code Lab" and the description. */
export function headTags(i18n: I18n, page: PageHead): { meta: MetaTag[] } {
  const appName = i18n.t('appName')
  const title = page.title === appName ? appName : `${page.title} · ${appName}`
  return {
    meta: [{ title }, ...(page.description ? [{ name: 'description', content: page.description }] : [])],
  }
}

/** The not-found page's head: the language route declares it for addresses no page route matches. */
export const notFoundHead = (i18n: I18n): PageHead => ({
  title: i18n.t('notFound.title'),
  description: i18n.t('notFound.body'),
})

/**
 * True when `match` is the deepest of the matches: for the language route, which has a page route
 * below it for every address it serves (`/en/` too), that means no page matched.
 */
export const isDeepestMatch = (match: { routeId: string }, matches: readonly { routeId: string }[]) =>
  matches.at(-1)?.routeId === match.routeId

/** The deepest route's title and description among the matches (a child's head wins over its parent's). */
export function documentHeadOf(matches: readonly Pick<AnyRouteMatch, 'meta'>[]): {
  title?: string
  description?: string
} {
  const found: { title?: string; description?: string } = {}
  for (const match of [...matches].reverse())
    for (const tag of (match.meta ?? []) as (MetaTag | undefined)[]) {
      if (tag?.title !== undefined) found.title ??= tag.title
      if (tag?.name === 'description' && tag.content !== undefined) found.description ??= tag.content
    }
  return found
}
