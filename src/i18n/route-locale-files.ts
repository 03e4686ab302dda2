import type { AnyRouteMatch } from '@tanstack/react-router'
import { parseEnhancedCode } from '../smtp/codes/enhanced-code-shape'

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * The locale files the route's page shows besides 'common' (which every page has): whole
     * namespaces ('codes') or parts of one ('codes/550', see namespaces.ts). The language route
     * loads them before the page renders, and before a language switch takes effect, so no page
     * ever shows a raw key. Component tests render with exactly these files, so a page that
     * starts using another namespace fails there until its route lists it.
     */
    localeFiles?: (params: Record<string, string | undefined>) => readonly string[]
    /**
     * The route's body loads its own parts, locale files included (components/page-parts.ts), and
     * on the first page of a visit only once it is used: the language route leaves its files then.
     */
    bodyOnIntent?: boolean
  }
}

/**
 * The locale files the matched routes of one URL declare, 'common' first, each once. With
 * `bodiesLater` (the first page), not those of a body that loads its own when it is used.
 */
export function localeFilesOf(
  matches: readonly Pick<AnyRouteMatch, 'staticData' | 'params'>[],
  { bodiesLater = false } = {},
): string[] {
  const declared = matches.flatMap((match) =>
    bodiesLater && match.staticData?.bodyOnIntent
      ? []
      : (match.staticData?.localeFiles?.(match.params) ?? []),
  )
  return [...new Set(['common', ...declared])]
}

const REPLY_CODE = /^\d{3}$/

/**
 * The parts holding the long text about these codes: a reply code's description, fixes and
 * real-world notes ('codes/550'), and the enhanced codes' descriptions ('enhanced/descriptions').
 * Search results and bounce findings fetch these on demand instead (useLocaleFiles).
 */
export function codeTextFiles(codes: readonly string[]): string[] {
  const files = codes.filter((code) => REPLY_CODE.test(code)).map((code) => `codes/${code}`)
  if (codes.some((code) => parseEnhancedCode(code) !== undefined)) files.push('enhanced/descriptions')
  return files
}
