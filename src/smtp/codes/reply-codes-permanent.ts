// Facts about the 5yz basic reply codes (permanent negative completion, RFC 5321 §4.2.1), plus the
// non-standard codes seen in real bounces (reply-codes-nonstandard.ts). Text lives in
// locales/<lng>/codes-5xx.json under `reply.<code>`; the class is derived from the first digit.
//
// Sources: RFC 5321 §4.2.2/§4.2.3 (core list), §4.3.2 (command–reply sequences → `stages`);
// RFC 4954 §4/§6 (AUTH), RFC 3207 §4/§4.1 (STARTTLS), RFC 1870 §6.1 (SIZE), RFC 6531 §3.5
// (SMTPUTF8), RFC 7504 §3/§4 (521, 556), RFC 7505 §4.1/§4.2 (null MX recipient / sender);
// enhanced codes from the IANA "SMTP Enhanced Status Codes" registry.
//
// Every 5yz is 'do-not-retry': RFC 5321 §4.2.1 says the client SHOULD NOT repeat the exact request.
// Where the RFCs soften that (552 for "too many recipients", §4.5.3.1.10) the text explains it.

import { NON_STANDARD_REPLY_CODES } from './reply-codes-nonstandard'
import type { ReplyCode } from './types'

const CORE_5321 = { rfc: 5321, section: '4.2.3' }

