// Which translation namespaces each area of the app needs, so that a page downloads only
// those. The language route loads them before the page renders (and before a language switch
// takes effect), so no page ever shows a raw key. Component tests render with exactly these
// sets, so a page that starts using another namespace fails there until it is listed here.
const BY_AREA: Record<string, readonly string[]> = {
  simulator: ['simulator', 'scenarios', 'codes', 'enhanced'],
  codes: ['browser', 'codes', 'enhanced', 'scenarios'],
  compare: ['compare', 'codes', 'enhanced', 'scenarios'],
  bounce: ['bounce', 'codes', 'enhanced'],
}

/** `/tr/codes/550/` → ['common', 'browser', 'codes', …]. */
export function namespacesForPath(pathname: string): string[] {
  const area = pathname.split('/')[2] ?? ''
  return ['common', ...(BY_AREA[area] ?? [])]
}
