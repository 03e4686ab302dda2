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
  },
  {
    id: '1.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.1',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.2',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.3',
    classes: [5],
    basic: ['501'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.4',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.5',
    classes: [2],
    basic: ['250'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.6',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.7',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.8',
    classes: [4, 5],
    basic: ['451', '501'],
    refs: [{ rfc: 3463, section: '3.2' }],
    deprecated: false,
  },
  {
    id: '1.9',
    // RFC 3886 §3.3.4 adds this code to RFC 3463 (the registry cites RFC 3886); RFC 5248 §2.4
    // lists it among the registry's initial values.
    classes: [2, 4, 5],
    basic: [],
    refs: [
      { rfc: 3886, section: '3.3.4' },
      { rfc: 5248, section: '2.4' },
    ],
    deprecated: false,
  },
  {
    id: '1.10',
    classes: [5],
    basic: ['556'],
    // RFC 7505 §4.1 says when to send 556 5.1.10; §6 registers X.1.10 with basic code 556. The
    // registry also cites RFC 7504, whose §4 defines that basic code, 556.
    refs: [
      { rfc: 7505, section: '4.1' },
      { rfc: 7505, section: '6' },
      { rfc: 7504, section: '4' },
    ],
    deprecated: false,
  },
  {
    id: '2.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '2.1',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '2.2',
    classes: [4, 5],
    basic: ['552'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '2.3',
    classes: [5],
    basic: ['552'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '2.4',
    classes: [4, 5],
    basic: ['450', '452'],
    refs: [{ rfc: 3463, section: '3.3' }],
    deprecated: false,
  },
  {
    id: '3.0',
    classes: [2, 4, 5],
    basic: ['221', '250', '421', '451', '550', '554'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
  },
  {
    id: '3.1',
    classes: [4],
    basic: ['452'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
  },
  {
    id: '3.2',
    classes: [4, 5],
    basic: ['453', '521'],
    // The registry cites RFC 7504 for the basic code it added here, 521, defined in its §3.
    refs: [
      { rfc: 3463, section: '3.4' },
      { rfc: 7504, section: '3' },
    ],
    deprecated: false,
  },
  {
    id: '3.3',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
  },
  {
    id: '3.4',
    classes: [5],
    basic: ['552', '554'],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
  },
  {
    id: '3.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.4' }],
    deprecated: false,
  },
  {
    id: '3.6',
    classes: [2],
    basic: ['250', '251'],
    refs: [{ rfc: 6710, section: 'IANA Considerations' }],
    deprecated: false,
  },
]
