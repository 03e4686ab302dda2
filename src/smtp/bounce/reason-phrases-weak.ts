// Words that say a server refused for a policy, or that a mailbox is unavailable, without saying
// which policy or why: read by classifyReason (reasons.ts) only after everything that names a cause.
import type { BounceReason } from './reasons'

/**
 * Words that name a policy refusal but not which policy, read only after a narrow enhanced code and
 * the report's own prose: Yahoo's "554 5.7.9 Message not accepted for policy reasons" is decided by
 * its X.7.9, Gmail's "550 5.7.26 This mail has been blocked because the sender is unauthenticated"
 * by its 5.7.26. Alone, "blocked", "denied", "refused", Exim's "Administrative prohibition", GMX's
 * "Reject due to policy restrictions", Mimecast's "Email rejected due to security policies",
 * iCloud's "rejected due to local policy", AOL's "will not accept delivery of this message",
 * Postfix's bare "Sender address rejected" or Trend Micro's "521 Block permanently (Sender
 * Filtering/Authentication)" (any of its sender checks: directory harvest, throttling, SPF, DKIM,
 * DMARC; docs.trendmicro.com, Deep Discovery Email Inspector "SMTP error codes") are RFC 5321
 * §4.2.3's "command rejected for policy reasons": 'policy', which does not send anyone to look up
 * a blocklist the reply never named. Postfix's "host … refused to talk to me: 421 …" is its own
 * word for a greeting it did not like, whatever the reply says.
 */
export const WEAK_PHRASES: readonly [BounceReason, RegExp][] = [
  [
    'policy',
    /administrative prohibition|polic(?:y|ies) (?:restrictions?|rejection|violation|reasons)|(?:security|local|e-?mail) polic(?:y|ies)|policy rejection|not accepting messages|will not accept delivery|sender address rejected|sender (?:is )?(?:blocked|rejected|denied)|\bblocked\b(?! by (?:its|the) owner)|\bblock (?:permanently|temporarily)\b|\bbanned\b|\bdenied\b|refused(?! to talk to me)|not (?:allowed|permitted|authori[sz]ed)\b/i,
  ],
]

/** Weak phrases, only read when nothing stronger and no telling code: "mailbox unavailable" is 550's stock text. */
export const WEAK_UNKNOWN_USER = /mailbox (?:unavailable|not available)|requested action not taken: mailbox/i
