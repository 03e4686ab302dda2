// Kept apart from reasons.ts so that the page can ask it without loading the explainer's phrases.
import type { BounceReason } from './reasons'

/**
 * Notices that are no bounce and have no delivery of their own to report: an auto-reply, a challenge,
 * a list holding a post for its moderator, a filter holding a message in quarantine.
 */
export const NOT_A_BOUNCE: ReadonlySet<BounceReason> = new Set([
  'auto-reply',
  'challenge',
  'moderation',
  'quarantined',
  'filtered-spam',
])

/** A filter's hold (a trace's Quarantined, FilteredAsSpam): neither delivered nor returned, someone may release it. */
export const FILTER_HOLDS: ReadonlySet<BounceReason> = new Set(['quarantined', 'filtered-spam'])
