// IANA "SMTP Enhanced Status Codes" registry, enumerated codes X.4.* to X.6.*.
// How `classes` and `basic` are derived is explained once, in enhanced-codes-data.ts.
import type { EnhancedCode } from './types'

export const ENHANCED_CODES_4_6: readonly EnhancedCode[] = [
  {
    id: '4.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'Something went wrong with the networking, but it is not clear what the problem is, or the problem cannot be well expressed with any of the other provided detail codes.',
  },
  {
    id: '4.1',
    classes: [4],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The outbound connection attempt was not answered, because either the remote system was busy, or was unable to take a call. This is useful only as a persistent transient error.',
  },
  {
    id: '4.2',
    classes: [4],
    basic: ['421'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The outbound connection was established, but was unable to complete the message transaction, either because of time-out, or inadequate connection quality. This is useful only as a persistent transient error.',
  },
  {
    id: '4.3',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The network system was unable to forward the message, because a directory server was unavailable. This is useful only as a persistent transient error. The inability to connect to an Internet DNS server is one example of the directory server failure error.',
  },
  {
    id: '4.4',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The mail system was unable to determine the next hop for the message because the necessary routing information was unavailable from the directory server. This is useful for both permanent and persistent transient errors. A DNS lookup returning only an SOA (Start of Administration) record for a domain name is one example of the unable to route error.',
  },
  {
    id: '4.5',
    classes: [4],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The mail system was unable to deliver the message because the mail system was congested. This is useful only as a persistent transient error.',
  },
  {
    id: '4.6',
    classes: [4],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'A routing loop caused the message to be forwarded too many times, either because of incorrect routing tables or a user-forwarding loop. This is useful only as a persistent transient error.',
  },
  {
    id: '4.7',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
    registryText:
      'The message was considered too old by the rejecting system, either because it remained on that host too long or because the time-to-live value specified by the sender of the message was exceeded. If possible, the code for the actual problem found when delivery was attempted should be returned rather than this code.',
  },
  {
    id: '5.0',
    classes: [2, 4, 5],
    basic: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'Something was wrong with the protocol necessary to deliver the message to the next hop and the problem cannot be well expressed with any of the other provided detail codes.',
  },
  {
    id: '5.1',
    classes: [4, 5],
    basic: ['430', '500', '501', '503', '530', '550', '554', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'A mail transaction protocol command was issued which was either out of sequence or unsupported. This is useful only as a permanent error.',
  },
  {
    id: '5.2',
    classes: [5],
    basic: ['500', '501', '502', '550', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'A mail transaction protocol command was issued which could not be interpreted, either because the syntax was wrong or the command is unrecognized. This is useful only as a permanent error.',
  },
  {
    id: '5.3',
    // Only 451 is listed, so only class 4; real servers also send 5.5.3.
    classes: [4],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'More recipients were specified for the message than could have been delivered by the protocol. This error should normally result in the segmentation of the message into two, the remainder of the recipients to be delivered on a subsequent delivery attempt. It is included in this list in the event that such segmentation is not possible.',
  },
  {
    id: '5.4',
    classes: [4, 5],
    basic: ['451', '501', '502', '503', '504', '550', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'A valid mail transaction protocol command was issued with invalid arguments, either because the arguments were out of range or represented unrecognized features. This is useful only as a permanent error.',
  },
  {
    id: '5.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
    registryText:
      'A protocol version mis-match existed which could not be automatically resolved by the communicating parties.',
  },
  {
    id: '5.6',
    classes: [4, 5],
    basic: ['500'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
    registryText:
      'This enhanced status code SHOULD be returned when the server fails the AUTH command due to the client sending a [BASE64] response which is longer than the maximum buffer size available for the currently selected SASL mechanism. This is useful for both permanent and persistent transient errors.',
  },
  {
    id: '6.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'Something about the content of a message caused it to be considered undeliverable and the problem cannot be well expressed with any of the other provided detail codes.',
  },
  {
    id: '6.1',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'The media of the message is not supported by either the delivery protocol or the next system in the forwarding path. This is useful only as a permanent error.',
  },
  {
    id: '6.2',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'The content of the message must be converted before it can be delivered and such conversion is not permitted. Such prohibitions may be the expression of the sender in the message itself or the policy of the sending host.',
  },
  {
    id: '6.3',
    classes: [5],
    basic: ['554'],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'The message content must be converted in order to be forwarded but such conversion is not possible or is not practical by a host in the forwarding path. This condition may result when an ESMTP gateway supports 8bit transport but is not able to downgrade the message to 7 bit as required for the next hop.',
  },
  {
    id: '6.4',
    classes: [2, 5],
    basic: ['250'],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'This is a warning sent to the sender when message delivery was successfully but when the delivery required a conversion in which some data was lost. This may also be a permanent error if the sender has indicated that conversion with loss is prohibited for the message.',
  },
  {
    id: '6.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
    registryText:
      'A conversion was required but was unsuccessful. This may be useful as a permanent or persistent temporary notification.',
  },
  {
    id: '6.6',
    classes: [4, 5],
    basic: ['554'],
    refs: [{ rfc: 4468, section: '5' }],
    deprecated: false,
    registryText:
      'The message content could not be fetched from a remote system. This may be useful as a permanent or persistent temporary notification.',
  },
  {
    id: '6.7',
    classes: [5],
    basic: ['553', '550'],
    refs: [{ rfc: 6531, section: '3.5' }],
    deprecated: false,
    registryText:
      'This indicates the reception of a MAIL or RCPT command that non-ASCII addresses are not permitted',
  },
  {
    id: '6.8',
    classes: [2, 5],
    basic: ['252', '553', '550'],
    refs: [{ rfc: 6531, section: '3.5' }],
    deprecated: false,
    registryText:
      'This indicates that a reply containing a UTF-8 string is required to show the mailbox name, but that form of response is not permitted by the SMTP client.',
  },
  {
    id: '6.9',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 6531, section: '3.5' }],
    deprecated: false,
    registryText: 'This indicates that transaction failed after the final "." of the DATA command.',
  },
  {
    id: '6.10',
    // A duplicate of X.6.8, so it takes X.6.8's classes; the registry gives it no basic code.
    classes: [2, 5],
    basic: [],
    refs: [{ rfc: 6531, section: '4' }],
    deprecated: true,
    registryText: 'This is a duplicate of X.6.8 and is thus deprecated.',
  },
]
