// Every enumerated code of the IANA "SMTP Enhanced Status Codes" registry
// (https://www.iana.org/assignments/smtp-enhanced-status-codes), in one table a reader can search.
//
// How the fields are filled, so a reader can check them against the registry:
// - the registry's Description, with its line breaks joined, is in enhanced-registry-text.ts.
// - `basic` is the registry's "Associated basic status code" column. "Not given",
//   "Any" and "5XX" name no particular code, so they become an empty list.
// - `classes`: the registry has no class column. It is the union of (a) what the
//   Description says ("only useful for permanent failures" -> 5, "persistent
//   transient" -> 4, "both" -> 4 and 5, positive reports -> 2) and (b) the first
//   digit of each associated basic code. When both are silent, a failure gets 4
//   and 5, and a neutral status (X.0.0, the X.n.0 "other" codes, X.1.9) gets all
//   three, because RFC 3463 §2 lets any class pair with any subject.detail. One
//   exception: X.5.3 gets 4 and 5 although its only basic code is 451 (see there).
// - `refs`: the document the registry cites, with the section that defines or
//   registers the code. Where the section number could not be checked, the
//   section is named by its title ('IANA Considerations').
import type { EnhancedCode } from './types'

export const ENHANCED_CODE_DATA: readonly EnhancedCode[] = [
  // X.0.* to X.3.*
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
  // X.4.* to X.6.*
  {
    id: '4.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.1',
    classes: [4],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.2',
    classes: [4],
    basic: ['421'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.3',
    classes: [4, 5],
    basic: ['451', '550'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.4',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.5',
    classes: [4],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.6',
    classes: [4],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '4.7',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '5.0',
    classes: [2, 4, 5],
    basic: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.1',
    classes: [4, 5],
    basic: ['430', '500', '501', '503', '530', '550', '554', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.2',
    classes: [5],
    basic: ['500', '501', '502', '550', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.3',
    // 451 is the only basic code listed, which alone would give class 4; but RFC 3463 §3.6's text
    // does not restrict the class, and the code is for recipients that cannot be split into a
    // further delivery, which can be final. So both failure classes; real servers send 5.5.3 too.
    classes: [4, 5],
    basic: ['451'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.4',
    classes: [4, 5],
    basic: ['451', '501', '502', '503', '504', '550', '555'],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.6' }],
    deprecated: false,
  },
  {
    id: '5.6',
    classes: [4, 5],
    basic: ['500'],
    refs: [{ rfc: 4954, section: '6' }],
    deprecated: false,
  },
  {
    id: '6.0',
    classes: [2, 4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.1',
    classes: [5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.2',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.3',
    classes: [5],
    basic: ['554'],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.4',
    classes: [2, 5],
    basic: ['250'],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.5',
    classes: [4, 5],
    basic: [],
    refs: [{ rfc: 3463, section: '3.7' }],
    deprecated: false,
  },
  {
    id: '6.6',
    classes: [4, 5],
    basic: ['554'],
    refs: [{ rfc: 4468, section: '5' }],
    deprecated: false,
  },
  {
    id: '6.7',
    classes: [5],
    basic: ['553', '550'],
    refs: [{ rfc: 6531, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '6.8',
    classes: [2, 5],
    basic: ['252', '553', '550'],
    // RFC 6531 §3.7.4.2 (VRFY and EXPN replies) defines X.6.8, with 252 or 550; §3.5 does not name it.
    refs: [{ rfc: 6531, section: '3.7.4.2' }],
    deprecated: false,
  },
  {
    id: '6.9',
    classes: [5],
    // The registry (as RFC 6531 §4.2 registered it) gives 550, while the text of §3.5 pairs X.6.9 with
    // 554 "Transaction failed" after the final "."; the 554 page says so.
    basic: ['550'],
    refs: [{ rfc: 6531, section: '3.5' }],
    deprecated: false,
  },
  {
    id: '6.10',
    // A duplicate of X.6.8, so it takes X.6.8's classes; the registry gives it no basic code.
    classes: [2, 5],
    basic: [],
    refs: [{ rfc: 6531, section: '4' }],
    deprecated: true,
  },
  // X.7.* (security or policy)
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
    // RFC 7505 §4.2 ("Sending Mail from Domains That Publish Null MX") says when to send
    // 550 5.7.27; §6 registers X.7.27 with basic code 550. (§4.1 is the recipient side, X.1.10.)
    refs: [
      { rfc: 7505, section: '4.2' },
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

/** Registry entries whose reference is an Internet-Draft rather than an RFC, by id. */
export const ENHANCED_DRAFT_REFS: Readonly<Record<string, string>> = {
  '7.28': 'draft-levine-mailbomb-header',
}
