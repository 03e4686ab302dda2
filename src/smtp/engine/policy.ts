// Server policy: the knobs that turn the happy path into each failure branch the
// simulator teaches. Pure data; the session reads it, the UI picks presets by id.

/** A mailbox the server will authenticate (RFC 4954). Simulation data, not a secret. */
export interface Credential {
  user: string
  password: string
}

export interface Policy {
  /**
   * RFC 1870 §4/§6: advertised as `SIZE n` in EHLO; a larger SIZE= on MAIL, or a larger
   * message at the end of DATA, gets 552 5.3.4. 0 means "no fixed limit".
   */
  maxSize: number
  /**
   * Greylisting: the first RCPT for a sender/recipient pair gets a temporary refusal,
   * a retry is accepted. We answer 450 4.7.1; real servers use 450 (Postfix/postgrey)
   * or 451 (Exim, many milters) — both are transient, which is what greylisting needs.
   * Real greylists also wait minutes before accepting a retry; the engine has no clock,
   * so "seen before" is enough.
   */
  greylist: boolean
  /** Addresses that do not exist here → 550 5.1.1 at RCPT (RFC 3463 X.1.1). Case-insensitive. */
  unknownUsers: string[]
  /** Mailboxes over quota → 452 4.2.2 at RCPT, or 552 5.2.2 when `mailboxFullPermanent`. */
  mailboxFull: string[]
  mailboxFullPermanent: boolean
  /**
   * Domains delivered here. A recipient elsewhere is a relay request; without AUTH it is
   * refused with 550 5.7.1 (RFC 5321 §3.6.2 "a 550 response SHOULD be returned", §4.1.1.3,
   * §7.9). Postfix sends 554 5.7.1 "Relay access denied", others 550. Empty = all local, as in
   * the local mail sinks developers test with (Mailpit, MailHog, smtp4dev): the default.
   */
  localDomains: string[]
  /** Submission service: MAIL before a successful AUTH → 530 5.7.0 (RFC 4954 §6). */
  requireAuth: boolean
  credentials: Credential[]
  /**
   * Advertise STARTTLS (RFC 3207 §2). When off, STARTTLS is a command this server does not
   * implement: 502 5.5.1 (RFC 5321 §4.2.4), not RFC 3207 §4's transient 454.
   */
  offerStartTls: boolean
  /**
   * Before STARTTLS, every command but NOOP, EHLO, STARTTLS and QUIT → 530 5.7.0 "Must issue a
   * STARTTLS command first" (RFC 3207 §4).
   */
  requireTls: boolean
  /**
   * Offer AUTH only on an encrypted channel, as most servers do for PLAIN/LOGIN
   * (RFC 4954 §4 asks servers to be configurable so plaintext passwords never cross an
   * unprotected channel). AUTH is then not advertised before TLS, and an early AUTH gets
   * 503 5.5.1 like any AUTH not advertised (RFC 4954 §6 keeps 538 5.7.11 only as history).
   */
  authNeedsTls: boolean
  /**
   * Recipients per transaction; past it → 452 4.5.3 (RFC 5321 §4.5.3.1.10). RFC 5321
   * §4.5.3.1.8 requires room for at least 100 (fewer is "a violation of this specification"); a
   * lower value exists here only to show the 452 in a lesson.
   */
  maxRecipients: number
  /** Messages per session (a rate limit); the next MAIL gets 421 4.7.0 and the connection closes. 0 = no limit. */
  maxMessages: number
  /** Refuse the session in the greeting: 554 (RFC 5321 §3.1), then only QUIT is served. */
  refuseConnection: boolean
  /** Overloaded: greet with 421 and close (RFC 5321 §3.8, §4.3.2 "connection establishment"). */
  overloaded: boolean
}

export const DEFAULT_POLICY: Policy = {
  maxSize: 10 * 1024 * 1024,
  greylist: false,
  unknownUsers: [],
  mailboxFull: [],
  mailboxFullPermanent: false,
  localDomains: [],
  requireAuth: false,
  credentials: [{ user: 'alice', password: 'correct-horse' }],
  offerStartTls: true,
  requireTls: false,
  authNeedsTls: true,
  maxRecipients: 100,
  maxMessages: 0,
  refuseConnection: false,
  overloaded: false,
}

export type PresetId =
  | 'default'
  | 'greylisting'
  | 'unknown-user'
  | 'mailbox-full'
  | 'mailbox-full-permanent'
  | 'message-too-large'
  | 'relay-denied'
  | 'auth-required'
  | 'tls-required'
  | 'too-many-recipients'
  | 'rate-limit'
  | 'connection-refused'
  | 'overloaded'

/** Named server behaviours the terminal offers; labels live in locales/<lng>/scenarios.json under `preset.<id>`. */
export const POLICY_PRESETS: Record<PresetId, Partial<Policy>> = {
  default: {},
  greylisting: { greylist: true },
  'unknown-user': { unknownUsers: ['nobody@example.org'] },
  'mailbox-full': { mailboxFull: ['carol@example.org'] },
  'mailbox-full-permanent': { mailboxFull: ['carol@example.org'], mailboxFullPermanent: true },
  'message-too-large': { maxSize: 1024 * 1024 },
  'relay-denied': { localDomains: ['example.org'] },
  'auth-required': { requireAuth: true },
  'tls-required': { requireTls: true },
  // Far below the 100 RFC 5321 §4.5.3.1.8 requires, so a learner reaches it in three RCPTs.
  'too-many-recipients': { maxRecipients: 2 },
  'rate-limit': { maxMessages: 1 },
  'connection-refused': { refuseConnection: true },
  overloaded: { overloaded: true },
}

export const PRESET_IDS = Object.keys(POLICY_PRESETS) as PresetId[]

export function isPresetId(value: string): value is PresetId {
  return Object.hasOwn(POLICY_PRESETS, value)
}

export function resolvePolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides }
}

/** The domain part of an address, lower-cased; '' for '<Postmaster>' style local names. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(at + 1).toLowerCase()
}

export function isLocal(policy: Policy, address: string): boolean {
  const domain = domainOf(address)
  return domain === '' || policy.localDomains.length === 0 || policy.localDomains.includes(domain)
}

export function listed(list: string[], address: string): boolean {
  const a = address.toLowerCase()
  return list.some((entry) => entry.toLowerCase() === a)
}
