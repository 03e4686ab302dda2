// The words that name a bounce's cause, in the order they are tried (the first match wins): the
// data behind reasonFromText in reasons.ts. Each entry's comment names the real replies it is for
// and, where a vendor's wording is read, the vendor's page that documents it.
import { NOT_A_BLOCKLIST, VENDOR_CODE_PHRASES } from './reason-phrases-lists'
import { MAIL_PROGRAM_PHRASES } from './reason-phrases-programs'
import { SERVER_WORDINGS } from './reason-phrases-servers'
import type { BounceReason } from './reasons'

/**
 * Phrases, tried in this order: the first reason whose phrase occurs wins. Order matters where
 * phrases overlap: "mailbox size limit" is a full mailbox, not a large message; "blocked using
 * zen.spamhaus.org" is a blocklist, not spam content; "Recipient address rejected: Access denied"
 * is read before all of them (accessDenied). The few literal codes below (5.7.23/24/26,
 * 5.7.509) outrank weak words such as Gmail's "blocked because the sender is unauthenticated";
 * 5.7.25 is not among them: IANA's X.7.25 is "Reverse DNS validation failed" (RFC 7372), a
 * missing PTR record of the sending IP, not SPF/DKIM/DMARC.
 */
export const PHRASES: readonly [BounceReason, RegExp][] = [
  ...MAIL_PROGRAM_PHRASES,
  ...VENDOR_CODE_PHRASES,
  ...SERVER_WORDINGS,
  // The receiving server's own trouble, in words the TLS, DNS and SPF entries below would take:
  // RFC 3207 §4's "454 TLS not available due to temporary reason" (Postfix: "due to local
  // problem"), RFC 3463 §3.5's X.3.2 "System not accepting network messages", and an SPF check
  // that could not finish for now ("SPF temporary error", RFC 7208 §2.6.6 temperror): its DNS
  // lookup failed, the sending domain's records are not known to be wrong. Exim's "lowest numbered
  // MX record points to local host" is its own routing: the domain's MX names this very server,
  // which is not set up to take the domain's mail.
  [
    'system-error',
    /tls not available due to (?:a )?(?:local|temporary)|not accepting network messages|lowest numbered MX record points to local host|spf temporary error|temporary error occurred during (?:spf|dkim|dmarc)|\bspf\b[^\n]{0,40}\btemperror\b/i,
  ],
  // A STARTTLS in a list of capabilities (PowerMTA's accounting record quotes the EHLO reply,
  // "…,AUTH,STARTTLS,AUTH:PLAIN,…") is no refusal: the comma-separated word is skipped.
  // Postfix logs a certificate it could not check as "Server certificate not verified" (4.7.5);
  // Microsoft 365 refuses old TLS versions ("421 4.7.66 TLS 1.0 and 1.1 are not supported").
  // Postfix's disconnect line counts the commands ("ehlo=2 starttls=1 auth=0/1"): no refusal.
  // Microsoft 365 names a failed MTA-STS check ("451 4.4.317 … MTA-STS policy validation failed"),
  // and a certificate its TLS-enforcing connector would not accept ("4.4.317 Cannot connect to
  // remote server [Message=SubjectMismatch … (TLS enforced)]"): retries do not fix either.
  [
    'tls-required',
    /\bSubjectMismatch\b|\(TLS enforced\)|(?<![,'"])starttls(?! proto=)(?![,'"=])|must issue a starttls|\btls (?:is )?(?:required|negotiation failed|handshake)|encryption (?:is )?required|requires? (?:encryption|tls)|requires? (?:a )?(?:secure|encrypted|tls)|secure connection|\btls version\b|\btls 1\.[0-3](?: (?:and|or) 1\.[0-3])? (?:is |are )?not supported|self[- ]signed certificate|unable to verify the first certificate|wrong version number|\bSSL routines\b|\bERR_SSL_\w+|to support tls 1\.[23]|certificate (?:verif|valid|has expired|is not trusted)|certificate not (?:verified|trusted)|\bx509: certificate|mta-sts|\b5\.7\.10\b|\bauthentication not enabled\b/i,
  ],
  // Logging in to the sending server (SMTP AUTH, RFC 4954), told apart before the SPF/DKIM words:
  // Gmail's "534-5.7.9 Application-specific password required", "534-5.7.14 Please log in via
  // your web browser", RFC 4954 §6's "454 4.7.0 Temporary authentication failure". Microsoft 365's
  // "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant"
  // (or "… locked by your organization's security defaults policy", or "… the request did not meet
  // the criteria to be authenticated successfully. Contact your administrator.") refuses SMTP logins for the
  // whole organisation, whatever the password and OAuth too: its administrator
  // must turn SMTP AUTH on for the account.
  [
    'login-method',
    /application-specific password|app password (?:is )?required|authentication mechanism (?:is )?too weak|mechanism (?:is )?too weak|InvalidSecondFactor|SmtpClientAuthentication is disabled|basic authentication is disabled|security defaults policy|did not meet the criteria to be authenticated|cannot (?:SASL )?authenticate to server [^\n]{0,120}?: no mechanism available|no worthy mechs found|authentication (?:exchange )?line (?:is )?too long|unrecognized authentication type|authentication mechanism (?:is )?not (?:supported|available)/i,
  ],
  [
    'login-blocked',
    /(?:log|sign) ?in (?:via|with|using|through) (?:your |a )?web ?browser|WebLoginRequired/i,
  ],
  [
    'login-temporary',
    /temporary authentication failure|authentication (?:is )?temporarily (?:unavailable|failed)|connection lost to authentication server/i,
  ],
  ...NOT_A_BLOCKLIST,
  // Yahoo's TSS09 "will be permanently deferred; Retrying will NOT succeed" refuses the IP for good
  // (its TSS04 is the volume deferral, read as rate-limited below); Gmail's X.7.28 "unusual rate of
  // mail originating from your SPF domain" names the domain SPF authenticated, it is not an SPF
  // failure: the 421 is a rate limit, the 550 ("has been blocked") a reputation block.
  // T-Online refuses a dial-up sending host with "554: Dialup/transient IP not allowed. Use a
  // mailgateway" (BounceParser's t-online sample): the sending IP, not the content.
  // T-Online refuses hosts of bad or unknown reputation with "554 IP=… - A problem occurred. (Ask
  // your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)" (postmaster.t-
  // online.de, "Notes for mail server operators"); Hotmail's OU-002 refuses dynamically assigned
  // IP ranges; GMX's error-page link names its case, c=bl a block list (postmaster.gmx.net);
  // Proofpoint's "554 Blocked - see https://ipcheck.proofpoint.com/?ip=…" is its IP reputation check;
  // "your domain has too many spam complaints" is the sender's reputation, not this message's content.
  [
    'blocked',
    /\[TSS09\]|permanently deferred|retrying will not succeed|originating from your (?:spf |dkim )?domain[\s\S]{0,300}?has been blocked|tosa@rx\.t-online\.de|\(BL\)|dynamically[- ]assigned ip|\(RTR:DU\)|remote ip is forbidden|\[?(?:\d{1,3}\.){3}\d{1,3}\]? is not a fully qualified domain name|(?:dial-?up|dynamic|transient)(?:\/transient)? ip (?:address )?(?:not allowed|rejected|refused)|ipcheck\.proofpoint\.com|postmaster\.gmx\.\w+\/\S*[?&]c=bl\b|too many (?:spam |user )?complaints/i,
  ],
  ['rate-limited', /unusual rate of [\w ]*?mail originating from your (?:spf |dkim )?domain/i],
  // Mimecast: the recipient's organisation or the recipient chose to refuse this sender (DOC-1369:
  // "Rejected by header based Anti-Spoofing policy", "Envelope blocked - User Entry", "Blocked
  // Senders"); no public blocklist is involved.
  // Google Workspace's "The user or domain that you are sending to (or from) has a policy that
  // prohibited the mail" is the same: an administrator's rule on one side, not a blocklist.
  // Exchange's mail flow rules refuse with "TRANSPORT.RULES.RejectMessage" (and, by default, "550
  // 5.7.1 Delivery not authorized, message refused", read after the relaying words below, since
  // Amazon WorkMail wraps a relay refusal in the same words): an organisation's rule, no blocklist.
  // So are Microsoft 365's "MODERATION.ModeratorRejected" (the group's moderator declined it), a
  // filter's "Message rejected by recipient's email policy", qmail's badmailfrom (the receiving
  // server's own list of refused senders) and Google Groups' "you may not have permission to post".
  [
    'recipient-restricted',
    /anti-spoofing policy|envelope blocked - user (?:domain )?entry|blocked senders|TRANSPORT\.RULES\.RejectMessage|delivery to this address is restricted|has a policy that\s+(?:\d{3}[- ](?:\d\.\d{1,3}\.\d{1,3}\s+)?)?prohibited|ModeratorRejected|rejected by the moderator|recipient's (?:e-?mail )?policy|badmailfrom|(?:not|don't|do not) have permission to post/i,
  ],
  // The name the sending server gives in EHLO/HELO, which RFC 5321 §4.1.1.1 wants to be its fully
  // qualified domain name: Postfix's reject_non_fqdn_helo_hostname ("504 5.5.2 <localhost>: Helo
  // command rejected: need fully-qualified hostname") and reject_unknown_helo_hostname ("Helo
  // command rejected: Host not found"), which the host-not-found words below would read as the
  // recipient's domain; Exim's verify = helo ("HELO/EHLO hostname … not found"); Microsoft's 5.7.506
  // "Bad HELO"; "503-R1: HELO should be a FQDN or address literal"; Sina's "555 helohost error". A HELO
  // refused because a list names the client is still a blocklist (read below).
  [
    'helo-name',
    /(?:helo command rejected|\b(?:helo|ehlo)\b[^\n]{0,80}?\b(?:not found|does not resolve)|bad helo|\b(?:helo|ehlo)\b[^\n]{0,40}?\b(?:fqdn|fully.qualified)|\bhelo ?host error\b|\binvalid (?:helo|ehlo)\b|\bhelo\b[^\n]{0,80}?\b(?:rejected|invalid)\b)(?![^\n]{0,300}?\b(?:spamhaus|block ?list|black ?list|listed)\b)/i,
  ],
  // Postfix's reject_sender_login_mismatch ("Sender address rejected: not owned by user …") and
  // SendGrid's "Unauthenticated senders not allowed": the client must log in, or send as an
  // address its login owns — what relaying denied advises. qmail's "553 sorry, that domain isn't in
  // my list of allowed rcpthosts" is its relay refusal; Google Workspace's SMTP relay says "Invalid
  // credentials for relay [IP]" when the IP is not the one registered in its relay settings (read
  // before the login words, which "invalid credentials" would match). A missing login is RFC 4954
  // §6's "530 5.7.0 Authentication required", worded "Must authenticate first", "553 5.7.1 You must
  // authenticate before sending mail", Stalwart's "503 5.5.1 You must authenticate first." (read
  // before its 5.5.1, which alone is a syntax error) or qmail's "… isn't allowed to be relayed thru
  // this MTA without authentication"; hMailServer's "550 Delivery is not allowed to this address."
  // is its IP-range refusal of external-to-external mail without SMTP authentication (hMailServer
  // documentation, "Error messages"). None is a blocklist or a mistyped address. Gmail's "The
  // sender must authenticate with at least one of SPF or DKIM" (5.7.26) is the message's SPF/DKIM.
  [
    'relay-denied',
    /unauthenticated senders not allowed|allowed rcpthosts|not in my list of allowed hosts|invalid credentials for relay|\bmust (?:first )?(?:be )?authenticat(?:e|ed)\b(?! (?:with|using)\b)|(?:not|n't) allowed to be relayed|delivery is not allowed to this address/i,
  ],
  // Sender ID (RFC 4406) checks the Purported Responsible Address: "550 5.7.1 Sender ID (PRA) Not
  // Permitted" is the sending domain's published records, as SPF is.
  [
    'auth-failed',
    /\bsender id\b|purported responsible address|\bspf\b(?![\w.-]*@)|\bdkim\b(?![\w.-]*@)|\bdmarc\b(?![\w.-]*@)|sender policy framework|authentication checks?|unauthenticated (?:e-?mail|mail|message)|does not designate|not designated (?:as )?permitted|sender authentication|required authentication level|\b5\.7\.(?:2[346]|509|515)\b/i,
  ],
  [
    'login-failed',
    /authentication credentials invalid|username and password not accepted|code d'authentification invalide|invalid (?:login|credentials|username or password)|BadCredentials|(?<!sender )authentication (?:unsuccessful|failed)|\bauth(?:entication)? failure|authentication rejected|unable to authenticate|incorrect username(?: or| ?\/) ?password|incorrect authentication data/i,
  ],
  // RFC 7505 §4.2 / Postfix: "550 5.7.27 <alice@example.com>: Sender address rejected: Domain
  // example.com does not accept mail (nullMX)"; "Sender address rejected: Domain not found";
  // Postfix's reject_non_fqdn_sender ("Sender address rejected: need fully-qualified address");
  // Postfix's reject_unverified_sender ("Sender address rejected: unverified address: host … said:
  // 550 5.1.1 … No such user", and once known, "550 5.1.7 … Sender address rejected: undeliverable
  // address"): the sender's own domain says its mailbox does not exist;
  // qmail's "553 sorry, your envelope sender domain must exist"; Yahoo's "451 Message temporarily
  // deferred due to unresolvable RFC.5321 from domain" (Yahoo Sender Hub, SMTP error codes);
  // Haraka's mail_from.is_resolvable "No MX for your FROM address"; "Bad sender's mail address" (X.1.8).
  // WEB.DE's "invalid DNS MX or A/AAAA resource record" is its check of the sender's domain, unless
  // the mail program adds "Please check the message recipient": then it is the recipient's domain.
  [
    'sender-domain',
    /sender address rejected:[^\n]{0,200}?(?:does not accept mail|null ?mx|domain not found|need fully.?qualified|unverified address|undeliverable address)|sender (?:address |domain )?(?:\S+ )?(?:has|publishes) (?:a )?(?:null ?mx|no (?:mx|dns|a)\b)|sender (?:address |domain )?(?:\S+ )?(?:does not|doesn't) have (?:a )?valid (?:mx|dns|a)\b|\bno mx for your from address\b|\bbad sender'?s (?:mail |system )?address\b|envelope sender domain must exist|unresolvable (?:rfc\.?5321 )?from domain|domain of sender address \S+ does not (?:exist|resolve)|sender verif(?:y|ication) failed|verification failed for <(?![\s\S]{0,400}recipient\s+verify\s+failed)|invalid DNS MX or A\/AAAA(?![\s\S]{0,160}check the message recipient)|sender (?:address |domain )?(?:\S+ )?(?:has|publishes) (?:a )?null ?mx/i,
  ],
  [
    'host-not-found',
    /invalid DNS MX or A\/AAAA|domain (?:name )?(?:does not|doesn't) exist|(?:dns )?domain \S+ (?:does not|doesn't) exist|\bhost unknown\b|InfoDomainNonexistent|InfoNoRecords|NonExistentDomain|(?:host|domain) (?:or domain name )?not found|no such domain|name service error|could not be found in (?:the )?Domain Name Service|\bnxdomain\b|does not accept mail(?! from)|domain\s+\S+\s+(?:couldn't|could not)\s+be\s+found|null mx|doesn't receive (?:e-?mail|mail)/i,
  ],
  // The message itself breaks the format rules, which its addresses do not: Gmail's "Messages
  // missing a valid address in From: header … are not accepted", "… missing a valid Message-ID
  // header", "not RFC 5322 compliant" (support.google.com/a/answer/3726730), Microsoft's 5.6.11
  // "SMTPSEND.BareLinefeedsAreIllegal" and 5.7.512 "Message must be RFC 5322 section 3.6.2 compliant";
  // Exchange's "554 5.6.0 STOREDRV.Deliver; Corrupt message content" and "…ConversionFailedException;
  // … Content conversion: Corrupt summary tnef content" (Microsoft KB 2694566): the store could not
  // read or convert a part the sending program built, which is no content filter's verdict.
  // Gmail's "Messages with multiple addresses in From: header are not accepted" (same page) and a
  // missing Date or From header (both required, RFC 5322 §3.6) are the sending program's to fix.
  [
    'message-format',
    /duplicate header|header (?:is )?(?:invalid|malformed|missing)|not (?:rfc ?5322|rfc ?2822|rfc ?5321) compliant|rfc ?5322 section [\d.]+ compliant|bare (?:lf|linefeed)|BareLinefeedsAreIllegal|missing a valid (?:address in from|message-id)|no from: header|multiple from|multiple addresses in from|missing (?:a |the )?['"]?(?:date|from|message-id|sender)['"]?(?::)? header|(?:date|message-id)(?::)? header (?:is )?(?:missing|required)|message is malformed|malformed (?:message|mime)|invalid mime|corrupt(?:ed)? (?:summary )?(?:tnef )?(?:message|content)|ConversionFailedException|content conversion/i,
  ],
  [
    'unknown-user',
    /recipient address rejected: user unknown|not listed in (?:the )?(?:domino |public )?(?:directory|address book)|im Domino-Verzeichnis nicht aufgeführt|ne figure pas dans l'annuaire Domino|no (?:aparece|figura) en el directorio de Domino|RESOLVER\.ADR\.(?:RecipNotFound|RecipientNotFound|ExRecipNotFound)|\b5\.1\.10\b/i,
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
    /relay(?:ing)? (?:access )?(?:denied|disallowed|not (?:permitted|allowed|authori[sz]ed)|prohibited|refused)|unable to relay|relay not permitted|we do not relay|unauthori[sz]ed\s+(?:spam\s+)?relaying|check\s+your\s+mail\s+with\s+a\s+valid\s+POP\s+account|(?:does not|doesn't) allow relaying|does not match authentication credential|no relaying|not (?:allowed|authori[sz]ed|permitted) to (?:relay|send (?:as|on behalf|from|mail (?:as|from)))|not an open relay|domain of forward-path is not allowed|is not a local domain|non-accepted domain|client (?:was )?not authenticated|requires authentication when attempting to send to a non-local|SendAsDenied|\b5\.7\.(?:54|57|64)\b|authentication (?:is )?required/i,
  ],
  // "550-Your message was rejected by this user and was not delivered": the recipient's own rule;
  // Facebook's "Refused due to recipient preferences" too. Gmail's "rejected by the recipient
  // domain" only introduces the other server's reply, and "rejected by the recipient's content
  // filter" (spam filter, firewall) names the filter that refused it.
  [
    'recipient-restricted',
    /(?<!\d\.\d{1,3}\.\d{1,3} \()delivery not authori[sz]ed,? message refused|rejected by (?:this|the) (?:user|recipient)\b(?!['’]s\b)(?! (?:domain|server|mail ?server|system))|recipient preferences|email preferences of the person/i,
  ],
  // Mimecast's greylisting deferral is "451 Internal resource temporarily unavailable" (Mimecast,
  // "SMTP Error Codes", DOC-1369#451); greylistd's Exim configuration defers with "… is not yet
  // authorized to deliver mail from <…> to <…>. Please try later." (greylistd README).
  [
    'greylisted',
    // Not the trace header greylisting writes on a message it let through ("X-Greylist: delayed 90
    // seconds by postgrey-1.34"): that message was delivered.
    /internal resource (?:is )?temporarily unavailable|(?<!X-)gr[ae]y-?list|gr[ae]ylisted|(?<!X-Greylist:[^\n]{0,80})postgrey|not yet authori[sz]ed to deliver mail|try again in \d+ ?(?:s|sec|seconds|m|min|minutes)\b|please try again later \(gr|temporarily deferred.*gr[ae]y/i,
  ],
  // The sender's own provider limits or stops the account's sending: Gmail's "550 5.4.5 Daily
  // sending quota exceeded", Amazon SES's "554 Sending suspended for this account" and "454
  // Throttling failure: Daily message quota exceeded" (the account's 24-hour quota, unlike its
  // "Maximum sending rate exceeded"). Nobody's mailbox is full or disabled, and no receiving server
  // is throttling. Gmail's "550 5.7.1 Email quota exceeded" stands with the sending limits on Google's
  // list (support.google.com/a/answer/3726730); Prolateral's "554 5.7.1 … You have exceeded your
  // Outmail quota" is its relay customer's quota (prolateral.com KB "What does SMTP 554 5.7.1
  // mean?"): "your" quota is the sender's own, as is Microsoft's "Your organization has exceeded
  // its sending limits" (5.7.700–749, Microsoft Learn) and its 5.7.703, a recipient the sender's own
  // organisation blocks in its Tenant Allow/Block List ("… blocked by your organization's tenant
  // allow/block list policy"), which only its administrator lifts; Mail.ru's "550
  // Message sending for this account is disabled" stops the sender's own account, whose mailbox is
  // not the one the words "account is disabled" would otherwise blame.
  // Microsoft 365's "550 5.7.501 Access denied, spam abuse detected", "5.7.502 Access denied, banned
  // sender" (5.7.501–503, whatever their words, while 5.7.511's "banned sender" is an IP: the sending
  // account was banned for the spam it sent, Microsoft Learn "Exchange Online NDRs") and Google
  // Workspace's SMTP relay "550 5.7.0 Mail Sending denied … the sender account is disabled or not
  // registered" name the sender's own account: read before the words "spam" and "account is
  // disabled", which would blame the content or the recipient's mailbox.
  [
    'sender-account',
    /spam abuse detected|sending account has been banned|\b5\.7\.50[1-3]\b|mail sending denied|sender account is (?:disabled|not registered)|sending (?:has been |is )?(?:suspended|paused|disabled)|(?:suspended|disabled) (?:for|from) sending|(?:daily|hourly) (?:user |smtp relay |relay )?(?:sending |message )?(?:quota|limit) (?:exceeded|reached)|exceeded (?:the |your )?(?:daily|hourly) (?:sending )?(?:quota|limit)|sending quota (?:exceeded|reached)|\be-?mail quota exceeded|exceeded your (?:[\w-]+ )?quota|(?:organization|tenant|account) has exceeded its sending limits?|your account (?:has been|is) (?:suspended|disabled)|sending for (?:this|your) account (?:is|has been) (?:disabled|blocked|suspended)|limits? for your account (?:are|is|has been|have been) exceeded|only \d+ (?:messages|e-?mails|mails) (?:per|a) (?:day|hour)|you can only send testing emails|blocked by your organi[sz]ation(?:'s| using) tenant allow\/? ?block list|has exceeded its (?:\d+-hour |daily |hourly )?sending limit|Service invoked too many times for one day|account is on probation|verified Sender Identity|sandbox subdomains are for test purposes|exceeded (?:the )?(?:hour|day|daily|hourly) limit/i,
  ],
  // Yahoo's "[TSS11] Excessive unknown recipients" defers the IP for sending to many addresses that
  // do not exist (list hygiene), it names no unknown recipient of this message; Outlook.com and
  // Microsoft 365 throttle an IP with "451 4.7.500 Server busy. Please try again later from [IP]"
  // (4.7.500–4.7.699, "Access denied, please try again later"), "421 RP-001 … We have limits for
  // how many messages can be sent per hour" and "4.7.652 … exceeded the maximum number of connections".
  // Rackspace's "450 4.2.1 … Mailbox received too much email in a short period of time (G30)" limits
  // mail to one mailbox for a few minutes (smtp.codes/rackspace); QQ's "550 Sender frequency limited".
  [
    'rate-limited',
    /excessive unknown recipients|server busy\. please try again later from \[|limits for how many messages|maximum number of connections|rate.?limit|too many (?:connections|messages|recipients|e-?mails|mails|concurrent|sessions|simultaneous|invalid recipients|hops? from)|throttl|sending limit|(?:message|connection|recipient|sending) (?:rate|limit) (?:exceeded|reached)|(?:submission|sending|message) rate\b[^\n]{0,40}\bexceeded|exceeded (?:the |your )?(?:sending|message|connection|rate|daily|hourly) (?:limit|rate|quota)|unusual rate|excessive (?:volume|traffic|rate|mail|sending|message rate)|too many requests|number of rcpts? is over|receiving mail (?:at a rate|too (?:quickly|fast))|\[TSS?0\d\]|\b4\.7\.28\b|too much (?:e-?mail|mail|traffic)(?! data)|temporarily rate limited|frequency limit|deferred due to (?:unexpected volume or )?user complaints/i,
  ],
  // Barracuda's verdict after the data, "550 permanent failure for one or more recipients
  // (bob@…:blocked)", is any of the recipient's Barracuda policies (reputation, a blocked sender, a
  // rule or content): only its administrator can see which, in the message log.
  ['policy', /for one or more recipients \([^)\s]+:blocked\)/i],
  // Hornetsecurity's "554 5.5.4 Spam IP rejected" and QQ's "550 Suspected spam sender" refuse the
  // sending IP for its reputation (everycloud classification codes), not this message's content;
  // so does Trend Micro's "450 Temporary denial of connection (450) for Zombie matches (ERS)", its
  // Email Reputation Services (docs.trendmicro.com, Deep Discovery Email Inspector "SMTP error codes").
  // "550 Denied due to spam list", given at RCPT TO before any content, is a list of senders.
  [
    'blocked',
    /block ?list|blocklisted|black ?list|deny ?list|spamhaus|spamcop|\bsorbs\b|\brbls?\b|\bdnsbls?\b|barracuda (?:reputation|central)|(?<!not )listed (?:at|on|in|by)|blocked using(?! (?:a )?spam (?:pattern|filter|rule|signature))|reputation|client host (?:\S+ )?rejected|reverse (?:dns|lookup|dns lookup)|\bptr\b|\brdns\b|banned sending ip|\b5\.7\.(?:6[0-4]\d|606)\b|your ip|sending ip|ip address (?:has been |is )?(?:blocked|listed|banned|rejected)|not accepting mail from|poor reputation|access denied,? banned|\bspam ip\b|suspected spam sender|\bblack ip\b|for zombie matches|\(ERS\)|\bspam ?lists?\b/i,
  ],
  // Barracuda's "Message blocked: Intent analysis" is its check of the links in the message; Yahoo's
  // "554 Message not allowed - [PH01] Email not accepted for policy reasons" is a content verdict
  // (Yahoo Sender Hub, SMTP error codes: the message's content violates Yahoo Mail policy). Filters
  // refuse attachment types and content in many words, none of them a list of the sending IP:
  // MailChannels' "[IB_FEB] … contained an attachment type that is not allowed" (docs.mailchannels.com,
  // "Blocked attachments"), ASSP's "500 These attachments are not allowed -- Please compress (zip,
  // tar..) them", Cox's "552 attachment extension is forbidden", Hornetsecurity's "e-mail Rejected
  // Content Attachment", QQ's "550 Mail content denied", Symantec's "554 Rejected due to banned
  // content" (Broadcom KB 169925), "554 5.7.1 Message rejected due to content", Gmail's "552 5.7.0
  // This message was blocked because its content presents a potential security issue" (its
  // "BlockedMessage" help: executable and other blocked attachment types), "Attachment type .exe not allowed".
  [
    'spam-content',
    /intent analysis|content presents a potential security issue|\battachment types? \.?\w{1,10}(?: \([^\n)]{1,80}\))? (?:is )?not (?:allowed|permitted|accepted)|\[PH01\]|\bspam\b|spamsignature|spamprofiler|\bdspam\b|content reject|spammy|(?<![@.])\bjunk\b(?!\.)|content (?:filter|rejected|policy|was rejected|restrictions)|unacceptable content|ContentRejected|message content|virus|malware|phish|infected|\bUCE\b|unsolicited|bulk mail|5\.7\.350|(?:prohibited|blocked|forbidden|dangerous|illegal|unacceptable) (?:attachment|file|content)|\b(?:attachment|file)(?:s| types?| extensions?| names?)?(?: that)?(?: is| are| was| were)? (?:not (?:allowed|permitted|accepted)|forbidden|prohibited|blocked|rejected|banned|denied)|(?:rejected|executable) (?:content )?(?:attachment|file)|content (?:denied|refused|blocked|not (?:allowed|accepted))|banned content|vba macros?|macro-enabled|(?:rejected|refused|blocked|denied) (?:due to|because of) (?:its |the )?(?:message )?content\b|looks like spam|high probability|suspicious|垃圾邮件/i,
  ],
  // SmarterMail's "The domain size limit has been exceeded": the recipient's whole domain has used
  // up its disk allocation (kb.indsoft.net, "Common email delivery errors"), not a large message.
  [
    'mailbox-full',
    /domain size limit|mailbox (?:at [\w.-]+ )?(?:is |was )?full|boîte (?:aux lettres )?(?:est )?pleine|Postfach (?:ist )?voll|posta kutusu dolu|buzón (?:está )?lleno|mailbox full|over[ -]?quota|quota (?:exceeded|exceed|full|violation)|exceeded (?:the |their |his |her |its )?(?:storage|quota|mailbox)|(?:user|recipient|account|mailbox)(?:'s)? (?:is )?over (?:the |their )?quota|mailbox size limit|disk quota|mail ?folder is full|\bfolder full\b|inbox is full|full mailbox|mailbox (?:has )?exceeded|mailbox exceeds|not enough (?:space|storage) (?:in|on) (?:the )?(?:mailbox|account)|Postfach (?:des Empfängers )?ist voll|insufficient storage (?:space )?(?:for|in) (?:user|mailbox|recipient)|storage quota/i,
  ],
  // IceWarp's "501 5.7.1 Message is too long" is its message size limit (docs.icewarp.com,
  // "Interpretation of 5xx Errors"); "line too long" stays a syntax error.
  [
    'message-too-large',
    /message (?:size )?exceeds|(?:message|mail|e-?mail|attachment)s? (?:body )?(?:is |was )?too (?:large|big|long)|message size|size limit|larger than (?:the )?(?:max|allowed|permitted)|exceeds (?:the )?(?:max|maximum|fixed|allowed|permitted)|maximum (?:message |e-?mail |mail )?size|message length exceeds|size exceeds|mail size limit|rejected by the server because it is too large/i,
  ],
  // Sina's "550 user is locked." is a locked mailbox, as "account is locked" is.
  [
    'mailbox-disabled',
    /account discontinued|(?:mailbox|account|user|recipient|address|addressee)(?: [\w'-]+){0,6}? (?:is |has been |was |been )?(?:disabled|suspended|inactive|deactivated|not active|no longer active)|(?:disabled|suspended|inactive|deactivated) (?:mailbox|account|user|recipient|address)|\buser (?:is |has been )?(?:locked|closed|frozen|terminated|deleted)\b|(?:account|mailbox) (?:is |has been )?(?:closed|locked|frozen|expired|terminated|deleted|blocked)|blocked by (?:its|the) owner|mailbox (?:is )?unavailable due to|(?:address|mailbox|account) no longer accepts (?:e-?mail|mail|messages)/i,
  ],
  [
    'unknown-user',
    /user unknown|unknown user|no such (?:user|mailbox|recipient|address|account|person)|(?:user|mailbox|recipient|address|account|addressee)s? (?:does not|doesn't|not) exists?|does not exist|doesn't exist|(?:recipient|address|user|mailbox|addressee|e-?mail account) (?:was )?not found|couldn't be found|could not be found|invalid (?:recipient|mailbox|user|address|e-?mail address)|unknown (?:recipient|address|local.?part|mailbox|alias|e-?mail)|not a valid (?:recipient|mailbox|user|address)|no mail ?box|undeliverable address|not a known user|\buser is unknown\b|no longer (?:valid|available|in use)|isn't a valid|bad destination (?:mailbox|address)(?! (?:address )?syntax)|addressee unknown|dosn'?t exist|failed recipient validation|recipient verif(?:y|ication)(?: from \w+)? failed|recipient e-?mail address is possibly incorrect|no valid recipients|unknown or illegal|account [^\n]{0,100}? does not exist|not our customer|not listed in|mailbox not available|email account that you tried to reach|user (?:doesn't|does not) have an? [\w.-]+ account/i,
  ],
  [
    'host-not-found',
    /host (?:or domain name )?not found|domain (?:name )?not found|name service error|\bno mx\b|null mx|mx record|dns (?:error|failure|lookup failed|problem)|host unknown|unknown host|domain (?:does not|doesn't) (?:exist|accept mail)|\bnxdomain\b|no such domain|unrouteable (?:mail )?(?:domain|address)|host name lookup|(?<!temporary )lookup failure|name server:|looking up (?:the )?mail server|cannot determine where to send|could not (?:be )?resolve|unable to resolve|lookup failed|invalid domain|bad domain|unknown domain|domain [^\n]{0,100}? has no|no (?:valid )?(?:mail exchangers?|mx hosts?)|no mail servers appear to exist|(?:can't|cannot|could not) find an? mx\b|MX records point to non-existent hosts|name or service not known|nodename nor servname|\bgetaddrinfo\b|no address associated with hostname/i,
  ],
  // SmarterMail's "Failed four Attempts to connect to recipients mail server" and OpenSMTPD's
  // "Network error on destination MXs" are the connection, never the address; so is Windows'
  // "No connection could be made because the target machine actively refused it" (WSAECONNREFUSED, 10061).
  [
    'network',
    /timed? ?out|timeout|connection (?:refused|reset|closed(?! response=)|lost|dropped|timed|failed|died)|\bclosed connection\b|tried all MXs|\beconnrefused\b|lost connection|network (?:is )?unreachable|no route to host|(?:could not|unable to|couldn't|failed to) (?:connect|establish|open (?:a |the )?connection)|connection was forcibly closed|\bexecution expired\b|connection (?:with|to) \S+ (?:is|was) broken|no SMTP servers were available|attempts? to connect|network error|socket error|broken pipe|not responding|did not respond|no answer|host unreachable|unreachable|not reachable|end of file reached|\bEOFError\b|unexpected (?:eof|end of file)|no connection could be made|actively refused|\bWSAECONN(?:REFUSED|RESET|ABORTED)\b|\bWSAETIMEDOUT\b/i,
  ],
  // A command the server does not know ("502 5.5.2 Error: command not recognized", "500 5.5.1
  // Command unrecognized") is the mail program's protocol, not a badly written address.
  ['protocol', /command (?:unrecognized|not recognized)|unrecognized command/i],
  [
    'syntax',
    /syntax|malformed(?! (?:answer|response|reply))|incorrectly constructed|(?:recipient|sender) domain not specified|invalid (?:address )?format|badly formatted|improperly formatted|illegal (?:character|address)|line too long|fully.?qualified|not in the form required for an e-?mail address/i,
  ],
  // MDaemon's notices say retries "are determined by local configuration parameters": boilerplate,
  // not a configuration fault.
  [
    'system-error',
    /system (?:error|failure|problem|full|is busy)|malformed (?:answer|response|reply) from (?:the )?server|internal (?:server )?error|local (?:error|configuration)(?! parameters)|temporary (?:local |server |system |lookup )?(?:error|failure|problem)(?! delivering your message)|configuration error|mail loop|loops? (?:back|detected)|routing loop|too many hops|too many received:? headers|hop count|insufficient system (?:storage|resources)|out of memory|server (?:is )?busy|queue file write error|mailer error(?!:)|unexpected error|I\/O error/i,
  ],
  // AOL's "521 5.2.1 : AOL will not accept delivery of this message" borrows X.2.1 ("mailbox
  // disabled") for a refusal of the message or its sender that it does not explain: the mailbox is
  // not known to be disabled, so the vague words outrank the code.
  ['policy', /will not accept delivery of this message/i],
  // Dovecot's Sieve "reject" answers with "Your message to <…> was automatically rejected:" and
  // the recipient's own reason (lda_settings rejection_reason; RFC 5429 §2.2): when that reason
  // names no cause read above, the recipient's own filter refused this sender.
  ['recipient-restricted', /was automatically rejected/i],
]
