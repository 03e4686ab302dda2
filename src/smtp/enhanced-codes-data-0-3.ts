// IANA "SMTP Enhanced Status Codes" registry, enumerated codes X.0.* to X.3.*.
// How `classes` and `basic` are derived is explained once, in enhanced-codes-data.ts.
import type { EnhancedCode } from './types'

export const ENHANCED_CODES_0_3: readonly EnhancedCode[] = [
  {
    id: '0.0',
    // The registry's basic-code column says "Any", which names no particular code.
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.1' }],
    deprecated: false,
    registryText:
      'Other undefined status is the only undefined error code. It should be used for all errors for which only the class of the error is known.',
  },
  {
    id: '1.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText: 'Something about the address specified in the message caused this DSN.',
  },
  {
    id: '1.1',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The mailbox specified in the address does not exist. For Internet mail names, this means the address portion to the left of the "@" sign is invalid. This code is only useful for permanent failures.',
  },
  {
    id: '1.2',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The destination system specified in the address does not exist or is incapable of accepting mail. For Internet mail names, this means the address portion to the right of the "@" is invalid for mail. This code is only useful for permanent failures.',
  },
  {
    id: '1.3',
    classes: [5],
    basic: ['501'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The destination address was syntactically invalid. This can apply to any field in the address. This code is only useful for permanent failures.',
  },
  {
    id: '1.4',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The mailbox address as specified matches one or more recipients on the destination system. This may result if a heuristic address mapping algorithm is used to map the specified address to a local mailbox name.',
  },
  {
    id: '1.5',
    classes: [2],
    basic: ['250'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'This mailbox address as specified was valid. This status code should be used for positive delivery reports.',
  },
  {
    id: '1.6',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The mailbox address provided was at one time valid, but mail is no longer being accepted for that address. This code is only useful for permanent failures.',
  },
  {
    id: '1.7',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      "The sender's address was syntactically invalid. This can apply to any field in the address.",
  },
  {
    id: '1.8',
    classes: [4, 5],
    basic: ['451', '501'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
    registryText:
      'The sender\'s system specified in the address does not exist or is incapable of accepting return mail. For domain names, this means the address portion to the right of the "@" is invalid for mail.',
  },
  {
    id: '1.9',
    // The registry cites RFC 3886 for this code; RFC 5248 §2.4 is where the
    // registry's initial values (this code included) are listed.
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 5248, section: '2.4' }],
    deprecated: false,
    registryText:
      'The mailbox address specified was valid, but the message has been relayed to a system that does not speak this protocol; no further information can be provided.',
  },
  {
    id: '1.10',
    classes: [5],
    basic: ['556'],
    // RFC 7505 §4.1 says when to send 556 5.1.10; §6 registers X.1.10 with basic code 556.
    refs: [
      { rfc: 7505, section: '4.1' },
      { rfc: 7505, section: '6' },
      { rfc: 7504, section: '3' },
    ],
    deprecated: false,
    registryText:
      'This status code is returned when the associated address is marked as invalid using a null MX.',
  },
  {
    id: '2.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
    registryText:
      'The mailbox exists, but something about the destination mailbox has caused the sending of this DSN.',
  },
  {
    id: '2.1',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
    registryText:
      'The mailbox exists, but is not accepting messages. This may be a permanent error if the mailbox will never be re-enabled or a transient error if the mailbox is only temporarily disabled.',
  },
  {
    id: '2.2',
    classes: [4, 5],
    basic: ['552'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
    registryText:
      'The mailbox is full because the user has exceeded a per-mailbox administrative quota or physical capacity. The general semantics implies that the recipient can delete messages to make more space available. This code should be used as a persistent transient failure.',
  },
  {
    id: '2.3',
    classes: [5],
    basic: ['552'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
    registryText:
      'A per-mailbox administrative message length limit has been exceeded. This status code should be used when the per-mailbox message length limit is less than the general system limit. This code should be used as a permanent failure.',
  },
  {
    id: '2.4',
    classes: [4, 5],
    basic: ['450', '452'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
    registryText:
      'The mailbox is a mailing list address and the mailing list was unable to be expanded. This code may represent a permanent failure or a persistent transient failure.',
  },
  {
    id: '3.0',
    classes: [2, 4, 5],
    basic: ['221', '250', '421', '451', '550', '554'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
    registryText:
      'The destination system exists and normally accepts mail, but something about the system has caused the generation of this DSN.',
  },
  {
    id: '3.1',
    classes: [4],
    basic: ['452'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
    registryText:
      'Mail system storage has been exceeded. The general semantics imply that the individual recipient may not be able to delete material to make room for additional messages. This is useful only as a persistent transient error.',
  },
  {
    id: '3.2',
    classes: [4, 5],
    basic: ['453', '521'],
    refs: [
      { rfc: 3463, section: '3.4' },
      { rfc: 7504, section: '2' },
    ],
    deprecated: false,
    registryText:
      'The host on which the mailbox is resident is not accepting messages. Examples of such conditions include an imminent shutdown, excessive load, or system maintenance. This is useful for both permanent and persistent transient errors.',
  },
  {
    id: '3.3',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
    registryText:
      'Selected features specified for the message are not supported by the destination system. This can occur in gateways when features from one domain cannot be mapped onto the supported feature in another.',
  },
  {
    id: '3.4',
    classes: [5],
    basic: ['552', '554'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
    registryText:
      'The message is larger than per-message size limit. This limit may either be for physical or administrative reasons. This is useful only as a permanent error.',
  },
  {
    id: '3.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
    registryText: 'The system is not configured in a manner that will permit it to accept this message.',
  },
  {
    id: '3.6',
    classes: [2],
    basic: ['250', '251'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'The message was accepted for relay/delivery, but the requested priority (possibly the implied default) was not honoured. The human readable text after the status code contains the new priority, followed by SP (space) and explanatory human readable text.',
  },
]
