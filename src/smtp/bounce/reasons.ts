// Why a message failed, told from the server's own words first and its codes second. The subject
// digit of an enhanced code is too coarse to say who must act (4.2.0 greylisting is not the
// recipient's problem; Microsoft 365 writes "550 5.4.1 Recipient address rejected: Access denied"
// for a recipient that does not exist), so the reply text decides whenever it names a cause.
// Explanations, who acts and retry advice live in locales/<lng>/bounce-reasons.json by id.

import { parseEnhancedCode } from '../codes/enhanced-code-shape'

export const BOUNCE_REASONS = [
  'unknown-user',
  'mailbox-full',
  'message-too-large',
  'greylisted',
  'rate-limited',
  'blocked',
  'spam-content',
  'auth-failed',
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
  'relay-denied',
  'recipient-restricted',
  'host-not-found',
  'sender-domain',
  'sender-account',
  'network',
  'expired',
  'tls-required',
  'syntax',
  'mailbox-disabled',
  'system-error',
  'auto-reply',
  'delivered',
  'unknown',
] as const

export type BounceReason = (typeof BOUNCE_REASONS)[number]

/**
 * Phrases, tried in this order: the first reason whose phrase occurs wins. Order matters where
 * phrases overlap: "mailbox size limit" is a full mailbox, not a large message; "blocked using
 * zen.spamhaus.org" is a blocklist, not spam content; "Recipient address rejected: Access denied"
 * is read before all of them (accessDenied). The few literal codes below (5.7.23/24/26,
 * 5.7.509) outrank weak words such as Gmail's "blocked because the sender is unauthenticated";
 * 5.7.25 is not among them: IANA's X.7.25 is "Reverse DNS validation failed" (RFC 7372), a
 * missing PTR record of the sending IP, not SPF/DKIM/DMARC.
 */
