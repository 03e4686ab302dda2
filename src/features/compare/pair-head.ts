import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'
import { dataText } from '../../i18n/dynamic-text'
import { type Comparison, compareCodes, describeCode, isComparison } from '../../smtp/compare/compare'

// The heads of the three kinds of pair page. The pages' h1 and lead use these too, so the document
// title and the page can never say different things. Loaded with the pair route's loader, not with
// the route tree: they need the catalogues.

export function comparisonHead(i18n: I18n, { a, b, curated }: Comparison): PageHead {
  const codes = { a: a.code, b: b.code }
  return {
    title: i18n.t('pages.comparePair.title', codes),
    description: curated
      ? dataText(i18n, 'compare')(`teaser.${curated}`)
      : i18n.t('pages.comparePair.description', codes),
  }
}

/** The code as the card would show it ('x.1.1' → 'X.1.1'), or as typed when it is unknown. */
export const normalisedCode = (code: string) => describeCode(code)?.code ?? code

export function sameCodeHead(i18n: I18n, code: string): PageHead {
  const normalised = normalisedCode(code)
  return {
    title: i18n.t('ui.same.title', { ns: 'compare', code: normalised }),
    description: i18n.t('ui.same.body', { ns: 'compare', code: normalised }),
  }
}

/** The first code of the two that the catalogue does not know. */
export const firstUnknown = (a: string, b: string) => (describeCode(a) ? b : a)

export function unknownPairHead(i18n: I18n, a: string, b: string): PageHead {
  return { title: i18n.t('ui.unknown.title', { ns: 'compare', code: firstUnknown(a, b) }) }
}

/** `/{lang}/compare/{a}/{b}/`: whichever of the three pages the pair gets (see compare-pair-page.tsx). */
export function comparePairHead(i18n: I18n, a: string, b: string): PageHead {
  const result = compareCodes(a, b)
  if (isComparison(result)) return comparisonHead(i18n, result)
  return result.error === 'same' ? sameCodeHead(i18n, a) : unknownPairHead(i18n, a, b)
}
