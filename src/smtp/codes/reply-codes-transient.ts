// Facts about the 4xx (transient negative completion) reply codes: the client should try again later.
// Sources: RFC 5321 §4.2.3 (codes), §4.3.2 (which command gets which reply), §3.8 (421 on shutdown),
// RFC 4954 §6 (AUTH), RFC 3207 §4 (STARTTLS), RFC 1870 §6.1 (SIZE), RFC 1985 (ETRN).
import type { ReplyCode } from './types'

export const TRANSIENT_REPLY_CODES: readonly ReplyCode[] = [
  {
    code: '421',
    rfcText:
      '<domain> Service not available, closing transmission channel (This may be a reply to any command if the service knows it must shut down)',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '3.8' },
      { rfc: 5321, section: '4.3.2' },
    ],
    stages: ['connection', 'any'],
    provenance: 'core',
    actor: 'client',
    retry: 'retry-later',
    related: ['221', '450', '451', '554'],
    enhanced: ['4.3.2', '4.4.2', '4.7.0'],
    example: '421 4.7.0 mail.example.com Error: too many connections from 192.0.2.25',
  },
  {
    code: '432',
    rfcText: 'A password transition is needed',
    refs: [{ rfc: 4954, section: '6' }],
    stages: ['auth'],
    provenance: 'extension',
    actor: 'sender',
    retry: 'retry-later',
    related: ['334', '235', '535', '454'],
    enhanced: ['4.7.12'],
    example: '432 4.7.12 A password transition is needed',
  },
  {
    code: '450',
    rfcText:
      'Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.3.2' },
    ],
    stages: ['rcpt', 'data-end'],
    provenance: 'core',
    actor: 'client',
    retry: 'retry-later',
    related: ['550', '451', '452'],
    enhanced: ['4.2.0', '4.2.1', '4.7.1'],
    example: '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, please try again later',
  },
  {
    code: '451',
    rfcText: 'Requested action aborted: local error in processing',
    // RFC 5321 §3.8: a client whose connection drops mid-transaction must act as if it got a 451.
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.3.2' },
      { rfc: 5321, section: '3.8' },
    ],
    stages: ['mail', 'rcpt', 'data-end', 'bdat'],
    provenance: 'core',
    actor: 'recipient-admin',
    retry: 'retry-later',
    related: ['450', '452', '421', '554'],
    enhanced: ['4.3.0', '4.7.1'],
    example: '451 4.3.0 Error: queue file write error',
  },
  {
    code: '452',
    rfcText: 'Requested action not taken: insufficient system storage',
    // §4.5.3.1.10 makes 452 the code for "too many recipients"; RFC 1870 §6.1 uses it at MAIL FROM
    // when a declared SIZE does not fit the space available right now.
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.5.3.1.10' },
      { rfc: 1870, section: '6.1' },
    ],
    stages: ['mail', 'rcpt', 'data-end', 'bdat'],
    provenance: 'core',
    actor: 'recipient-admin',
    retry: 'retry-later',
    related: ['552', '451', '421'],
    enhanced: ['4.3.1', '4.5.3', '4.2.2'],
    example: '452 4.5.3 Error: too many recipients',
  },
  {
    code: '454',
    // Two extensions give 454 two wordings; each is shown with its source.
    rfcText: '4.7.0 Temporary authentication failure',
    otherWordings: [{ text: 'TLS not available due to temporary reason', ref: { rfc: 3207, section: '4' } }],
    refs: [
      { rfc: 4954, section: '6' },
      { rfc: 3207, section: '4' },
    ],
    stages: ['auth', 'starttls'],
    provenance: 'extension',
    actor: 'recipient-admin',
    retry: 'retry-later',
    related: ['235', '220', '432', '530', '538'],
    enhanced: ['4.7.0'],
    example: '454 4.7.0 TLS not available due to local problem',
  },
  {
    code: '455',
    rfcText: 'Server unable to accommodate parameters',
    refs: [
      { rfc: 5321, section: '4.2.3' },
      { rfc: 5321, section: '4.3.2' },
    ],
    stages: ['mail', 'rcpt'],
    provenance: 'core',
    actor: 'client',
    retry: 'retry-later',
    related: ['555', '452', '501'],
    // No enhanced code is conventionally paired with 455; servers that send it rarely add one.
    enhanced: [],
    example: '455 Server unable to accommodate parameters',
  },
  {
    code: '458',
    rfcText: 'Unable to queue messages for node <x>',
    refs: [{ rfc: 1985, section: '5.1' }],
    stages: ['etrn'],
    provenance: 'extension',
    actor: 'recipient-admin',
    retry: 'retry-later',
    related: ['459', '250', '253'],
    enhanced: [],
    example: '458 Unable to queue messages for node example.net',
  },
  {
    code: '459',
    rfcText: 'Node <x> not allowed: <reason>',
    // 4xx, so 'retry-later' (RFC 5321 §4.2.1): the site may ask again; when the cause is configuration
    // the answer stays the same until the provider changes it, which the text says.
    refs: [{ rfc: 1985, section: '5.1' }],
    stages: ['etrn'],
    provenance: 'extension',
    actor: 'sender-admin',
    retry: 'retry-later',
    related: ['458', '250', '253'],
    enhanced: [],
    example: '459 Node example.net not allowed: not a customer of this relay',
  },
]
