import { CURATED_PAIRS } from '../../smtp/compare/compare'

/** One page per curated comparison; other pairs are rendered in the browser. */
export const comparePairParams = () => CURATED_PAIRS.map(({ a, b }) => ({ a, b }))
