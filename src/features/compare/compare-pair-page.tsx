import { compareCodes, isComparison } from '../../smtp/compare/compare'
import { CompareCard } from './compare-card'
import { SameCodePage, UnknownCodePage } from './compare-problem'

/** `/{lang}/compare/{a}/{b}`: the card, or a translated explanation of why there is none. */
export function ComparePairPage({ a, b }: { a: string; b: string }) {
  const result = compareCodes(a, b)
  if (isComparison(result)) return <CompareCard comparison={result} rawA={a} rawB={b} />
  if (result.error === 'same') return <SameCodePage code={a} />
  return <UnknownCodePage a={a} b={b} />
}
