// Mail servers' and services' own wordings, read first of all the phrases (see reason-phrases.ts):
// each names its cause in words that the general phrases would read as another one.
import type { BounceReason } from './reasons'

/**
 * Mail servers' own wordings whose general words (denied, rejected, blocked, unknown) would be read
 * as something else. Exim: "550 Sender has no A, AAAA, or MX DNS records" (the sender's domain,
 * its verify = sender ACL) and "550 Rejected: HELO/EHLO forged" (the sending host's HELO name);
 * Gmail: "The IP you're using to send mail is not authorized to send email directly to our
 * servers" (a dynamic or residential IP: send through a relay); Domino's "Relay rejected for policy
 * reasons", Libero's "Relay Disabled" and Postfix's "Sender address rejected: not logged in"
 * (reject_sender_login_mismatch for an anonymous client) refuse to relay without a login;
 * amavis's "BANNED" file types, MIMEDefang's "bad filename", spamass-milter's "Blocked by
 * SpamAssassin" and FortiMail's banned words are content verdicts; Dovecot's "Temporary user
 * lookup failure" is the receiving server's own directory failing; Microsoft 365's "550 5.1.90 …
 * reached your daily limit for message recipients" and Gmail's web "You have reached a limit for
 * sending mail" the sender's own quota; CommuniGate's "account is full" a full mailbox.
 * Sources beside each entry above their own line.
 */
