// Refusals that say "blocked", "blacklist", "spam" or "invalid recipients" but name no public
// blocklist of the sending IP. Read before the blocklist words of reason-phrases.ts, which would
// otherwise send an administrator to look up and delist an IP that is listed nowhere: the list is
// the sender's own provider's, or the recipient's own, or the "block" is a content filter's verdict.
// Vendor codes that name the cause when the words around them do not come first.
import type { BounceReason } from './reasons'

/**
 * The sender's own mailbox is full, so its provider sends nothing from it: a webmail's "could not
 * be sent because your mailbox … has exceeded its storage quota", Outlook's "Ihr Postfach ist voll".
 * The own-mailbox texts are shown for it (recipient-result.ts).
 */
export const OWN_MAILBOX_FULL =
  /\byour (?:own )?mailbox\b[^.\n]{0,80}?\b(?:has exceeded|exceeds|is over|has reached|is full)\b|\bcould not be sent because your mailbox\b|\bIhr Postfach ist (?:voll|überfüllt)|\bposta kutunuz dol(?:u|du)|\bsu buzón está lleno|\bvotre boîte (?:aux lettres )?est pleine/i

/**
 * The sending network's provider blocks outgoing port 25 ("my ISP blocks outgoing port 25 on
 * residential lines"): every receiving server times out, and no retry gets through.
 */
export const PORT_BLOCKED: readonly [BounceReason, RegExp][] = [
  [
    'port-blocked',
    /\b(?:isp|provider|internet ?anbieter|proveedor|fournisseur|sağlayıcı\w*)\b[^.\n]{0,80}\bport 25\b[^.\n]{0,40}\b(?:block|filter|clos|gesperrt|sperr|bloque|bloqu|engel|kapa)|\bblock(?:s|ed|ing)? (?:all )?(?:outbound|outgoing) (?:traffic (?:on|to) )?port 25\b|\b(?:outbound|outgoing) port 25\b[^.\n]{0,40}\b(?:is |are )?(?:blocked|filtered|closed)|giden 25 numaralı port[^.\n]{0,40}(?:engel|kapa)/i,
  ],
  // A connection to port 25 that times out from a cloud machine: Google Cloud blocks outgoing port 25
  // always, and AWS, Azure, DigitalOcean, Linode, Vultr, Hetzner Cloud and Oracle Cloud by default
  // (each provider's documentation on sending mail).
  [
    'port-blocked',
    /^(?=[\s\S]{0,20000}?\b(?:GCP|Google Cloud|Compute Engine|GKE|AWS|EC2|Lightsail|Azure|DigitalOcean|droplet|Linode|Vultr|Hetzner Cloud|Oracle Cloud|OCI)\b)[\s\S]{0,20000}?:25\b[^\n]{0,60}?(?:timed out|i\/o timeout|timeout)/i,
  ],
]

/**
 * Vendors' own codes, read first because the reply often carries nothing else ("550 5.7.1 Message
 * rejected XGEMAIL_0001"). Sophos Email (docs.sophos.com, Email Security "SMTP error codes"):
 * 0001–0003 a missing DKIM signature or a failed SPF or DMARC check, 0004/0005 the sending IP or
 * domain on a blocklist, 0006 a TLS version the policy does not allow, 0008/0009 the recipient
 * side's admin or user block list, 0010 a recipient domain Sophos does not protect, 0011 a
 * recipient address that does not exist there, 0012 the size limit, 0014/0015 the recipient's
 * inbound rate limits. NetEase (163.com, 126.com): "554 DT:SPM" is its
 * spam verdict on the message ("content contains unlicensed information or was identified as spam").
 */
