// Curated code pairs: the ones learners and support staff mix up most. Each id names a note,
// a teaser and "when to use which" guidance in locales/<lng>/compare.json (notes.<id>,
// teaser.<id>, guidance.<id>.operator / .agent). Ids never contain '.', which i18next reads as
// nesting, so enhanced codes are written with '_' ('5_1_1-5_1_2').

export interface CuratedPair {
  a: string
  b: string
  id: string
}

export const CURATED_PAIRS: readonly CuratedPair[] = [
  { a: '220', b: '221', id: '220-221' },
  { a: '250', b: '251', id: '250-251' },
  { a: '354', b: '250', id: '354-250' },
  { a: '421', b: '450', id: '421-450' },
  { a: '450', b: '550', id: '450-550' },
  { a: '451', b: '550', id: '451-550' },
  { a: '452', b: '552', id: '452-552' },
  { a: '500', b: '501', id: '500-501' },
  { a: '501', b: '503', id: '501-503' },
  { a: '530', b: '535', id: '530-535' },
  { a: '535', b: '454', id: '535-454' },
  { a: '550', b: '553', id: '550-553' },
  { a: '550', b: '554', id: '550-554' },
  { a: '550', b: '551', id: '550-551' },
  { a: '421', b: '554', id: '421-554' },
  { a: '5.1.1', b: '5.1.2', id: '5_1_1-5_1_2' },
  { a: '4.7.1', b: '5.7.1', id: '4_7_1-5_7_1' },
  { a: '550', b: '5.1.1', id: '550-5_1_1' },
]

/** Order-independent key of a pair of normalised codes. */
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

const BY_KEY: ReadonlyMap<string, CuratedPair> = new Map(CURATED_PAIRS.map((p) => [pairKey(p.a, p.b), p]))

/** The curated pair for two normalised codes, in either order. */
export function findCuratedPair(a: string, b: string): CuratedPair | undefined {
  return BY_KEY.get(pairKey(a, b))
}

/** Class of a compared code as used in generic guidance keys: '2'…'5', or 'x' for an X.y.z enhanced code. */
export type ClassKey = '2' | '3' | '4' | '5' | 'x'

export const CLASS_KEYS: readonly ClassKey[] = ['2', '3', '4', '5', 'x']

/**
 * Generic guidance id for a class combination, sorted so that ('5', '4') and ('4', '5') share
 * one text ('generic.4-5'); the texts speak of "the 4xx code" and "the 5xx code", not of a and b.
 */
export function genericGuidanceId(a: ClassKey, b: ClassKey): string {
  const [x, y] = CLASS_KEYS.indexOf(a) <= CLASS_KEYS.indexOf(b) ? [a, b] : [b, a]
  return `generic.${x}-${y}`
}

/** Every generic guidance id (15 class combinations), for completeness tests. */
export const GENERIC_GUIDANCE_IDS: readonly string[] = CLASS_KEYS.flatMap((a, i) =>
  CLASS_KEYS.slice(i).map((b) => genericGuidanceId(a, b)),
)
