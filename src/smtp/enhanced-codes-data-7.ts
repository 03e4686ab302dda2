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
  },
  {
    id: '7.1',
    classes: [4, 5],
    basic: ['451', '454', '502', '503', '533', '550', '551'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.2',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.3',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.4',
    classes: [5],
    basic: ['504'],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.6',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.7',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.8' }],
    deprecated: false,
  },
  {
    id: '7.8',
    classes: [5],
    basic: ['535', '554'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
  },
  {
    id: '7.9',
    classes: [5],
    basic: ['534'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
  },
  {
    id: '7.10',
    classes: [5],
    basic: ['523'],
    refs: [{ rfc: 5248, section: '2.4' }],
    deprecated: false,
  },
  {
    id: '7.11',
    classes: [5],
    basic: ['524', '538'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
  },
  {
    id: '7.12',
    classes: [4],
    basic: ['422', '432'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
  },
  {
    id: '7.13',
    classes: [5],
    basic: ['525'],
    refs: [{ rfc: 5248, section: '2.4' }],
    deprecated: false,
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
  },
  {
    id: '7.15',
    // The registry adds "(other 4XX or 5XX codes are allowed)".
    classes: [4, 5],
    basic: ['450', '550'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
  },
  {
    id: '7.16',
    // The registry adds "(other 4XX or 5XX codes are allowed)".
    classes: [4, 5],
    basic: ['552'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
  },
  {
    id: '7.17',
    // The registry says "5XX": a class, not a particular basic code.
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
  },
  {
    id: '7.18',
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
  },
  {
    id: '7.19',
    classes: [5],
    basic: [],
    refs: [{ rfc: 7293, section: 'IANA Considerations' }],
    deprecated: false,
  },
  {
    id: '7.20',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
  },
  {
    id: '7.21',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
  },
  {
    id: '7.22',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.1' }],
    deprecated: false,
  },
  {
    id: '7.23',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '7.24',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 7372, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '7.25',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '7.26',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 7372, section: '3.4' }],
    deprecated: false,
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
  },
  {
    id: '7.28',
    // Registered from draft-levine-mailbomb-header, not an RFC (see ENHANCED_DRAFT_REFS).
    // The registry row puts this description in its basic-code column, so no basic code is listed.
    classes: [4, 5],
    basic: [],
    refs: [],
    deprecated: false,
  },
  {
    id: '7.29',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 8617, section: '5.2.2' }],
    deprecated: false,
  },
  {
    id: '7.30',
    classes: [5],
    basic: ['550'],
    refs: [{ rfc: 8689, section: 'IANA Considerations' }],
    deprecated: false,
  },
]