export const VENDOR_CODE_PHRASES: readonly [BounceReason, RegExp][] = [
  // T-Online refuses a sending IP it does not trust: "554 IP=203.0.113.9 - A problem occurred. (Ask
  // your postmaster for help or to contact tosa@rx.t-online.de to clarify.)" (its postmaster pages).
  ['blocked', /\bIP=[\d.:a-f]+ - A problem occurred\b/i],
  // Mimecast's "550 Administrative prohibition - envelope blocked": the recipient organisation's
  // policy (a blocked-senders entry or rule) refused the envelope; its administrator can see which.
  ['policy', /\badministrative prohibition - envelope blocked\b/i],
  // Gmail's "421-4.7.28 … unusual rate of unsolicited mail originating from your SPF domain": a rate
  // limit for the domain's spam, not a failed SPF check (support.google.com, UnsolicitedRateLimitError).
  // (Its 550-5.7.28 "… has been blocked" is a block, read by the blocklist words.)
  ['rate-limited', /\bunusual rate of unsolicited mail\b(?=[\s\S]{0,300}?\btemporarily rate limited\b)/i],
  ['auth-failed', /\bXGEMAIL_000[123]\b/],
  ['blocked', /\bXGEMAIL_000[45]\b/],
  ['tls-required', /\bXGEMAIL_0006\b/],
  ['not-hosted', /\bXGEMAIL_0010\b/],
  ['unknown-user', /\bXGEMAIL_0011\b/],
  ['recipient-restricted', /\bXGEMAIL_000[89]\b/],
  ['message-too-large', /\bXGEMAIL_0012\b/],
  ['rate-limited', /\bXGEMAIL_001[345]\b/],
  ['spam-content', /\bDT:SPM\b/],
  ...PORT_BLOCKED,
]

