// IANA "SMTP Enhanced Status Codes" registry, enumerated codes X.7.* (security or policy).
// How `classes` and `basic` are derived is explained once, in enhanced-codes-data.ts.
import type { EnhancedCode } from './types'

export const ENHANCED_CODES_7: readonly EnhancedCode[] = [
  {
    id: '7.0',
    classes: [2, 4, 5],
    basic: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'],
    // RFC 4954 §6 is where 235 2.7.0, 454 4.7.0 and 530 5.7.0 come from.
    refs: [
      { rfc: 3463, section: '3.8' },
      { rfc: 4954, section: '6' },
    ],
    deprecated: false,
    registryText:
      'Something related to security caused the message to be returned, and the problem cannot be well expressed with any of the other provided detail codes. This status code may also be used when the condition cannot be further described because of security policies in force.',
  },
  {
    id: '7.1',
    classes: [4, 5],
    basic: ['451', '454', '502', '503', '533', '550', '551'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'The sender is not authorized to send to the destination. This can be the result of per-host or per-recipient filtering. This memo does not discuss the merits of any such filtering, but provides a mechanism to report such. This is useful only as a permanent error.',
  },
  {
    id: '7.2',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'The sender is not authorized to send a message to the intended mailing list. This is useful only as a permanent error.',
  },
  {
    id: '7.3',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'A conversion from one secure messaging protocol to another was required for delivery and such conversion was not possible. This is useful only as a permanent error.',
  },
  {
    id: '7.4',
    classes: [5],
    basic: ['504'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'A message contained security features such as secure authentication that could not be supported on the delivery protocol. This is useful only as a permanent error.',
  },
  {
    id: '7.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'A transport system otherwise authorized to validate or decrypt a message in transport was unable to do so because necessary information such as key was not available or such information was invalid.',
  },
  {
    id: '7.6',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'A transport system otherwise authorized to validate or decrypt a message was unable to do so because the necessary algorithm was not supported.',
  },
  {
    id: '7.7',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
    registryText:
      'A transport system otherwise authorized to validate a message was unable to do so because the message was corrupted or altered. This may be useful as a permanent, transient persistent, or successful delivery code.',
  },
  {
    id: '7.8',
    classes: [5],
    basic: ['535', '554'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
    registryText:
      'This response to the AUTH command indicates that the authentication failed due to invalid or insufficient authentication credentials. In this case, the client SHOULD ask the user to supply new credentials (such as by presenting a password dialog box).',
  },
  {
    id: '7.9',
    classes: [5],
    basic: ['534'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
    registryText:
      'This response to the AUTH command indicates that the selected authentication mechanism is weaker than server policy permits for that user. The client SHOULD retry with a new authentication mechanism.',
  },
  {
    id: '7.10',
    classes: [5],
    basic: ['523'],
    refs: [{ rfc: 5248, section: '2.4' }],
    deprecated: false,
    registryText:
      'This indicates that external strong privacy layer is needed in order to use the requested authentication mechanism. This is primarily intended for use with clear text authentication mechanisms. A client which receives this may activate a security layer such as TLS prior to authenticating, or attempt to use a stronger mechanism.',
  },
  {
    id: '7.11',
    classes: [5],
    basic: ['524', '538'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
    registryText:
      'This response to the AUTH command indicates that the selected authentication mechanism may only be used when the underlying SMTP connection is encrypted. Note that this response code is documented here for historical purposes only. Modern implementations SHOULD NOT advertise mechanisms that are not permitted due to lack of encryption, unless an encryption layer of sufficient strength is currently being employed.',
  },
  {
    id: '7.12',
    classes: [4],
    basic: ['422', '432'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
    registryText:
      'This response to the AUTH command indicates that the user needs to transition to the selected authentication mechanism. This is typically done by authenticating once using the [PLAIN] authentication mechanism. The selected mechanism SHOULD then work for authentications in subsequent sessions.',
  },
  {
    id: '7.13',
    classes: [5],
    basic: ['525'],
    refs: [{ rfc: 5248, section: '2.4' }],
    deprecated: false,
    registryText:
      "Sometimes a system administrator will have to disable a user's account (e.g., due to lack of payment, abuse, evidence of a break-in attempt, etc). This error code occurs after a successful authentication to a disabled account. This informs the client that the failure is permanent until the user contacts their system administrator to get the account re-enabled. It differs from a generic authentication failure where the client's best option is to present the passphrase entry dialog in case the user simply mistyped their passphrase.",
  },
  {
    id: '7.14',
    classes: [5],
    basic: ['535', '554'],
    // RFC 4468 §5 first used X.7.8 for this; RFC 5248 moved it here (RFC 4468 errata 895).
    refs: [
      { rfc: 5248, section: '2.4' },
      { rfc: 4468, section: '5' },
    ],
    deprecated: false,
    registryText:
      'The submission server requires a configured trust relationship with a third-party server in order to access the message content. This value replaces the prior use of X.7.8 for this error condition. thereby updating [RFC4468].',
  },
  {
    id: '7.15',
    // The registry adds "(other 4XX or 5XX codes are allowed)".
    classes: [4, 5],
    basic: ['450', '550'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'The specified priority level is below the lowest priority acceptable for the receiving SMTP server. This condition might be temporary, for example the server is operating in a mode where only higher priority messages are accepted for transfer and delivery, while lower priority messages are rejected.',
  },
  {
    id: '7.16',
    // The registry adds "(other 4XX or 5XX codes are allowed)".
    classes: [4, 5],
    basic: ['552'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'The message is too big for the specified priority. This condition might be temporary, for example the server is operating in a mode where only higher priority messages below certain size are accepted for transfer and delivery.',
  },
  {
    id: '7.17',
    // The registry says "5XX": a class, not a particular basic code.
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system is able to determine that the intended recipient mailbox has not been under continuous ownership since the specified date-time.',
  },
  {
    id: '7.18',
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system wishes to disclose that the owner of the domain name of the recipient has changed since the specified date-time.',
  },
  {
    id: '7.19',
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system cannot complete the requested evaluation because the required timestamp was not recorded. The message originator needs to decide whether to reissue the message without RRVS protection.',
  },
  {
    id: '7.20',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message did not contain any passing DKIM signatures. (This violates the advice of Section 6.1 of [RFC6376].)',
  },
  {
    id: '7.21',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message contains one or more passing DKIM signatures, but none are acceptable. (This violates the advice of Section 6.1 of [RFC6376].)',
  },
  {
    id: '7.22',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message contains one or more passing DKIM signatures, but none are acceptable because none have an identifier(s) that matches the author address(es) found in the From header field. This is a special case of X.7.21. (This violates the advice of Section 6.1 of [RFC6376].)',
  },
  {
    id: '7.23',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.2' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message completed an SPF check that produced a "fail" result, contrary to local policy requirements. Used in place of 5.7.1 as described in Section 8.4 of [RFC7208].',
  },
  {
    id: '7.24',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 7372, section: '3.2' }],
    deprecated: false,
    registryText:
      'This status code is returned when evaluation of SPF relative to an arriving message resulted in an error. Used in place of 4.4.3 or 5.5.2 as described in Sections 8.6 and 8.7 of [RFC7208].',
  },
  {
    id: '7.25',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.3' }],
    deprecated: false,
    registryText:
      "This status code is returned when an SMTP client's IP address failed a reverse DNS validation check, contrary to local policy requirements.",
  },
  {
    id: '7.26',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.4' }],
    deprecated: false,
    registryText:
      'This status code is returned when a message failed more than one message authentication check, contrary to local policy requirements. The particular mechanisms that failed are not specified.',
  },
  {
    id: '7.27',
    classes: [5],
    basic: ['550'],
    // RFC 7505 §4.1 says when to send 550 5.7.27; §6 registers X.7.27 with basic code 550.
    refs: [
      { rfc: 7505, section: '4.1' },
      { rfc: 7505, section: '6' },
    ],
    deprecated: false,
    registryText:
      'This status code is returned when the associated sender address has a null MX, and the SMTP receiver is configured to reject mail from such sender (e.g., because it could not return a DSN).',
  },
  {
    id: '7.28',
    // Registered from draft-levine-mailbomb-header, not an RFC (see ENHANCED_DRAFT_REFS).
    // The registry row puts this description in its basic-code column, so no basic code is listed.
    classes: [4, 5],
    basic: [],
    refs: [],
    deprecated: false,
    registryText: 'The message appears to be part of a mail flood of similar abusive message.',
  },
  {
    id: '7.29',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 8617, section: '5.2.2' }],
    deprecated: false,
    registryText: 'This status code may be returned when a message fails ARC validation.',
  },
  {
    id: '7.30',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 8689, section: 'IANA Considerations' }],
    deprecated: false,
    registryText:
      'This indicates that the message was not able to be forwarded because it was received with a REQUIRETLS requirement and none of the SMTP servers to which the message should be forwarded provide this support.',
  },
]
