// The closed lists of the domain's enums, in display order. Kept apart from the code catalogue so
// that URL validation (route search params) can use them without pulling every code's facts into
// the first download.
import type { Actor, Provenance, RetryAdvice, Stage } from './types'

// Objects keyed by each union: the compiler fails if a member is missing from a list.
const STAGE_KEYS: Record<Stage, true> = {
  connection: true,
  ehlo: true,
  helo: true,
  starttls: true,
  auth: true,
  mail: true,
  rcpt: true,
  data: true,
  'data-end': true,
  bdat: true,
  rset: true,
  vrfy: true,
  expn: true,
  help: true,
  noop: true,
  quit: true,
  etrn: true,
  any: true,
}
const ACTOR_KEYS: Record<Actor, true> = {
  nobody: true,
  client: true,
  sender: true,
  'sender-admin': true,
  recipient: true,
  'recipient-admin': true,
}
const RETRY_KEYS: Record<RetryAdvice, true> = {
  'not-needed': true,
  continue: true,
  'retry-later': true,
  'do-not-retry': true,
}
const PROVENANCE_KEYS: Record<Provenance, true> = { core: true, extension: true, 'non-standard': true }

/** Stages in session order, for filters and for `stage.<id>` text. */
export const STAGES = Object.freeze(Object.keys(STAGE_KEYS) as Stage[])
export const ACTORS = Object.freeze(Object.keys(ACTOR_KEYS) as Actor[])
export const RETRY_ADVICE = Object.freeze(Object.keys(RETRY_KEYS) as RetryAdvice[])
export const PROVENANCES = Object.freeze(Object.keys(PROVENANCE_KEYS) as Provenance[])
