// The glossary check behind `npm run check:i18n`: every Turkish value uses the glossary's term,
// never one of the variants it lists under `tr.avoid`; every English value avoids `enAvoid`.
// Kept apart from the test so a test can run it on a small in-memory locale.

export type GlossaryLanguage = 'en' | 'tr'

export interface GlossaryConcept {
  id: string
  en: { term: string; definition: string }
  tr: { term: string; definition: string; avoid: string[] }
  enAvoid?: string[]
}

export interface GlossaryStyle {
  id: string
  en: string
  tr: string
  avoid?: string[]
  enAvoid?: string[]
}

export interface Glossary {
  verbatim: string[]
  concepts: GlossaryConcept[]
  style: GlossaryStyle[]
}

export interface GlossaryViolation {
  key: string
  found: string
  /** The concept or style entry whose variant it is. */
  entry: string
  /** What to write instead. */
  use: string
}

interface Rule {
  entry: string
  use: string
  variant: string
  pattern: RegExp
}

// A hyphen counts as part of a word, so 'posta programı' is not found inside 'e-posta programı'.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}-])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'

/**
 * 'süzgeç*' → the word and any suffixed form ('süzgeçler'); 'port' → that word alone (so not
 * 'portal'), an apostrophe suffix still counts ('port'u'). Both sides are lower-cased by the
 * language's rules, so 'KARA LİSTE' is found in Turkish and 'Block List' in English.
 */
export function variantPattern(variant: string, language: GlossaryLanguage): RegExp {
  const stem = variant.endsWith('*')
  const body = (stem ? variant.slice(0, -1) : variant).toLocaleLowerCase(language)
  const escaped = body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  return new RegExp(`${NOT_WORD_BEFORE}${escaped}${stem ? '' : NOT_WORD_AFTER}`, 'u')
}

function rules(glossary: Glossary, language: GlossaryLanguage): Rule[] {
  const out: Rule[] = []
  const add = (entry: string, use: string, variants: readonly string[] | undefined) => {
    for (const variant of variants ?? [])
      out.push({ entry, use, variant, pattern: variantPattern(variant, language) })
  }
  for (const concept of glossary.concepts) {
    if (language === 'tr') add(concept.id, concept.tr.term, concept.tr.avoid)
    else add(concept.id, concept.en.term, concept.enAvoid)
  }
  for (const style of glossary.style) {
    if (language === 'tr') add(style.id, style.tr, style.avoid)
    else add(style.id, style.en, style.enAvoid)
  }
  return out
}

/**
 * Every value of `texts` (key → text) that uses a variant the glossary rules out for `language`.
 * Names and quoted replies listed in `glossary.verbatim` are taken out before checking.
 */
export function findGlossaryViolations(
  texts: ReadonlyMap<string, string> | Record<string, string>,
  language: GlossaryLanguage,
  glossary: Glossary,
): GlossaryViolation[] {
  const entries = texts instanceof Map ? [...texts] : Object.entries(texts)
  const checks = rules(glossary, language)
  const violations: GlossaryViolation[] = []
  for (const [key, value] of entries) {
    let text = value
    for (const kept of glossary.verbatim) text = text.replaceAll(kept, ' ')
    const lower = text.toLocaleLowerCase(language)
    for (const rule of checks) {
      const match = rule.pattern.exec(lower)
      if (match) violations.push({ key, found: match[0], entry: rule.entry, use: rule.use })
    }
  }
  return violations
}

/** The glossary's own terms and definitions, so they obey the rules they set. */
export function glossaryTexts(glossary: Glossary, language: GlossaryLanguage): Map<string, string> {
  const out = new Map<string, string>()
  for (const concept of glossary.concepts) {
    out.set(`glossary.${concept.id}.term`, concept[language].term)
    out.set(`glossary.${concept.id}.definition`, concept[language].definition)
  }
  return out
}

/** One line per violation, readable in a failing test's diff. */
export function describeViolation(v: GlossaryViolation): string {
  return `${v.key}: “${v.found}” → ${v.use} (${v.entry})`
}
