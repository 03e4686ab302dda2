import { useRouterState } from '@tanstack/react-router'
import { useEffect } from 'react'
import { documentHeadOf } from './page-head'

/**
 * Keeps the document's title and description in step with the matched routes' head(). Not
 * TanStack's <HeadContent />: that renders <title> inside the app, which React hoists next to the
 * prerendered page's own <title> (a second one), and the browser keeps showing the first.
 */
export function DocumentHead() {
  // Two strings rather than one object, so the selection compares equal between renders.
  const title = useRouterState({ select: (state) => documentHeadOf(state.matches).title })
  const description = useRouterState({ select: (state) => documentHeadOf(state.matches).description })
  useEffect(() => {
    if (title) document.title = title
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description)
  }, [title, description])
  return null
}