export const SERVER_WORDINGS: readonly [BounceReason, RegExp][] = [
  // A message trace's row for a message the recipient's filter put in quarantine (Microsoft 365's
  // Get-MessageTrace Status "Quarantined"): held, neither delivered nor returned.
  ['quarantined', /^Status[ \t]*:[ \t]*Quarantined\b/m],
  ['filtered-spam', /^Status[ \t]*:[ \t]*FilteredAsSpam\b/m],
  // Spamhaus answers an open or public DNS resolver, or a server over its free query volume, with
  // a code the receiving server then quotes ("blocked using zen.spamhaus.org; Error: open
  // resolver", Spamhaus "Using our public mirrors"): the receiving server's own DNS setup is at
  // fault, and no delisting can help.
  [
    'system-error',
    /\berror: open resolver\b|\bopen resolver\b.*spamhaus|spamhaus[^\n]*\b(?:open|public) resolver|query volume above limit/i,
  ],
  // Google Groups: "The group … has exceeded its quota for total number of external recipients"
  // — the group's own daily sending limit, which resets; no mailbox is full.
  ['sender-account', /exceeded its quota for total number of external recipients/i],
  // cPanel/Exim's "Your domain example.com is not allowed in header From": the From address must
  // belong to the account — a send-as refusal, whatever "Your IP" before it says.
  ['relay-denied', /is not allowed in header From/i],
  // Symantec Email Security.cloud's "501 Connection rejected by policy [7.7]": the sending IP's
  // reputation (Broadcom KB), not a command's syntax.
  ['blocked', /connection rejected by policy/i],
  // The sending host or IP is what is blocked, whatever "spam" says beside it: Orange's "Client host
  // blocked for spamming issues. OFR006_102 Ref csi.cloudmark.com" (and its French "Adresse IP
  // source bloquee"), "Dynamic/zombied/spam IPs blocked", Sophos' "mail from <IP> blocked by Sophos
  // Anti-Spam", sendmail's "553 5.3.0 Rejecting open proxy" (sendmail cf/README, DNSBL rules),
  // Gmail's German "… wurden E-Mails von Ihrer IP-Adresse vorübergehend blockiert".
  // A greylisting server that words its deferral as a list lookup ("421 4.7.1 … Client host [IP]
  // blocked using grey.rbl … Greylisting in action, please try again later"): the retry clears it,
  // nothing is to be delisted. Read before the blocklist wordings below.
  ['greylisted', /greylisting in action|\bgrey\.rbl\b/i],
  // Postfix's address verification still probing (Proofpoint: "421 4.1.1 <…>: Recipient address
  // rejected: unverified address: Address verification in progress"): nothing is known yet about the
  // address, whatever its X.1.1 says.
  ['deferred', /address verification in progress/i],
  // Zoho's client dialog "Authentication failed:554 5.1.8 Sender Address Blocked": the account's
  // outgoing mail is blocked, which the login words before it would read as a wrong password.
  // (Mimecast's own "421 … Sender address blocked" is the recipient side's policy: 5.1.8 decides.)
  ['sender-account', /\b5\.1\.8 sender address blocked\b/i],
  // Mimecast's Blocked Senders policy ("421 4.1.8 <…>: Sender address rejected: Sender address
  // blocked"): the receiving side's rule, not a sender domain without mail servers (its X.1.8).
  ['policy', /\bsender address blocked\b/i],
  // Postfix's check_client_access REJECT from its own table: "554 5.7.1 <unknown[…]>: Client host
  // rejected: Access denied" names no list, only the receiving server's rule.
  ['policy', /client host rejected: access denied/i],
  // Exim's own login at its smarthost (smtp transport, hosts_require_auth): "authenticator failed
  // H=relay… 535 …", "defer (-42): authentication required but authentication attempt(s) failed",
  // and with no mechanism it may use, "… but no authentication mechanism was found".
  ['login-method', /authentication required but no authentication mechanism was found/i],
  [
    'login-failed',
    /authentication required but authentication attempt\(s\) failed|\bauthenticator failed H=/i,
  ],
  // A mechanism the server does not offer ("535 5.7.8 Error: authentication failed: Invalid
  // authentication mechanism" for AUTH LOGIN where only PLAIN is listed): the method, not the password.
  [
    'login-method',
    /invalid authentication mechanism|unsupported authentication mechanism|unrecognized authentication type|authentication mechanism (?:is )?not (?:supported|available)/i,
  ],
  // Python's "SMTP AUTH extension not supported by server": AUTH is offered only after STARTTLS (or
  // on another port); MailKit's SslHandshakeException ("… certificate could not be validated").
  [
    'tls-required',
    /SMTP AUTH extension not supported by server|SslHandshakeException|smtp: server doesn't support AUTH|\bunencrypted connection\b/i,
  ],
  // Exchange Online's "432 4.3.2 Concurrent connections limit exceeded": too many connections at once.
  [
    'rate-limited',
    /concurrent connections limit exceeded|too many concurrent (?:smtp )?connections|maximum number of concurrent (?:server )?connections|too many open connections/i,
  ],
  // A message with no recipient at all (Exim: "… contained no recipient addresses, and therefore no
  // delivery could be attempted"): the program that built it must name one. Exchange 5.5's "MS Mail
  // Connector failed parsing the message content": the message's own format. Microsoft 365's "550
  // 5.6.211 … BareLinefeedsAreIllegal": lines that end in LF alone, without BDAT (Microsoft Learn).
  [
    'message-format',
    /\bno recipient addresses\b|\bcontained no addresses\b|\bfailed parsing the message\b|\bBareLinefeedsAreIllegal\b/i,
  ],
  // Gmail's own words for a server it could not talk to ("The recipient server did not accept our
  // requests to connect … unable to read banner"), also inside its "Send mail as" dialog, whose
  // "Authentication failed" prefix would otherwise read as a wrong password.
  // (When it quotes the server's reply, "[mx…: 421 … your ip address has been banned …]", the
  // reply decides.)
  [
    'network',
    /did not accept our requests to connect(?![\s\S]{0,200}?: [45]\d\d[ -])|unable to read banner/i,
  ],
  // A program that waited for a reply and got none: the connection dropped ("Expected response code
  // 250 but got an empty response", or "… got code \"\"").
  ['network', /but got an empty response|but got code "",|greeting never received/i],
  // Hotmail's "… on behalf of (yahoo.com) could not be delivered due to domain owner policy
  // restrictions": the From domain's DMARC policy (p=reject), not the receiving side's own rule.
  ['auth-failed', /domain owner policy restrictions/i],
  // The receiving system's own trouble, in words the network and unknown-user phrases would take:
  // Sendmail's "451 <…>... open timeout on /mail/…/.forward" (a file server), Postfix's "user lookup
  // error", Exchange 5.5's "No transport provider was available for delivery to this recipient".
  ['system-error', /\btimeout on \/|\buser lookup error\b|no transport provider was available/i],
  // Coremail's "550 #2175041 unavailable mail user"; MDaemon's and Sendmail's "Recipient unknown".
  ['unknown-user', /\bunavailable mail user\b|\brecipient unknown\b/i],
  // Yahoo's "554 delivery error: dd Requested mailbox is not valid or is unavailable": no such mailbox.
  ['unknown-user', /\bdd Requested mailbox is not valid\b/i],
  // Exim's filter "fail" ("… (filter fail)"): the recipient's own filter refused it.
  ['recipient-restricted', /\(filter fail\)/i],
  // Postfix's "554 5.5.1 Error: no valid recipients" answers DATA when every RCPT TO was refused: it
  // names no cause of its own (the refusals before it do), only a DATA with no recipient. (Verizon's
  // "Error: No valid recipients for this MM" is its unknown subscriber.)
  ['protocol', /\b(?:5\.5\.1 Error|Error): no valid recipients\b(?! for)/i],
  // Verizon's "571 Email from 192.0.2.1 is currently blocked by Verizon Online's anti-spam system":
  // the sending IP, not the content.
  [
    'blocked',
    /(?:e-?mail|mail|messages?|connections?) from \[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:is|are|has been) (?:currently |temporarily )?blocked/i,
  ],
  // Postfix's anvil: "… temporarily blocked because of previous errors - retrying too fast. penalty: 30 seconds".
  ['rate-limited', /retrying too fast|penalty: \d+ seconds/i],
  // The From address the login may use, in other words: "553 sender address not owned".
  ['send-as', /sender address not owned/i],
  // .NET's "… sender rejected : invalid sender domain" (and its Turkish "gönderen reddetti: Geçersiz
  // gönderen etki alanı"); Exchange's RESOLVER.ADR.BadPrimary, a directory object without a valid
  // primary address; Postfix failing on a local delivery socket ("connect to …[/var/run/…]:
  // Permission denied").
  ['sender-domain', /invalid sender domain|geçersiz gönderen etki alanı/i],
  [
    'system-error',
    /RESOLVER\.ADR\.BadPrimary|connect to [^\s[\]]{1,255}\[\/[^\]\n]{1,255}\]: Permission denied/i,
  ],
  // Amazon's "554 5.1.1 bounced address: could not resolve address bob@…": its directory has no such
  // address (the resolver words below would read a domain that does not exist).
  ['unknown-user', /could not resolve address \S+@/i],
  // Exim's "message has lines too long for transport": a line over the 998 characters RFC 5322 §2.1.1
  // allows, which only the program that built the message can change.
  ['message-format', /lines? too long for transport/i],
  // maddy's "501 5.1.8 Use Submission for outgoing SMTP": mail from a client belongs on the
  // submission port with a login, whatever its X.1.8 says.
  ['relay-denied', /use submission for outgoing/i],
  // Forpsi's Polish "550 5.1.0 Naruszenie zasad" (policy violation).
  ['policy', /naruszenie zasad/i],
  // 163.com's "User …@163.com is not found in Server" (a Chinese setup guide's example).
  ['unknown-user', /\bis not found in (?:the )?server\b/i],
  // "553 5.7.1 … Client host rejected: Relaying denied - Your IP identified as spammer": the
  // sending IP is listed, whatever the relay words in front of it say; logging in cannot help.
  ['blocked', /(?:your )?ip (?:address )?(?:has been )?identified as (?:a )?spammer/i],
  // Exim's sender verification callout ("550-Postmaster verification failed while checking
  // <alice@example.org> … Response: 550 <postmaster@example.org>: User unknown", "Sender verify
  // failed", "Could not complete sender verify callout"): the sender's own domain failed the check;
  // the quoted "User unknown" is about postmaster@ there, not the recipient (Exim spec, "Callout
  // verification").
  [
    'sender-domain',
    /(?:postmaster|sender)\s+verif(?:y|ication)\s+fail(?:ed|ure)?\b|sender domain (?:does not exist|not found)|verification failed for <(?![\s\S]{0,400}recipient\s+verify\s+failed)|could not complete sender verify callout|sender verify callout failed/i,
  ],
  // A hosting provider's catch-all, as PHPMailer shows it: "The mail server could not deliver mail
  // to … The account or domain may not exist, they may be blacklisted, or missing the proper dns
  // entries." It lists causes and names none: no blocklist to delist from. Read after
  // Exim's sender verification, which quotes it.
  ['unknown', /account\s+or\s+domain\s+may\s+not\s+exist,\s+they\s+may\s+be\s+blacklisted/i],
  [
    'blocked',
    /client host (?:\[[^\]]*\] )?blocked|\bIP(?: address)?s?(?: \[?[\d.:a-f]+\]?)? (?:source )?(?:is |are |was |has been )?(?:blocked|bloqu[ée]e?s?)\b|adresse IP source bloqu|IP-Adresse[^\n]{0,60}\bblockiert|mail from \S+ blocked by|open proxy/i,
  ],
  // Exchange 2003–2007's "554 5.5.6 Invalid message content"; SparkPost's "550 5.6.0 Body line too
  // long (see RFC2822 section 3.5)" and "Header line too long" (RFC 5322 §2.1.1: 998 characters):
  // the message the program built, not an over-long command.
  ['message-format', /invalid message content|(?:body|header) line too long/i],
  // An SPF refusal names the sending IP and the domain it claims: cPanel/Exim's "550 192.0.2.1 is
  // not allowed to send mail from example.com" — not a relay or login problem.
  ['auth-failed', /\b(?:\d{1,3}\.){3}\d{1,3} is not allowed to send (?:e-?mail|mail) from\b/i],
  // SPF policy daemons name the sender instead: "[SPF] alice@… is not allowed to send mail from
  // 198.51.100.7", "SPFBL alice@… is not allowed to send mail from …" (an SPF fail, RFC 7208 §8.4).
  ['auth-failed', /(?:\[SPF\]|\bSPFBL\b)[^\n]{0,200}\bnot allowed to send\b/i],
  // Zoho's "541 5.4.1 Mail rejected by destination domain": the recipient domain's own rule refused
  // it (smtp.codes, Zoho); no network fault.
  ['policy', /rejected by (?:the )?destination domain/i],
  // Postfix's reject_sender_login_mismatch ("Sender address rejected: not owned by user alice"; La
  // Poste's "553 5.5.3 Mail from not owned by user"): the login may not send as this From address.
  // Submission rules in other words: "553 Mail from must equal authorized user", 163/126's "501
  // mail from address must be same as authorization user".
  [
    'send-as',
    /not owned by user|must equal authori[sz]ed user|must be (?:the )?same as (?:the )?authori[sz]ation user/i,
  ],
  // Gmail rate-limits for a cause it names (support.google.com/a/answer/3726730): "421 4.7.29 …
  // rate limited because this message wasn't sent over a TLS connection", "421 4.7.0 … does not
  // have a PTR record … temporarily rate limited". Sending more slowly cannot help; the cause can.
  ['tls-required', /(?:wasn't|was not|isn't|is not) sent over a TLS connection/i],
  ['blocked', /(?:does not|doesn't) have a PTR record/i],
  // Gmail refuses headers the sending program wrote wrongly: "a unicode character in a disallowed
  // header", "Encoded-word syntax is not permitted in message header …" (the same list).
  ['message-format', /disallowed header|encoded-word syntax is not permitted/i],
  // Google Workspace's relay: "450 4.2.1 Peak SMTP relay limit exceeded for customer"; Cox: "452 …
  // message threshold exceeded - AUP#CXMXRT" (Cox "Error codes"); Exchange Online's "450 4.7.3
  // Organization queue quota exceeded" (it throttles a recipient organisation's queue). A rate, not
  // a full mailbox or a server fault.
  ['rate-limited', /peak smtp relay limit|message threshold exceeded|AUP#CXMXRT|queue quota exceeded/i],
  // MessageLabs (Symantec Email Security.cloud): "553 you are trying to use me … as a relay, but I
  // have not been configured to let you … do this".
  ['relay-denied', /trying to use me\b[^\n]{0,80}\bas a relay/i],
  // A submission server refusing a From the login may not use: Postfix's "not owned by auth user"
  // (smtpd_sender_login_maps), "Sender address is not valid for your login".
  ['send-as', /not owned by auth(?:enticated)? user|sender address is not valid for your login/i],
  // RFC 4468's BURL: the server could not fetch the content by URL ("554 5.6.6 Message content not
  // available"), which the words "message content" would take for a content filter.
  ['system-error', /message content not available/i],
  // SpamAssassin's score in a refusal ("Rejected: hits=7.5 required=5.0").
  ['spam-content', /\bhits=\d+(?:\.\d+)? required=\d/i],
  // Old sendmail and Outlook Express's servers: "550 not local host example.net, not a gateway".
  ['relay-denied', /not local host [\w.-]+, not a gateway/i],
  // Zoho's "554 5.2.3 MailPolicy violation" borrows 5.2.3 (message too long, RFC 3463 §3.3) for a
  // refusal under its mail policy; the bounce parsers' fixture (crisp-oss/email-bounce-parser
  // 554_5_2_3_policy_violation) files it under policy too.
  ['policy', /\bMailPolicy violation\b/i],
  // Mandrill's API results name their reject_reason (Mailchimp Transactional, messages/send):
  // "unsigned" is a sending domain not yet verified (its SPF and DKIM not set up with Mandrill),
  // "invalid-sender" a malformed From; "hard-bounce", "soft-bounce", "spam", "unsub" and "custom"
  // an address on the account's rejection list, after earlier bounces, a complaint or an unsubscribe.
  ['unverified-sender', /reject_reason\W+unsigned\b/i],
  ['suppressed', /reject_reason\W+(?:hard-bounce|soft-bounce|spam|unsub|custom)\b/i],
  // Brevo's report of a contact on the account's own block list ("Contact blacklisted (unsubscribed
  // on 02/03)", French "Contact blacklisté (désinscrit)"): never sent, and no IP is listed anywhere.
  [
    'suppressed',
    /\bcontact (?:blacklisted|blocklisted|blockiert|bloqueado)\b|\bcontact (?:blacklisté|bloqué)/i,
  ],
  ['syntax', /reject_reason\W+invalid-sender\b/i],
  // A library's "stream is more than 10485760 bytes long" (FreeScout through Amazon SES).
  ['message-too-large', /\b(?:stream|message) is (?:more|larger|bigger) than \d+ bytes/i],
  // Ruby's Net::SMTP raises "ArgumentError: wrong authentication type" for a login method it lacks.
  ['login-method', /wrong authentication type/i],
  // Outlook.com's older refusals of the sending IP's reputation, "550 SC-004 … too many unwanted
  // messages have been sent from the following IP address" (SC-001 to SC-004); its newer wording
  // shares "messages from [IP] weren't sent" with the RP-001 rate limit, so the code decides.
  ['blocked', /\bSC-00[1-4]\b/],
  // A host's intrusion prevention throttling the connecting IP.
  ['blocked', /intrusion prevention active/i],
  // Microsoft 365's 5.7.12 and 5.7.13/5.7.135: the recipient (a group, a mailbox, a public folder)
  // takes mail only from inside its organisation (Exchange Online NDR table).
  ['recipient-restricted', /not authenticated (?:by organi[sz]ation|for public folder)/i],
  // A group or list that takes posts from its members only (groups.io's "510 5.1.1 … is not
  // subscribed to that group"), and AT&T's SMS gateway for a subscriber who turned e-mail off
  // ("<…> has restricted SMS e-mail"): the recipient's own setting, whatever the code.
  [
    'recipient-restricted',
    /is not subscribed to (?:that|this|the) (?:group|list)|has restricted SMS e-?mail/i,
  ],
  // Brevo's webhook events: "invalid_email" a malformed address, a soft bounce's "server is down".
  ['syntax', /"event"[ \t]*:[ \t]*"invalid_email"/i],
  ['network', /\bserver is down\b/i],
  // Microsoft Graph's "Recipient '…' is not resolved. All recipients must be resolved before a
  // message can be submitted": no such address in the directory.
  ['unknown-user', /recipient '[^'\n]+' is not resolved/i],
  // QQ Mail's "550 The mail may contain inappropriate words or content".
  ['spam-content', /inappropriate (?:words|content)/i],
  // Comcast's own codes: #BL000000 its blocklist of the sending IP, #BL000001 Spamhaus (Comcast
  // "Error codes for email senders"); read before the words "for spam" around them.
  ['blocked', /\bBL00000[01]\b/],
  // Mailman refuses a poster whose domain publishes DMARC p=reject or quarantine ("not allowed to
  // post … publishes a DMARC policy of reject or quarantine"), or who is not a member: the list's
  // rule, which only its owner can change, even when SPF and DKIM pass.
  [
    'recipient-restricted',
    /not allowed to post|publishes a DMARC policy of (?:reject|quarantine)|not from a list member|(?:not|isn't) a member of (?:the|this) (?:list|group)/i,
  ],
  // A data loss prevention rule stops outgoing mail in the sender's own organisation ("blocked by
  // your organization's data loss prevention (DLP) policy"): no recipient-side rule, whatever the
  // X.7.1 text beside it says; the reply names the rule, and the sender's administrator owns it.
  ['policy', /data loss prevention|\bDLP\b|sensitive information/i],
  // Gmail's card "Recipient inbox full": "Their inbox is full, or it's getting too much mail right
  // now" — the mailbox first, not a rate limit of the sender's; Domino's "Message exceeds
  // recipient's mail file quota" is the mailbox's quota, not the message's size.
  // WEB.DE's and GMX's "User has too many messages on the server" is the recipient's mailbox over
  // its message count (Mail::DeliveryStatus::BounceParser's web.de sample), not a sending rate.
  // Amazon SES's bounce subtype "MailboxFull" (its notification contents).
  [
    'mailbox-full',
    /\binbox is full\b|mail file quota|too many messages on the server|"bounceSubType"[ \t]*:[ \t]*"MailboxFull"/i,
  ],
  // Exchange's store over its quota ("554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.
  // MapiExceptionShutoffQuotaExceeded") and Postfix's local delivery over mailbox_size_limit
  // ("cannot update mailbox /var/mail/bob for user bob. error writing message: File too large").
  [
    'mailbox-full',
    /(?<!Submission|Submission\.Exception:)QuotaExceededException|cannot update mailbox[^\n]{0,200}\bfile too large\b/i,
  ],
  // Amazon SES's "554 Transaction failed: Local address contains control or whitespace": the
  // recipient address itself is malformed.
  ['syntax', /local address contains control or whitespace/i],
  // Microsoft 365's "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission", whose report says
  // the group "only accepts messages from people in its organization or on its allowed senders
  // list": the recipient's own restriction.
  [
    'recipient-restricted',
    /RestrictedTo\w*Permission|only accepts messages from people in its organi[sz]ation|allowed senders list/i,
  ],
  // A server that refuses "mail from your IP address" names the sending IP; one whose reply line
  // says "Connection refused" (BlueTie's "501 Connection Refused", a reverse DNS check) answered,
  // so it is reachable: a refusal of the sending host, not a network fault. Postfix's own
  // "connect to …: Connection refused" has no reply code, and Microsoft's "451 4.4.316 Connection
  // refused" reports its own failed connection: both stay network problems.
  [
    'blocked',
    /(?:does not|doesn't|do not|don't) accept (?:e-?mail|mail|messages) from your (?:ip|host|network|server)\b|\b5\d\d[ -](?:(?:#?5\.(?!4\.)\d{1,3}\.\d{1,3} )?connection refused\b|[^\n]{0,80}?\bconnection refused from\b)(?![^\n]*\b(?:banned|content|virus|attachment)\b)|csi\.cloudmark\.com\/reset-request/i,
  ],
  [
    'sender-domain',
    /sender has no A, AAAA,? or MX DNS records|no valid MX for your (?:FROM|sender) address/i,
  ],
  ['helo-name', /HELO\/EHLO forged/i],
  ['blocked', /send e-?mail directly to our servers/i],
  // iCloud's submission server refuses a From address the account does not own ("From address is
  // not one of your addresses"): the account's settings, as a send-as refusal is.
  [
    'relay-denied',
    /relay (?:rejected|disabled)\b|sender address rejected: not logged in|not one of your addresses/i,
  ],
  // Amazon SES's Reject event ("reason": "Bad content"): it found a virus and never sent the message.
  [
    'spam-content',
    /\bBANNED: |bad filename|blocked by spamassassin|banned word|"reason"[ \t]*:[ \t]*"Bad content"/i,
  ],
  ['system-error', /temporary user lookup failure/i],
  ['sender-account', /daily limit for message recipients|reached a limit for sending mail/i],
  // GroupWise: "… would exceed the quota for the mailbox" (a full mailbox, said before delivery).
  ['mailbox-full', /\baccount is full\b|would exceed the quota for the mailbox/i],
  // Microsoft 365's "4.4.312 DNS query failed" and its expiry as 5.4.312: the recipient domain's lookup failed.
  ['host-not-found', /\b[45]\.4\.312\b|\bDNS query failed\b/i],
]
