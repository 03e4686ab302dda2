// What the page says about one found code, from the catalogue: the data text for known codes,
// the class alone for codes the catalogue does not have (RFC 5321 §4.2 and RFC 3463 §2 both tell
// a client to act on the first digit of a code it does not know).

import type { Actor, RetryAdvice } from '../../smtp/codes/types'
import { describeCode } from '../../smtp/compare/compare'

export interface Explained {
  known: boolean
  cls: string
  actor?: Actor
  retry?: RetryAdvice
}

const RETRY_BY_CLASS: Record<string, RetryAdvice> = {
  '2': 'not-needed',
  '3': 'continue',
  '4': 'retry-later',
  '5': 'do-not-retry',
}

export function explain(code: string): Explained {
  const facts = describeCode(code)
  const cls = code.charAt(0)
  if (!facts) return { known: false, cls, retry: RETRY_BY_CLASS[cls] }
  return { known: true, cls, actor: facts.actor, retry: facts.retry }
}