const STANDARD_PERMANENT: readonly ReplyCode[] = [
  {
    code: '500',
    rfcText: 'Syntax error, command unrecognized (This may include errors such as command line too long)',
    // RFC 4954 §6 gives 500 a second, specific meaning: "500 5.5.6 Authentication Exchange line is too long";
    // §4 is the rule: an AUTH line longer than the server's buffer fails with 500 (5.5.6).
    refs: [
      CORE_5321,
      { rfc: 5321, section: '4.2.4' },
      { rfc: 5321, section: '4.3.2' },
      { rfc: 5321, section: '4.5.3.1.4' },
      { rfc: 4954, section: '6' },
      { rfc: 4954, section: '4' },
    ],
    stages: ['any', 'auth'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['501', '502'],
    enhanced: ['5.5.1', '5.5.2', '5.5.6'],
    example: '500 5.5.1 Command unrecognized: "EHLLO mail.example.com"',
  },
  {
    code: '501',
    rfcText: 'Syntax error in parameters or arguments',
    refs: [
      CORE_5321,
      { rfc: 5321, section: '4.3.2' },
      { rfc: 4954, section: '4' },
      { rfc: 3207, section: '4' },
    ],
    stages: ['any', 'auth', 'starttls'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['500', '504', '553'],
    enhanced: ['5.5.2', '5.5.4', '5.1.3', '5.1.7'],
    example: '501 5.1.3 Bad recipient address syntax',
  },
  {
    code: '502',
    rfcText: 'Command not implemented (see Section 4.2.4)',
    // §4.3.2 lists 502 under "EHLO or HELO" (an old-style server that does not support EHLO).
    // §4.2.4: any command the server recognises but does not implement, such as a STARTTLS, ETRN
    // or BDAT it does not offer (the engine's "502 5.5.1 STARTTLS command not implemented", Postfix's
    // "502 5.5.1 Error: command not implemented"; RFC 3207 §4's 454 is for an offered STARTTLS that
    // cannot start now).
    refs: [
      CORE_5321,
      { rfc: 5321, section: '4.2.4' },
      { rfc: 5321, section: '4.3.2' },
      { rfc: 5321, section: '3.5.3' },
    ],
    stages: ['ehlo', 'helo', 'starttls', 'bdat', 'vrfy', 'expn', 'help', 'etrn'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['500', '504', '252'],
    enhanced: ['5.5.1'],
    example: '502 5.5.1 VRFY command is disabled',
  },
  {
    code: '503',
    rfcText: 'Bad sequence of commands',
    // §3.3: RCPT without MAIL; §3.1: every command after a 554 greeting; RFC 4954 §4: AUTH after AUTH.
    refs: [
      CORE_5321,
      { rfc: 5321, section: '3.3' },
      { rfc: 5321, section: '3.1' },
      { rfc: 4954, section: '4' },
    ],
    // 'any': after a 554 greeting every command but QUIT gets 503 (§3.1).
    stages: ['mail', 'rcpt', 'data', 'auth', 'any'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['500', '530', '554'],
    enhanced: ['5.5.1'],
    example: '503 5.5.1 Error: need RCPT command',
  },
  {
    code: '504',
    rfcText: 'Command parameter not implemented',
    // RFC 4954 §4: an unsupported AUTH mechanism is rejected with 504, and a server with enhanced
    // codes "SHOULD return a 5.5.4". Exchange sends 5.7.4 instead (its own choice, see realWorld).
    refs: [CORE_5321, { rfc: 5321, section: '4.3.2' }, { rfc: 4954, section: '4' }],
    stages: ['ehlo', 'helo', 'vrfy', 'expn', 'help', 'auth'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['502', '501', '535'],
    enhanced: ['5.5.4', '5.7.4'],
    example: '504 5.5.4 Unrecognized authentication type',
  },
  {
    code: '521',
    // RFC 7504 §3 calls "Server does not accept mail" (or a variant) an acceptable text.
    rfcText: 'Server does not accept mail',
    refs: [{ rfc: 7504, section: '3' }],
    stages: ['connection'],
    provenance: 'extension',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['554', '556', '421'],
    enhanced: ['5.3.2'],
    // A greeting comes before EHLO, so no enhanced code has been negotiated yet (RFC 2034).
    example: '521 nomail.example.net Server does not accept mail',
  },
  {
    code: '530',
    rfcText: 'Authentication required',
    // RFC 3207 §4 reuses it: "530 Must issue a STARTTLS command first". RFC 4954 §6: any command
    // other than AUTH, EHLO, HELO, NOOP, RSET or QUIT may get it, hence 'any'. A person acts: the
    // fix is to turn on authentication or STARTTLS in the mail program's settings.
    refs: [
      { rfc: 4954, section: '6' },
      { rfc: 3207, section: '4' },
    ],
    stages: ['mail', 'rcpt', 'data', 'vrfy', 'expn', 'any'],
    provenance: 'extension',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['535', '538', '454', '503'],
    enhanced: ['5.7.0'],
    example: '530 5.7.0 Must issue a STARTTLS command first',
  },
  {
    code: '534',
    rfcText: 'Authentication mechanism is too weak',
    refs: [{ rfc: 4954, section: '6' }],
    stages: ['auth'],
    provenance: 'extension',
    // The user changes how the mail program logs in (an app password, OAuth); software alone cannot.
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['535', '538', '504'],
    enhanced: ['5.7.9'],
    example: '534 5.7.9 Application-specific password required',
  },
  {
    code: '535',
    rfcText: 'Authentication credentials invalid',
    refs: [
      { rfc: 4954, section: '6' },
      { rfc: 4954, section: '4' },
    ],
    stages: ['auth'],
    provenance: 'extension',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['235', '454', '534', '530'],
    enhanced: ['5.7.8'],
    example: '535 5.7.8 Error: authentication failed: authentication failure',
  },
  {
    code: '538',
    rfcText: 'Encryption required for requested authentication mechanism',
    refs: [{ rfc: 4954, section: '6' }],
    stages: ['auth'],
    provenance: 'extension',
    // The user turns encryption on in the mail program's outgoing server settings.
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['530', '534', '454'],
    enhanced: ['5.7.11'],
    example: '538 5.7.11 Encryption required for requested authentication mechanism',
  },
  {
    code: '550',
    rfcText:
      'Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)',
    // §3.6.2: refused relaying SHOULD get 550; RFC 7505 §4.2: sender domain with null MX → 550 5.7.27;
    // RFC 6531 §3.5: MAIL needing an ASCII address → 550 (5.6.7).
    refs: [
      CORE_5321,
      { rfc: 5321, section: '3.3' },
      { rfc: 5321, section: '3.6.2' },
      { rfc: 7505, section: '4.2' },
      { rfc: 6531, section: '3.5' },
    ],
    stages: ['ehlo', 'helo', 'mail', 'rcpt', 'data-end', 'vrfy', 'expn'],
    provenance: 'core',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['450', '551', '553', '554'],
    enhanced: ['5.1.1', '5.2.1', '5.7.1', '5.7.26', '5.7.27'],
    example: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
  },
  {
    code: '551',
    rfcText: 'User not local; please try <forward-path> (See Section 3.4)',
    refs: [CORE_5321, { rfc: 5321, section: '3.4' }],
    stages: ['rcpt', 'vrfy'],
    provenance: 'core',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['251', '550'],
    enhanced: ['5.1.6', '5.7.1'],
    // RFC 5321 §3.4's wording; X.1.6 is "moved, no forwarding address", so it does not go with a new address.
    example: '551 User not local; please try <bob@example.net>',
  },
  {
    code: '552',
    rfcText: 'Requested mail action aborted: exceeded storage allocation',
    // RFC 1870 §6.1: SIZE over the fixed maximum → 552. §4.5.3.1.10: "too many recipients" is 452, not 552,
    // and only that 552 is to be treated as temporary. RFC 3030 §2: a BDAT chunk can be refused too.
    // The sender acts: the usual 552 (5.3.4, the example) asks for a smaller message; a full mailbox is
    // better reported as 452 4.2.2 (RFC 3463 §3.3).
    refs: [
      CORE_5321,
      { rfc: 1870, section: '6.1' },
      { rfc: 5321, section: '4.5.3.1.10' },
      { rfc: 3030, section: '2' },
      { rfc: 3463, section: '3.3' },
    ],
    stages: ['mail', 'rcpt', 'data-end', 'bdat'],
    provenance: 'core',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['452', '554'],
    enhanced: ['5.3.4', '5.2.2', '5.2.3'],
    example: '552 5.3.4 Message size exceeds fixed limit',
  },
  {
    code: '553',
    rfcText: 'Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)',
    // §3.5.1 shows it for an ambiguous VRFY; RFC 6531 §3.5: RCPT needing an ASCII address → 553 (5.6.7).
    refs: [
      CORE_5321,
      { rfc: 5321, section: '3.3' },
      { rfc: 5321, section: '3.5.1' },
      { rfc: 6531, section: '3.5' },
    ],
    stages: ['mail', 'rcpt', 'vrfy'],
    provenance: 'core',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['550', '501'],
    enhanced: ['5.1.3', '5.7.1', '5.6.7'],
    example: '553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user alice',
  },
  {
    code: '554',
    rfcText: 'Transaction failed (Or, in the case of a connection-opening response, "No SMTP service here")',
    // §3.1: as a greeting; §3.3: DATA with no valid recipients; RFC 3207 §4.1: "Command refused due to
    // lack of security"; RFC 6531 §3.5: UTF-8 headers undeliverable after DATA → 554 (5.6.9).
    refs: [
      CORE_5321,
      { rfc: 5321, section: '3.1' },
      { rfc: 5321, section: '3.3' },
      { rfc: 3207, section: '4.1' },
      { rfc: 6531, section: '3.5' },
    ],
    // 'any': after the TLS handshake, RFC 3207 §4.1 has a server that finds the connection not
    // secure enough answer every command but QUIT with 554 (before STARTTLS it is 530, §4).
    stages: ['connection', 'data', 'data-end', 'any'],
    provenance: 'core',
    actor: 'sender-admin',
    retry: 'do-not-retry',
    related: ['550', '521', '421', '503'],
    enhanced: ['5.7.1', '5.3.4', '5.6.9'],
    example: '554 5.7.1 <bob@example.org>: Relay access denied',
  },
  {
    code: '555',
    rfcText: 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
    refs: [CORE_5321, { rfc: 5321, section: '4.3.2' }],
    stages: ['mail', 'rcpt'],
    provenance: 'core',
    actor: 'client',
    retry: 'do-not-retry',
    related: ['455', '501', '504'],
    enhanced: ['5.5.4'],
    example: '555 5.5.4 Unsupported option: MT-PRIORITY=3',
  },
  {
    code: '556',
    // Wording as RFC 7505 §4.1 quotes it from RFC 7504.
    rfcText: 'Requested action not taken: domain does not accept mail',
    refs: [
      { rfc: 7504, section: '4' },
      { rfc: 7505, section: '4.1' },
    ],
    stages: ['rcpt'],
    provenance: 'extension',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['521', '550'],
    enhanced: ['5.1.10'],
    example:
      '556 5.1.10 <alice@example.net>: Recipient address rejected: Domain example.net does not accept mail (nullMX)',
  },
]

const byNumber = (a: ReplyCode, b: ReplyCode) => Number(a.code) - Number(b.code)

/** Every 5yz basic reply code plus the non-standard codes seen in the wild, sorted numerically. */
export const PERMANENT_REPLY_CODES: readonly ReplyCode[] = [
  ...STANDARD_PERMANENT,
  ...NON_STANDARD_REPLY_CODES,
].sort(byNumber)