export const NOT_A_BLOCKLIST: readonly [BounceReason, RegExp][] = [
  // The sender's own sending service did not even try: the address is on its suppression list.
  // MailChannels: "550 5.7.1 [UNS] Recipient has unsubscribed from your list.", "[RB] This
  // recipient email address has been previously bounced" (docs.mailchannels.com, Email API
  // "Suppressions and unsubscribes": entries come from unsubscribe links, hard bounces and spam
  // complaints); Mailgun's "Not delivering to previously bounced address"; SendGrid's dropped
  // events "Bounced Address", "Unsubscribed Address", "Spam Reporting Address"; Amazon SES's
  // SparkPost: "554 5.7.1 recipient address was suppressed due to customer policy" (its own
  // suppression list, SparkPost "Bounce classification codes"); Mailgun: "Not delivering to a user
  // who marked your messages as spam"; Postmark: "… marked as inactive" after a hard bounce, a
  // spam complaint or a manual suppression — read before the word "spam".
  // "Amazon SES has suppressed sending to this address because it has a recent history of
  // bouncing" and "… it is on the suppression list for your account" (bounceSubType Suppressed and
  // OnAccountSuppressionList, Amazon SES Developer Guide, "Amazon SES notification contents").
  // Brevo's "blocked" event ("blocked : due to blacklist user"): a contact on the account's own
  // blocked list (hard bounce, admin blocked, spam complaint or unsubscription, Brevo API
  // "Get the list of blocked or unsubscribed transactional contacts").
  [
    'suppressed',
    /\[UNS\]|blocked : due to (?:blacklist|unsubscri|hard ?bounce|spam|admin)|\[RB\]|unsubscribed from (?:your|the|this) (?:mailing )?list|has unsubscribed|previously (?:bounced|complained|unsubscribed)|suppression list|"error"[ \t]*:[ \t]*"preblocked"|"status"[ \t]*:[ \t]*"suppressed"|"event"[ \t]*:[ \t]*"reject"|suppressed (?:address|recipient)|address (?:was )?suppressed|not delivering to (?:a user|an address|this address) (?:who|that)|marked (?:as )?inactive|inactive (?:addresses|recipients)|suppressed (?:sending|delivery) to|\b(?:bounced|unsubscribed|spam reporting) address\b(?!:)/i,
  ],
  // A sending address or domain the email service has not verified: Amazon SES's "Email address is
  // not verified. The following identities failed the check", SendGrid's "does not match a verified
  // Sender Identity", Mailgun's "domain is not verified", Microsoft 365's 5.7.750 "sending from
  // unregistered domains", Yahoo's "From address not verified", Brevo's "Sender not verified".
  [
    'unverified-sender',
    /address is not verified|identities failed|(?:does not|doesn't) match a verified sender identity|sending from unregistered domains|\bdomain is not verified\b|\bsending domain \S+ is not verified\b|from address not verified|sender (?:address )?not verified/i,
  ],
  // The sender's own provider stopped the account or the IP sending through it: MailChannels'
  // "[BR] … an excessively high number of invalid recipients originating from your account" (no
  // recipient of this message is said to be wrong), Cox's "550 Email sending blocked due to
  // suspicious account activity on primary Cox account … AUP#CXMJ" (Cox: reset the passwords, then
  // call Cox), AAISP's "Error CA2 … x.x.x.x is blocked from sending. Probably due to sending spam
  // messages." (support.aa.net.uk, "Sending Email Errors": an IP blocked from smtp.aa.net.uk for
  // spam or for mail to invalid addresses), and a provider's "554 5.7.0 … The limit on the number of
  // allowed outgoing messages was exceeded" (the account's own outgoing limit), in German "Ihr Konto
  // wurde … für den Versand gesperrt" (the account is blocked from sending). Salesforce's Apex
  // "SINGLE_EMAIL_LIMIT_EXCEEDED" and "MASS_MAIL_LIMIT_EXCEEDED" are the org's daily email limits
  // (Salesforce Developers, "Email Limits"). Changing the content or the address cannot help.
  [
    'sender-account',
    /\b(?:SINGLE|MASS)_(?:EMAIL|MAIL)_LIMIT_EXCEEDED\b|originating from your account|suspicious account activity|für den (?:E-Mail-)?Versand gesperrt|limit on the number of allowed outgoing messages|\bAUP#CXMJ\b|(?:e-?mail |mail |outgoing )?sending (?:has been |is |was )?blocked|your account (?:has been |is |was )?(?:blocked|compromised)|account (?:appears to be|has been|is) compromised|blocked from sending(?! (?:e-?mail |mail |messages? )?to\b)/i,
  ],
  // The sender's own account or provider stops the mail, in words that would otherwise read as a
  // login, an SPF check or a blocklist: SendGrid's "451 Authentication failed: Maximum credits
  // exceeded", Outlook.com's OutboundSpamException ("Actual verdict is Suspend"), Microsoft's
  // "5.1.8 Access denied, bad outbound sender" (Polish: "nieprawidłowy nadawca wychodzący") and 5.7.60 "does not have permissions to send as
  // this sender" (the sender's admin grants Send As), Mailgun's sandbox "Free accounts are for
  // test purposes only", Exchange Online's STOREDRV.Submission.Exception:QuotaExceededException
  // (the sending mailbox is full, so it may not send: Microsoft Learn, "How to set up a
  // multifunction device or application to send email using Microsoft 365"),
  // Exchange Online's SubmissionQuotaExceededException (the sender's rate,
  // though its text says "mailbox full"), 5.7.520 external forwarding and 5.7.750 unregistered
  // sending domains (the sender organisation's own rules). Zoho pauses an account's outgoing mail
  // with "550 5.4.6 Unusual sending activity detected" or "554 5.1.8 Email Outgoing Blocked" (the
  // owner unblocks it in Zoho Mail); Amazon SES's "Email address is not verified. The following
  // identities failed the check" is an unverified sender identity, as SendGrid's is; cPanel's
  // "Domain … has exceeded the max emails per hour … allowed. Message discarded." is the hosting
  // account's own hourly limit (WHM Tweak Settings, "Max hourly emails per domain"). A webmail's
  // "could not be sent because your mailbox … has exceeded its storage quota" is the sender's own
  // mailbox, which has no room for the copy kept in Sent.
  // Microsoft 365's 5.7.60 "Client does not have permissions to send as this sender" and
  // Outlook.com's SendAsDeniedException: the account may not send from that From address (the
  // administrator grants Send As). Its 5.7.520 "Your organization does not allow external
  // forwarding": the sender organisation's outbound spam policy stops automatic forwarding.
  ['send-as', /(?:does not|doesn't) have permissions? to send as|SendAsDenied/i],
  [
    'forwarding-blocked',
    /(?:does not|doesn't) allow external forwarding|external forwarding (?:is )?(?:disabled|blocked|not allowed)/i,
  ],
  [
    'sender-account',
    new RegExp(
      String.raw`${OWN_MAILBOX_FULL.source}|maximum credits exceeded|OutboundSpamException|SubmissionQuotaExceeded|STOREDRV.Submission.Exception:QuotaExceeded|submission quota exceeded|actual verdict is suspend|bad outbound sender|nieprawidłowy nadawca wychodzący|free accounts are for test purposes|unusual sending activity|(?:e-?mail )?outgoing (?:mail )?blocked|has exceeded the max(?:imum)? (?:e-?mails|messages|defers and failures) per hour`,
      'i',
    ),
  ],
  // The recipient, or the recipient organisation's administrator, put the sender on their own list:
  // Interia's "550 5.7.1 Recipient doesn't want your mail" (pomoc.poczta.interia.pl: the account
  // has probably added you to its blocked list), Sophos' "… is in the user block list" / "admin
  // block list", Symantec Email Security.cloud's "551 Sender is on domain's blacklist" (Broadcom KB
  // 169925 and 442583: the recipient's Blocked Senders list), Coremail's "550 User in blacklist",
  // FORPSI/grhosting's "sender is blacklisted" (the mailbox's own list), Korean portals' "(by
  // user's reject list)", QQ's "Mail is rejected by recipients". Only they can lift it; no public
  // list is involved. A named DNSBL ("blacklisted by zen.spamhaus.org", "domain blacklist dbl…")
  // stays a blocklist, and "rejected by user's spam filter" a content verdict.
  [
    'recipient-restricted',
    /(?<!spamhaus )\b(?:user|admin|administrator|recipient|domain|personal|private|organi[sz]ation)(?:'s)? (?:block|black|deny|reject)[ -]?list(?![^\n]{0,40}\b(?:spamhaus|surbl|uribl|dbl|dnsbl|rbl)\b)|\buser in (?:the )?black ?list\b|\bsender is black ?listed\b(?! (?:by|at|on|in) )|\bsender is on (?:the |a )?(?:\w+'s )?(?:black|block)[ -]?list|(?:blocked|blacklisted|rejected|refused) by (?:the )?(?:recipients?|addressee|user)\b(?!['’]s (?:mail ?server|server|provider|isp|system|spam|junk|content|firewall|filter|gateway|security|antivirus|anti-?spam)| (?:server|mta|host|system|provider|domain)s?\b)|\b(?:recipient|user|addressee) (?:doesn't|does not) want\b/i,
  ],
  // A link in the message, not the sending IP, is on a list (SURBL, Spamhaus DBL): "554 5.7.1
  // Message rejected: URL in message body is blocklisted". The content must change.
  [
    'spam-content',
    /\b(?:urls?|uris?|links?|domains?)(?: \S+)? (?:in|inside) (?:the )?(?:message|mail|e-?mail|body|content)(?: body)? (?:is |are |was |were )?(?:(?:block|black)[ -]?)?listed\b/i,
  ],
  // Hornetsecurity's content filter refuses by size: "552 5.5.2 Message size (content filter)",
  // "554 5.5.3 e-mail Rejected Content Filter Size" (everycloud "Workspace classification codes").
  ['message-too-large', /message size \(content filter\)|content filter size/i],
]
