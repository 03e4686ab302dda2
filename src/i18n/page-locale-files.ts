import { parseEnhancedCode } from '../smtp/codes/enhanced-code-shape'

// Which locale files each page needs, so that it downloads only those. The language route loads
// them before the page renders (and before a language switch takes effect), so no page ever
// shows a raw key. Component tests render with exactly these sets, so a page that starts using
// another namespace fails there until it is listed here.
const BY_AREA: Record<string, readonly string[]> = {
  simulator: ['simulator', 'scenarios', 'scenarios/narration', 'codes', 'enhanced'],
  codes: ['browser', 'codes', 'enhanced', 'scenarios'],
  compare: ['compare', 'codes', 'enhanced', 'scenarios'],
  bounce: ['bounce', 'codes', 'enhanced'],
  // Scenario titles name the simulator steps a lesson links to.
  learn: ['learn', 'scenarios'],
}

const REPLY_CODE = /^\d{3}$/

/**
 * `/tr/codes/550/` → ['common', 'browser', 'codes', …, 'codes/550']. Long text is split off and
 * loaded only by the pages that show it: a reply code's description, fixes and real-world notes
 * (its code page and the comparisons it is in), the enhanced codes' descriptions (pages about an
 * enhanced code; search results and bounce findings fetch them with useLocaleFiles) and a curated
 * pair's notes, and a lesson's text (`/tr/learn/envelope/` → 'learn/envelope').
 */
export function localeFilesForPath(pathname: string): string[] {
  const [, , area = '', ...rest] = pathname.split('/')
  const files = ['common', ...(BY_AREA[area] ?? [])]
  // A lesson's text is loaded by its own page only; the index shows titles and summaries.
  if (area === 'learn' && rest[0]) return [...files, `learn/${rest[0]}`]
  if (area !== 'codes' && area !== 'compare') return files
  const codes = rest.filter(Boolean)
  files.push(...codes.filter((code) => REPLY_CODE.test(code)).map((code) => `codes/${code}`))
  if (codes.some((code) => parseEnhancedCode(code) !== undefined)) files.push('enhanced/descriptions')
  // A curated comparison's notes and guidance: one file per pair, named by its codes in sorted
  // order so /compare/550/450/ finds the same file as /compare/450/550/ (none for other pairs).
  if (area === 'compare' && codes.length === 2)
    files.push(`compare/${[...codes].sort().join('-').replaceAll('.', '_')}`)
  return files
}
