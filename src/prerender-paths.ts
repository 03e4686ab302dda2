// The pages the prerenderer writes: every leaf of the route tree, once per combination of the
// params its routes list (staticData.prerenderParams). A new page route is prerendered without
// touching this file; a route with a param must list its values, or the build stops and says so.
import type { AnyRoute } from '@tanstack/react-router'
import { routeTree } from './routeTree.gen'

type Params = Record<string, string>

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * The values of the route's params to prerender it with, one page per entry: `[]` for a route
     * with no page of its own (a redirect). Absent: once, with the parent's params. May load its
     * list lazily (`import()`), so a long one (every code) never reaches the browser's first chunk.
     */
    prerenderParams?: () => readonly Params[] | Promise<readonly Params[]>
  }
}

export function prerenderPaths(): Promise<string[]> {
  return pathsBelow(routeTree as unknown as AnyRoute, '', {})
}

// The tree's routes carry their own path segment ('/$lang', '/codes/$code'); a router would join
// them into full paths, but none is needed to list pages.
async function pathsBelow(route: AnyRoute, parentPath: string, inherited: Params): Promise<string[]> {
  const { path = '' } = route.options as { path?: string }
  const fullPath = `${parentPath}/${path}`.replace(/\/{2,}/g, '/')
  const own = (await route.options.staticData?.prerenderParams?.()) ?? [{}]
  const children = Object.values(route.children ?? {}) as AnyRoute[]
  const paths: string[] = []
  for (const params of own) {
    const all = { ...inherited, ...params }
    if (children.length === 0) paths.push(pathOf(fullPath, all))
    for (const child of children) paths.push(...(await pathsBelow(child, fullPath, all)))
  }
  return paths
}

/** '/$lang/codes/$code' with { lang: 'tr', code: '550' } → '/tr/codes/550/' (the app's trailing slash). */
function pathOf(fullPath: string, params: Params): string {
  const path = fullPath.replace(/\$(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined)
      throw new Error(`prerender: ${fullPath} needs values for $${name} (staticData.prerenderParams)`)
    return encodeURIComponent(value)
  })
  return path.endsWith('/') ? path : `${path}/`
}
