// Facts the code browser and the search filter on (class, stage, provenance, kind), for every code
// a search can return. Kept apart from the search corpus so the browse list can filter without
// loading any text: this module imports facts only, never locale JSON.

import { describeCode } from '../compare/compare'
import { ENHANCED_CODES } from './enhanced-codes'
import { REPLY_CODES } from './reply-codes'
import type { Provenance, Stage } from './types'

export type CodeKind = 'reply' | 'enhanced'

export interface CodeFilters {
  /** First digit ('2'…'5'), or 'X' for the any-class form of enhanced codes. */
  cls?: string
  stage?: Stage
  provenance?: Provenance
  kind?: CodeKind
}

export interface CodeFacts {
  /** Normalised: '550', '5.1.1', 'X.1.1'. */
  code: string
  kind: CodeKind
  cls: string
  stages: readonly Stage[]
  provenance: Provenance
}

/** Facts for a known code, or undefined. Enhanced stages/provenance are derived as compare.ts does. */
export function factsOf(code: string): CodeFacts | undefined {
  const described = describeCode(code)
  if (!described) return undefined
  return {
    code: described.code,
    kind: described.kind,
    cls: String(described.cls),
    stages: described.stages,
    provenance: described.provenance,
  }
}

/**
 * True when the code passes every filter that is set. A code that can occur at 'any' command
 * passes any stage filter: a learner filtering on RCPT TO must still see 500 or 421.
 */
export function matchesFilters(facts: CodeFacts, filters: CodeFilters | undefined): boolean {
  if (!filters) return true
  if (filters.kind && facts.kind !== filters.kind) return false
  if (filters.cls && facts.cls !== filters.cls) return false
  if (filters.provenance && facts.provenance !== filters.provenance) return false
  if (filters.stage && !facts.stages.includes(filters.stage) && !facts.stages.includes('any')) return false
  return true
}

/** Every basic code, then every enhanced code in each class the registry allows, in catalogue order. */
export function concreteEnhancedCodes(): string[] {
  return ENHANCED_CODES.flatMap((entry) => entry.classes.map((cls) => `${cls}.${entry.id}`))
}

let catalogue: CodeFacts[] | undefined

/** Facts for the whole catalogue (computed once): reply codes, concrete enhanced codes, then X forms. */
export function catalogueFacts(): CodeFacts[] {
  catalogue ??= [
    ...REPLY_CODES.map((r) => r.code),
    ...concreteEnhancedCodes(),
    ...ENHANCED_CODES.map((e) => `X.${e.id}`),
  ]
    .map(factsOf)
    .filter((f): f is CodeFacts => f !== undefined)
  return catalogue
}
