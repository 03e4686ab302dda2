// Which script chunks a prerendered page needs before it can hydrate, from Vite's build manifest:
// its routes' split chunks and its locale files' chunks, each with what it imports. The
// prerenderer lists them as <link rel="modulepreload"> in the page, so the browser fetches them
// all at once with the entry instead of in waves (framework → locale text → route code).
import { fileAnswers } from './i18n/namespaces'

export interface ManifestChunk {
  file: string
  src?: string
  imports?: string[]
  isEntry?: boolean
}
export type Manifest = Record<string, ManifestChunk>

/**
 * 'src/routes/$lang/compare/$a.$b.tsx?tsr-split=…' → '/$lang/compare/$a/$b': a route file's id
 * under TanStack's file naming (a dot separates segments, `index` is the parent's own page).
 */
function routeIdOfSource(src: string): string | undefined {
  const match = /^src\/routes(\/.*)\.tsx\?tsr-split=.*component/.exec(src)
  if (!match?.[1]) return undefined
  return match[1].replaceAll('.', '/').replace(/\/index$/, '/')
}

/** The chunk files (as URLs) the entry, these routes and these locale files load, minus the entry's own. */
export function pagePreloads(
  manifest: Manifest,
  {
    routeIds,
    language,
    localeFiles,
  }: { routeIds: readonly string[]; language: string; localeFiles: readonly string[] },
): string[] {
  const localeDir = `locales/${language}/`
  const wanted = Object.entries(manifest).filter(([key, chunk]) => {
    const routeId = chunk.src ? routeIdOfSource(chunk.src) : undefined
    if (routeId !== undefined) return routeIds.includes(routeId)
    return (
      key.startsWith(localeDir) && localeFiles.some((name) => fileAnswers(key.slice(localeDir.length), name))
    )
  })
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)
  const alreadyLoaded = new Set(entry ? withImports(manifest, [entry[0]]) : [])
  return withImports(
    manifest,
    wanted.map(([key]) => key),
  )
    .filter((key) => !alreadyLoaded.has(key))
    .map((key) => `/${manifest[key]?.file}`)
}

/** The keys and, transitively, everything they statically import. */
function withImports(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return [...seen]
}
