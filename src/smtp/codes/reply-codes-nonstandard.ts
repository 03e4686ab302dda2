// Reply codes that real servers send but that no RFC defines. They are listed only so that a
// learner who meets one in a bounce can look it up; each is marked 'non-standard' and its text
// (locales/<lng>/codes-5xx.json) names the standard code a careful server would use instead.
//
// Only codes backed by real server behaviour are here (checked against server sources and logs):
//   511 — qmail recipient-check patches (chkuser, rcptchecks): "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)"
//   541 — Zoho Mail MX: "541 5.7.1 Mail rejected due to antispam policy", "541 5.4.1 Mail rejected by destination domain"
//   571 — Courier MTA's default filter rejection, qmail rcptchecks: "571 Delivery not authorized, message refused."
// Candidates left out for lack of evidence of a server sending them as basic codes: 510, 512, 447, 449, 471.
//
// `rfcText` is empty on purpose: there is no defining RFC, so there is no RFC wording to quote.
// `refs` never cite RFC 5321 §4.2.2/§4.2.3 (which would read as a definition). They point to the
// RFC 3463 section of the enhanced code whose digits the number copies, and to RFC 5321 §4.2.1,
// which asks receivers to adapt the defined codes instead of inventing new ones.
// `retry` follows the first digit, as RFC 5321 §4.2.1 tells clients to interpret unknown codes.

import type { ReplyCode } from './types'

export const NON_STANDARD_REPLY_CODES: readonly ReplyCode[] = [
  {
    code: '511',
    rfcText: '',
    refs: [
      { rfc: 3463, section: '3.2' },
      { rfc: 5321, section: '4.2.1' },
    ],
    stages: ['rcpt'],
    provenance: 'non-standard',
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['550', '553'],
    enhanced: ['5.1.1'],
    example: '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)',
  },
  {
    code: '541',
    rfcText: '',
    refs: [
      { rfc: 3463, section: '3.8' },
      { rfc: 5321, section: '4.2.1' },
    ],
    stages: ['rcpt', 'data-end'],
    provenance: 'non-standard',
    // The sender reads which variant it is: 5.7.1 for their provider to fix, 5.4.1 for the
    // recipient's administrator (locales' 541 texts).
    actor: 'sender',
    retry: 'do-not-retry',
    related: ['550', '554', '571'],
    // Zoho also sends 541 with 5.4.1, but the registry calls X.4.1 ("No answer from host") useful only as a
    // persistent transient error, so 5.4.1 is not a valid permanent pairing.
    enhanced: ['5.7.1'],
    example: '541 5.7.1 Mail rejected due to antispam policy',
  },
  {
    code: '571',
    rfcText: '',
    // §4.2: the Reply-code grammar allows only 0–5 as the second digit, so 571 is not even well formed.
    refs: [
      { rfc: 3463, section: '3.8' },
      { rfc: 5321, section: '4.2.1' },
      { rfc: 5321, section: '4.2' },
    ],
    stages: ['rcpt', 'data-end'],
    provenance: 'non-standard',
    actor: 'sender-admin',
    retry: 'do-not-retry',
    related: ['550', '554', '541'],
    enhanced: ['5.7.1'],
    example: '571 Delivery not authorized, message refused.',
  },
]