const PHRASES: readonly [BounceReason, RegExp][] = [
  [
    'tls-required',
    /starttls|must issue a starttls|\btls (?:is )?(?:required|negotiation failed|handshake)|encryption (?:is )?required|requires? (?:encryption|tls)|requires? (?:a )?(?:secure|encrypted|tls)|secure connection|certificate (?:verif|valid|has expired|is not trusted)|\b5\.7\.10\b/i,
  ],
  // Logging in to the sending server (SMTP AUTH, RFC 4954), told apart before the SPF/DKIM words:
  // Gmail's "534-5.7.9 Application-specific password required", "534-5.7.14 Please log in via
  // your web browser", RFC 4954 §6's "454 4.7.0 Temporary authentication failure".
  [
    'login-method',
    /application-specific password|app password (?:is )?required|authentication mechanism (?:is )?too weak|mechanism (?:is )?too weak|InvalidSecondFactor/i,
  ],
  [
    'login-blocked',
    /(?:log|sign) ?in (?:via|with|using|through) (?:your |a )?web ?browser|WebLoginRequired/i,
  ],
  [
    'login-temporary',
    /temporary authentication failure|authentication (?:is )?temporarily (?:unavailable|failed)/i,
  ],
  // The sender's own account or provider stops the mail, in words that would otherwise read as a
  // login, an SPF check or a blocklist: SendGrid's "451 Authentication failed: Maximum credits
  // exceeded", Outlook.com's OutboundSpamException ("Actual verdict is Suspend"), Microsoft's
  // "5.1.8 Access denied, bad outbound sender" and 5.7.60 "does not have permissions to send as
  // this sender" (the sender's admin grants Send As), Mailgun's sandbox "Free accounts are for
  // test purposes only".
  [
    'sender-account',
    /maximum credits exceeded|OutboundSpamException|actual verdict is suspend|bad outbound sender|(?:does not|doesn't) have permissions? to send as|free accounts are for test purposes|(?:does not|doesn't) match a verified sender identity/i,
  ],
  // Yahoo's TSS09 "will be permanently deferred; Retrying will NOT succeed" refuses the IP for good
  // (its TSS04 is the volume deferral, read as rate-limited below); Gmail's X.7.28 "unusual rate of
  // mail originating from your SPF domain" names the domain SPF authenticated, it is not an SPF
  // failure: the 421 is a rate limit, the 550 ("has been blocked") a reputation block.
  [
    'blocked',
    /\[TSS09\]|permanently deferred|retrying will not succeed|originating from your (?:spf |dkim )?domain[\s\S]{0,300}?has been blocked/i,
  ],
  ['rate-limited', /unusual rate of [\w ]*?mail originating from your (?:spf |dkim )?domain/i],
  // Mimecast: the recipient's organisation or the recipient chose to refuse this sender (DOC-1369:
  // "Rejected by header based Anti-Spoofing policy", "Envelope blocked - User Entry", "Blocked
  // Senders"); no public blocklist is involved.
  ['recipient-restricted', /anti-spoofing policy|envelope blocked - user (?:domain )?entry|blocked senders/i],
  [
    'auth-failed',
    /\bspf\b|\bdkim\b|\bdmarc\b|sender policy framework|authentication checks?|unauthenticated (?:e-?mail|mail|message)|does not designate|not designated (?:as )?permitted|sender authentication|required authentication level|\b5\.7\.(?:2[346]|509|515)\b/i,
  ],
  [
    'login-failed',
    /authentication credentials invalid|username and password not accepted|invalid (?:login|credentials|username or password)|BadCredentials|(?<!sender )authentication (?:unsuccessful|failed)|\bauth(?:entication)? failure/i,
  ],
  // RFC 7505 §4.2 / Postfix: "550 5.7.27 <alice@example.com>: Sender address rejected: Domain
  // example.com does not accept mail (nullMX)"; "Sender address rejected: Domain not found".
  [
    'sender-domain',
    /sender address rejected:[^\n]*?(?:does not accept mail|null ?mx|domain not found)|domain of sender address \S+ does not exist|sender verify failed|verification failed for <|invalid DNS MX or A\/AAAA|sender (?:address |domain )?(?:\S+ )?(?:has|publishes) (?:a )?null ?mx/i,
  ],
  [
    'host-not-found',
    /domain (?:name )?(?:does not|doesn't) exist|(?:host|domain) (?:or domain name )?not found|no such domain|name service error|\bnxdomain\b|not accepting network messages|does not accept mail|domain \S+ (?:couldn't|could not) be found|null mx|doesn't receive (?:e-?mail|mail)/i,
  ],
  [
    'syntax',
    /duplicate header|header (?:is )?(?:invalid|malformed|missing)|not (?:rfc ?5322|rfc ?5321) compliant|bare (?:lf|linefeed)/i,
  ],
  [
    'unknown-user',
    /recipient address rejected: user unknown|not listed in (?:the )?(?:domino |public )?(?:directory|address book)|RESOLVER\.ADR\.(?:RecipNotFound|RecipientNotFound|ExRecipNotFound)|\b5\.1\.10\b/i,
  ],
  // Microsoft 365's delivery restrictions (5.7.124, 5.7.133–5.7.136, 5.7.193): the group or mailbox
  // takes mail only from its own organisation or listed senders. Their "authentication required"
  // is about the sender being outside the organisation, not about logging in to relay.
  [
    'recipient-restricted',
    /RESOLVER\.RST\.(?:SenderNotAuthenticatedFor\w+|NotAuthorized|AuthRequired)|delivery restriction check failed|not in (?:the )?allowed[- ]senders? list|(?:isn't|is not|not) (?:authori[sz]ed|allowed|permitted) to send to this (?:group|recipient|mailbox|distribution list)/i,
  ],
  [
    'relay-denied',
    /relay(?:ing)? (?:access )?(?:denied|disallowed|not (?:permitted|allowed|authori[sz]ed)|prohibited|refused)|unable to relay|relay not permitted|we do not relay|no relaying|not (?:allowed|authori[sz]ed|permitted) to (?:relay|send (?:as|on behalf|from|mail (?:as|from)))|not an open relay|is not a local domain|non-accepted domain|client not authenticated|SendAsDenied|address is not verified|identities failed|\b5\.7\.(?:54|57|64)\b|authentication (?:is )?required/i,
  ],
  [
    'greylisted',
    /gr[ae]y-?list|gr[ae]ylisted|postgrey|try again in \d+ ?(?:s|sec|seconds|m|min|minutes)\b|please try again later \(gr|temporarily deferred.*gr[ae]y/i,
  ],
  // The sender's own provider limits or stops the account's sending: Gmail's "550 5.4.5 Daily
  // sending quota exceeded", Amazon SES's "554 Sending suspended for this account". Nobody's
  // mailbox is full or disabled, and no receiving server is throttling.
  [
    'sender-account',
    /sending (?:has been |is )?(?:suspended|paused|disabled)|(?:suspended|disabled) (?:for|from) sending|(?:daily|hourly) (?:user |smtp relay |relay )?(?:sending )?(?:quota|limit) (?:exceeded|reached)|exceeded (?:the |your )?(?:daily|hourly) (?:sending )?(?:quota|limit)|sending quota (?:exceeded|reached)|your account (?:has been|is) (?:suspended|disabled)/i,
  ],
  [
    'rate-limited',
    /rate.?limit|too many (?:connections|messages|recipients|e-?mails|mails|concurrent|sessions|simultaneous|invalid recipients|hops? from)|throttl|sending limit|(?:message|connection|recipient|sending) (?:rate|limit) (?:exceeded|reached)|exceeded (?:the |your )?(?:sending|message|connection|rate|daily|hourly) (?:limit|rate|quota)|unusual rate|excessive (?:volume|traffic|rate|mail|sending)|receiving mail (?:at a rate|too (?:quickly|fast))|\[TSS?0\d\]|\b4\.7\.28\b|too much (?:mail|traffic)|temporarily rate limited/i,
  ],
  // Barracuda's verdict after the data, "550 permanent failure for one or more recipients
  // (bob@…:blocked)", is its content filter's, not a block on the sending host.
  ['spam-content', /for one or more recipients \([^)\s]+:blocked\)/i],
  [
    'blocked',
    /block ?list|blocklisted|black ?list|deny ?list|spamhaus|spamcop|\bsorbs\b|\brbl\b|\bdnsbl\b|barracuda (?:reputation|central)|(?<!not )listed (?:at|on|in|by)|blocked using|reputation|client host (?:\S+ )?rejected|reverse (?:dns|lookup|dns lookup)|\bptr\b|\brdns\b|banned sending ip|\b5\.7\.(?:6[0-4]\d|606)\b|your ip|sending ip|ip address (?:has been |is )?(?:blocked|listed|banned|rejected)|not accepting mail from|refused to talk|poor reputation|\bHELO\b.*(?:rejected|invalid)|access denied,? banned|purported responsible address|sender address rejected|sender (?:is )?(?:blocked|rejected|denied)/i,
  ],
  [
    'spam-content',
    /\bspam\b|spammy|\bjunk\b|content (?:filter|rejected|policy|was rejected)|message content|virus|malware|phish|infected|\bUCE\b|unsolicited|bulk mail|5\.7\.350|(?:prohibited|blocked|forbidden|dangerous|illegal) (?:attachment|file|content)|attachment (?:type )?(?:not allowed|blocked|rejected)|looks like spam|high probability|suspicious/i,
  ],
  [
    'mailbox-full',
    /mailbox (?:is )?full|mailbox full|over ?quota|quota (?:exceeded|exceed|full)|exceeded (?:the |their |his |her |its )?(?:storage|quota|mailbox)|(?:user|recipient|account|mailbox)(?:'s)? (?:is )?over (?:the |their )?quota|mailbox size limit|disk quota|mail ?folder is full|inbox is full|full mailbox|mailbox (?:has )?exceeded|mailbox exceeds|not enough (?:space|storage) (?:in|on) (?:the )?(?:mailbox|account)|insufficient storage (?:space )?(?:for|in) (?:user|mailbox|recipient)|storage quota/i,
  ],
  [
    'message-too-large',
    /message (?:size )?exceeds|(?:message|mail|e-?mail|attachment)s? (?:is |was )?too (?:large|big)|message size|size limit|larger than (?:the )?(?:max|allowed|permitted)|exceeds (?:the )?(?:max|maximum|fixed|allowed|permitted)|maximum (?:message )?size|message length exceeds|size exceeds|mail size limit/i,
  ],
  [
    'mailbox-disabled',
    /(?:mailbox|account|user|recipient|address|addressee)(?: [\w'-]+){0,6}? (?:is |has been |was |been )?(?:disabled|suspended|inactive|deactivated|not active|no longer active)|(?:disabled|suspended|inactive|deactivated) (?:mailbox|account|user|recipient|address)|(?:account|mailbox) (?:is |has been )?(?:closed|locked|frozen|expired|terminated|deleted|blocked)|blocked by (?:its|the) owner|mailbox (?:is )?unavailable due to/i,
  ],
  [
    'unknown-user',
    /user unknown|unknown user|no such (?:user|mailbox|recipient|address|account|person)|(?:user|mailbox|recipient|address|account|addressee)s? (?:does not|doesn't|not) exists?|does not exist|doesn't exist|(?:recipient|address|user|mailbox|addressee|e-?mail account) (?:was )?not found|couldn't be found|could not be found|invalid (?:recipient|mailbox|user|address|e-?mail address)|unknown (?:recipient|address|local.?part|mailbox|alias|e-?mail)|not a valid (?:recipient|mailbox|user|address)|no mailbox|undeliverable address|no longer (?:valid|available|in use)|isn't a valid|bad destination (?:mailbox|address)(?! (?:address )?syntax)|addressee unknown|no valid recipients|unknown or illegal|account .* does not exist|not our customer|not listed in|mailbox not available|email account that you tried to reach|user (?:doesn't|does not) have an? [\w.-]+ account/i,
  ],
  [
    'host-not-found',
    /host (?:or domain name )?not found|domain (?:name )?not found|name service error|\bno mx\b|null mx|mx record|dns (?:error|failure|lookup failed|problem)|host unknown|unknown host|domain (?:does not|doesn't) (?:exist|accept mail)|\bnxdomain\b|no such domain|unrouteable (?:domain|address)|host name lookup|(?<!temporary )lookup failure|name server:|looking up (?:the )?mail server|cannot determine where to send|could not (?:be )?resolve|unable to resolve|lookup failed|invalid domain|bad domain|unknown domain|domain .* has no|no (?:valid )?(?:mail exchangers?|mx hosts?)/i,
  ],
  [
    'network',
    /timed? ?out|timeout|connection (?:refused|reset|closed|lost|dropped|timed|failed)|lost connection|network (?:is )?unreachable|no route to host|(?:could not|unable to|couldn't|failed to) (?:connect|establish)|did not accept our requests to connect|socket error|broken pipe|not responding|did not respond|no answer|host unreachable|unreachable|not reachable/i,
  ],
  [
    'blocked',
    /\bblocked\b(?! by (?:its|the) owner)|\bbanned\b|\bdenied\b|refused|not (?:allowed|permitted|authori[sz]ed)\b/i,
  ],
  [
    'syntax',
    /syntax|malformed|incorrectly constructed|invalid (?:address )?format|badly formatted|improperly formatted|illegal (?:character|address)|command (?:unrecognized|not recognized)|unrecognized command|line too long|bare (?:lf|linefeed)|fully.?qualified|RFC ?5322|RFC ?5321 compliant|not (?:rfc|RFC) compliant/i,
  ],
  [
    'system-error',
    /system (?:error|failure|problem|full|is busy)|internal (?:server )?error|local (?:error|configuration)|temporary (?:local |server |system |lookup )?(?:error|failure|problem)|configuration error|mail loop|loops? (?:back|detected)|routing loop|too many hops|hop count|insufficient system (?:storage|resources)|out of memory|server (?:is )?busy|service (?:is )?(?:not available|unavailable|temporarily unavailable)|queue file write error|mailer error|unexpected error|I\/O error/i,
  ],
]

/** Weak phrases, only read when nothing stronger and no telling code: "mailbox unavailable" is 550's stock text. */
const WEAK_UNKNOWN_USER = /mailbox (?:unavailable|not available)|requested action not taken: mailbox/i

/** The reason some words name, or undefined. */
export function reasonFromText(text: string): BounceReason | undefined {
  for (const [reason, re] of PHRASES) if (re.test(text)) return reason
  return undefined
}

/** Reasons of enhanced codes (RFC 3463 §3 and the IANA registry) whose meaning is narrow enough to decide alone. */
const BY_ENHANCED: Record<string, BounceReason> = {
  '1.1': 'unknown-user',
  '1.2': 'host-not-found',
  '1.3': 'syntax',
  '1.4': 'unknown-user',
  '1.6': 'unknown-user',
  '1.7': 'syntax',
  // X.1.8 "Bad sender's system address" (RFC 3463 §3.2): the sender's domain, not the recipient's.
  '1.8': 'sender-domain',
  '1.10': 'unknown-user',
  '2.1': 'mailbox-disabled',
  '2.2': 'mailbox-full',
  '2.3': 'message-too-large',
  '3.1': 'system-error',
  '3.4': 'message-too-large',
  '4.1': 'network',
  '4.2': 'network',
  '4.3': 'host-not-found',
  '4.4': 'host-not-found',
  '4.5': 'system-error',
  '4.6': 'system-error',
  '4.7': 'expired',
  '5.1': 'syntax',
  '5.2': 'syntax',
  '5.3': 'rate-limited',
  '5.4': 'syntax',
  '5.6': 'syntax',
  // RFC 4954 §6: 535 5.7.8 wrong credentials; 534 5.7.9 the mechanism is too weak (an app
  // password or OAuth is needed, not encryption); X.7.10 "Encryption Needed" and X.7.11 are TLS.
  // X.7.9 is decided in reasonFromEnhanced: it means a weak mechanism only in reply to AUTH.
  '7.8': 'login-failed',
  '7.10': 'tls-required',
  '7.11': 'tls-required',
  '7.13': 'mailbox-disabled',
  '7.20': 'auth-failed',
  '7.21': 'auth-failed',
  '7.22': 'auth-failed',
  '7.23': 'auth-failed',
  '7.24': 'auth-failed',
  '7.25': 'blocked',
  '7.26': 'auth-failed',
  // X.7.27 "Sender address has null MX" (RFC 7505 §4.2): the sender's own domain accepts no mail.
  // Gmail's SPF use of 4.7.27/5.7.27 says "SPF" in its words, which are read first.
  '7.27': 'sender-domain',
  '7.28': 'rate-limited',
}

/** Codes too broad to outrank the report's prose, but better than the reply code alone. */
const BROAD_ENHANCED: Record<string, BounceReason> = {
  '7.0': 'blocked',
  '7.1': 'blocked',
  '7.2': 'relay-denied',
  '3.0': 'system-error',
  '3.2': 'system-error',
  '3.3': 'system-error',
  '3.5': 'system-error',
  '4.0': 'network',
  // X.2.0 "Other or undefined mailbox status" names no cause (Outlook.com's 5.2.0
  // OutboundSpamException is the sender's account), so it is not read as a missing mailbox.
  '1.0': 'unknown-user',
}

/** Reply codes (RFC 5321 §4.2.3 and extensions) that tell a reason on their own. */
const BY_REPLY: Record<string, BounceReason> = {
  '421': 'system-error',
  '450': 'unknown-user',
  '451': 'system-error',
  '452': 'mailbox-full',
  // 454 is both "TLS not available" (RFC 3207 §4) and "Temporary authentication failure"
  // (RFC 4954 §6): which one, the command it answered says (see reasonForCommand).
  '454': 'tls-required',
  '500': 'syntax',
  '501': 'syntax',
  '502': 'syntax',
  '503': 'syntax',
  '504': 'syntax',
  '521': 'host-not-found',
  '530': 'relay-denied',
  '534': 'login-method',
  '535': 'login-failed',
  // 550 is every kind of permanent refusal (RFC 5321 §4.2.3: "mailbox unavailable … or command
  // rejected for policy reasons"): without words that say which, it is 'unknown', never "correct
  // the address". The same holds for an expired message's last error.
  '551': 'unknown-user',
  '552': 'mailbox-full',
  '553': 'syntax',
  '556': 'host-not-found',
}

export function reasonFromEnhanced(
  code: string | undefined,
  answered: { reply?: string; command?: string } = {},
): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  if (!parsed || parsed.cls === 2) return undefined
  if (parsed.subject === 7 && parsed.detail === 9) return weakMechanismOrPolicy(answered)
  return BY_ENHANCED[`${parsed.subject}.${parsed.detail}`] ?? vendorReason(parsed.subject, parsed.detail)
}

/**
 * X.7.9 "Authentication mechanism is too weak" is registered for the reply to AUTH (RFC 4954 §6,
 * 534 5.7.9). Yahoo and AOL send "554 5.7.9 Message not accepted for policy reasons" after DATA
 * for a message that failed their SPF/DKIM/DMARC or reputation checks (Yahoo Help SLN7253): a
 * 5.7.9 known to answer anything but AUTH is the message's authentication, not the login's.
 */
function weakMechanismOrPolicy({ reply, command }: { reply?: string; command?: string }): BounceReason {
  if (command) return command === 'AUTH' ? 'login-method' : 'auth-failed'
  return !reply || reply === '534' ? 'login-method' : 'auth-failed'
}

/** Microsoft 365's own codes, by the meanings documented in vendor-enhanced-codes.ts. */
function vendorReason(subject: number, detail: number): BounceReason | undefined {
  if (subject === 4)
    return detail === 300 ? 'expired' : detail >= 316 && detail <= 317 ? 'network' : undefined
  if (subject === 2 && detail >= 121 && detail <= 122) return 'rate-limited'
  if (subject !== 7) return undefined
  if (detail >= 321 && detail <= 325) return 'tls-required'
  if (detail === 504) return 'unknown-user'
  if (detail === 509 || detail === 515) return 'auth-failed'
  if (detail === 64 || detail === 57) return 'relay-denied'
  if ((detail >= 133 && detail <= 136) || detail === 124 || detail === 193) return 'recipient-restricted'
  if ((detail >= 500 && detail <= 699) || detail === 800) return 'blocked'
  if (detail === 705 || detail === 708) return 'blocked'
  if (detail === 232 || detail === 233) return 'rate-limited'
  return undefined
}

function broadReason(code: string | undefined): BounceReason | undefined {
  const parsed = code ? parseEnhancedCode(code) : undefined
  return parsed && parsed.cls !== 2 ? BROAD_ENHANCED[`${parsed.subject}.${parsed.detail}`] : undefined
}

/**
 * The reason of one failure: the server's words (`primary`, the diagnostic), then a narrow
 * enhanced code, then the rest of the report's prose (`context`), then weak phrases and the reply
 * code, else 'unknown'.
 */
export function classifyReason(input: {
  primary: string
  context: string
  enhanced?: string
  reply?: string
  command?: string
}): BounceReason {
  return (
    accessDenied(input.primary, input.enhanced) ??
    reasonFromText(input.primary) ??
    reasonFromEnhanced(input.enhanced, input) ??
    reasonFromText(input.context) ??
    broadReason(input.enhanced) ??
    (WEAK_UNKNOWN_USER.test(input.primary) ? 'unknown-user' : undefined) ??
    (input.reply ? BY_REPLY[input.reply] : undefined) ??
    'unknown'
  )
}

/**
 * "Recipient address rejected: Access denied" is two things. With 5.4.1 it is Microsoft 365's
 * directory check finding no such recipient (Directory-Based Edge Blocking); anywhere else it is
 * Postfix's default text for a check_recipient_access REJECT (554 5.7.1): the receiving side's
 * policy refuses mail for that address, which exists.
 */
function accessDenied(primary: string, enhanced: string | undefined): BounceReason | undefined {
  if (!/recipient address rejected: access denied/i.test(primary)) return undefined
  const x41 = /^[45]\.4\.1$/.test(enhanced ?? '') || /\b[45]\.4\.1\b/.test(primary)
  return x41 ? 'unknown-user' : 'recipient-restricted'
}

const LOGIN_REASONS = new Set<BounceReason>([
  'login-failed',
  'login-method',
  'login-blocked',
  'login-temporary',
])

/**
 * What the command a reply answered says about its reason. A reply to AUTH is about logging in to
 * the server (RFC 4954): 454 there is "Temporary authentication failure" (§6), not STARTTLS's
 * "TLS not available" (RFC 3207 §4), and a refusal that names no cause is a refused login, not a
 * relay or blocklist problem. Refused at MAIL FROM, a domain that cannot be found is the sender's.
 */
export function reasonForCommand(
  reason: BounceReason,
  command: string | null,
  reply: string | null,
  cls: string,
): BounceReason {
  if (command === 'MAIL FROM') {
    if (reason === 'host-not-found') return 'sender-domain'
    // The server will not take this sender: it is not a missing recipient.
    if (reason === 'unknown-user') return 'blocked'
    return reason
  }
  if (command !== 'AUTH' || LOGIN_REASONS.has(reason) || reason === 'syntax') return reason
  if (reply === '454' || (cls === '4' && reason !== 'tls-required')) return 'login-temporary'
  if (reason === 'tls-required') return reason
  return cls === '5' ? 'login-failed' : reason
}
