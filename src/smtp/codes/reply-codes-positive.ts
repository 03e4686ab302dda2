// Facts about the 2xx (positive completion) and 3xx (positive intermediate) reply codes.
// Sources: RFC 5321 §4.2.2/§4.2.3 (codes), §4.3.2 (which command gets which reply), RFC 4954 (AUTH),
// RFC 3207 (STARTTLS), RFC 1985 (ETRN). Human text lives in locales/<lng>/codes.json under `reply.<code>`.
import type { ReplyCode } from './types'

export const POSITIVE_REPLY_CODES: readonly ReplyCode[] = [
  {
    code: '211',
    rfcText: 'System status, or system help reply',
    refs: [{ rfc: 5321, section: '4.2.3' }],
    stages: ['help'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['214', '250'],
    enhanced: ['2.0.0'],
    example: '211 2.0.0 mail.example.com system status: queue empty, accepting mail',
  },
  {
    code: '214',
    rfcText:
      'Help message (Information on how to use the receiver or the meaning of a particular non-standard command; this reply is useful only to the human user)',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.2.4' },
    ],
    stages: ['help'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    // §4.2.4: a server that does not implement HELP answers 502, not 500 (Postfix, which treats HELP
    // as unknown, answers 500 "Error: command not recognized" in current releases, 502 in older ones;
    // the release that changed it is not cited here, so the texts name none).
    related: ['211', '502', '504'],
    enhanced: ['2.0.0'],
    example: '214 2.0.0 End of HELP info',
  },
  {
    code: '220',
    rfcText: '<domain> Service ready',
    // RFC 3207 §4 reuses 220 as the "Ready to start TLS" answer to STARTTLS.
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '3.1' },
      { rfc: 3207, section: '4' },
    ],
    stages: ['connection', 'starttls'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['221', '421', '554', '454'],
    enhanced: ['2.0.0'],
    example: '220 mail.example.com ESMTP Postfix',
  },
  {
    code: '221',
    rfcText: '<domain> Service closing transmission channel',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '3.8' },
    ],
    stages: ['quit'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['220', '421'],
    enhanced: ['2.0.0'],
    example: '221 2.0.0 Bye',
  },
  {
    code: '235',
    rfcText: 'Authentication Succeeded',
    refs: [
      { rfc: 4954, section: '6' },
      { rfc: 4954, section: '4' },
    ],
    stages: ['auth'],
    provenance: 'extension',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['334', '535', '454', '530'],
    enhanced: ['2.7.0'],
    example: '235 2.7.0 Authentication successful',
  },
  {
    code: '250',
    rfcText: 'Requested mail action okay, completed',
    // RFC 1985 gives 250 the ETRN meaning "OK, queuing for node <x> started".
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.3.2' },
      { rfc: 5321, section: '4.2.5' },
      { rfc: 1985, section: '5.1' },
    ],
    stages: ['ehlo', 'helo', 'mail', 'rcpt', 'data-end', 'bdat', 'rset', 'vrfy', 'expn', 'noop', 'etrn'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['251', '252', '354', '550'],
    enhanced: ['2.0.0', '2.1.0', '2.1.5'],
    example: '250 2.0.0 Ok: queued as 4FzXk12PqRz',
  },
  {
    code: '251',
    rfcText: 'User not local; will forward to <forward-path>',
    // RFC 1985 reuses 251 for ETRN: "OK, no messages waiting for node <x>".
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '3.4' },
      { rfc: 1985, section: '5.1' },
    ],
    stages: ['rcpt', 'vrfy', 'etrn'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['250', '551', '252'],
    enhanced: ['2.1.5'],
    example: '251 2.1.5 User not local; will forward to <bob@example.net>',
  },
  {
    code: '252',
    rfcText: 'Cannot VRFY user, but will accept message and attempt delivery',
    // RFC 1985 reuses 252 for ETRN: "OK, pending messages for node <x> started".
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '3.5.3' },
      { rfc: 1985, section: '5.1' },
    ],
    stages: ['vrfy', 'expn', 'etrn'],
    provenance: 'core',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['250', '251', '502', '550'],
    enhanced: ['2.0.0', '2.1.5'],
    example: "252 2.1.5 Send some mail, I'll try my best",
  },
  {
    code: '253',
    rfcText: 'OK, <n> pending messages for node <x> started',
    refs: [{ rfc: 1985, section: '5.1' }],
    stages: ['etrn'],
    provenance: 'extension',
    actor: 'nobody',
    retry: 'not-needed',
    related: ['250', '251', '252', '458', '459'],
    enhanced: [],
    example: '253 OK, 14 pending messages for node example.net started',
  },
  {
    code: '334',
    // RFC 4954 gives no fixed wording: the text is only the BASE64 challenge.
    rfcText: 'Server challenge: a BASE64-encoded string supplied by the SASL mechanism',
    refs: [{ rfc: 4954, section: '4' }],
    stages: ['auth'],
    provenance: 'extension',
    actor: 'client',
    retry: 'continue',
    related: ['235', '535', '501', '454'],
    // A 3xx reply has no enhanced status code (RFC 3463 classes are 2, 4 and 5), and RFC 4954 §4
    // forbids any text besides the challenge.
    enhanced: [],
    example: '334 VXNlcm5hbWU6',
  },
  {
    code: '354',
    rfcText: 'Start mail input; end with <CRLF>.<CRLF>',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.3.2' },
    ],
    stages: ['data'],
    provenance: 'core',
    actor: 'client',
    retry: 'continue',
    related: ['250', '503', '554'],
    enhanced: [],
    example: '354 End data with <CR><LF>.<CR><LF>',
  },
]
