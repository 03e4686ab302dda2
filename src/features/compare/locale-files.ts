// What the comparison routes load before their pages render (see i18n/route-locale-files.ts).
// Kept apart from the pages so the route tree does not pull their code into the first chunk.
import { codeTextFiles } from '../../i18n/route-locale-files'

export const compareLocaleFiles = () => ['compare', 'codes', 'enhanced', 'scenarios']

/**
 * A pair's page also needs both codes' long text and, for a curated pair, its notes and guidance:
 * one file per pair, named by its codes in sorted order so /compare/550/450/ finds the same file as
 * /compare/450/550/ (a pair without one loads nothing more).
 */
export const comparePairLocaleFiles = (a: string, b: string) => [
  ...compareLocaleFiles(),
  ...codeTextFiles([a, b]),
  `compare/${[a, b].sort().join('-').replaceAll('.', '_')}`,
]
