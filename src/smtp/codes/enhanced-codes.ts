// Enhanced status codes (RFC 3463) as listed in the IANA registry: lookup and parsing.
// Pure data and functions; human text lives in locales/<lng>/enhanced.json.
import { parseEnhancedCode, subjectAndDetail } from './enhanced-code-shape'
import { ENHANCED_CODE_DATA } from './enhanced-codes-data'
import type { EnhancedClass, EnhancedCode } from './types'

export { type ParsedEnhancedCode, parseEnhancedCode, subjectAndDetail } from './enhanced-code-shape'
export { ENHANCED_DRAFT_REFS } from './enhanced-codes-data'

/** The three class digits, in order (RFC 3463 §2). */
export const ENHANCED_CLASSES: readonly EnhancedClass[] = [2, 4, 5]

/** The eight subjects X.0 to X.7 (RFC 3463 §2, §3.1–3.8). */
export const ENHANCED_SUBJECTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7]

const splitId = (id: string): [number, number] => {
  const parts = subjectAndDetail(id)
  return [parts?.subject ?? 0, parts?.detail ?? 0]
}

/** Every registry entry, sorted by subject then detail as numbers (so 1.10 follows 1.9). */
export const ENHANCED_CODES: readonly EnhancedCode[] = [...ENHANCED_CODE_DATA].sort((a, b) => {
  const [as, ad] = splitId(a.id)
  const [bs, bd] = splitId(b.id)
  return as - bs || ad - bd
})

const byId = new Map(ENHANCED_CODES.map((entry) => [entry.id, entry]))

/** The registry entry for a code, by id ('1.1'). */
export const getEnhancedCode = (id: string): EnhancedCode | undefined => byId.get(id)

/**
 * Finds the registry entry for a full code. Undefined when the text is malformed,
 * the subject.detail is not registered, or the class cannot go with it.
 * RFC 3463 §2 lets any class pair with any subject.detail, and real servers do send
 * codes like 550 5.4.1 (Microsoft 365) or 5.5.3, so a failure entry takes either
 * failure class (4 or 5) whatever its usual class; success (2) only where listed,
 * since '2.1.1' (a success that the mailbox does not exist) means nothing.
 */
export const findEnhancedCode = (
  s: string,
): { entry: EnhancedCode; cls: EnhancedClass | 'X' } | undefined => {
  const parsed = parseEnhancedCode(s)
  if (!parsed) return undefined
  const entry = byId.get(`${parsed.subject}.${parsed.detail}`)
  if (!entry) return undefined
  if (parsed.cls !== 'X' && !classFits(entry, parsed.cls)) return undefined
  return { entry, cls: parsed.cls }
}

/** Joins a class and an id: ('5', '1.1') or (5, '1.1') gives '5.1.1'. */
export const formatEnhanced = (cls: EnhancedClass | 'X' | `${EnhancedClass}`, id: string): string =>
  `${cls}.${id}`

const classFits = (entry: EnhancedCode, cls: EnhancedClass): boolean =>
  entry.classes.includes(cls) || (cls !== 2 && entry.classes.some((c) => c !== 2))
