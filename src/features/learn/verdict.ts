import type { CheckResult } from '../../smtp/lessons/types'

/** What a Check click yields: the domain's result, or "nothing chosen yet" (no attempt is counted). */
export type Verdict = CheckResult | { missing: 'pickReply' | 'pickLine' }
export type OnVerdict = (verdict: Verdict) => void
