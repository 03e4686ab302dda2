// Every enumerated code of the IANA "SMTP Enhanced Status Codes" registry
// (https://www.iana.org/assignments/smtp-enhanced-status-codes), split by subject
// only to keep files small.
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
//   three, because RFC 3463 §2 lets any class pair with any subject.detail.
// - `refs`: the document the registry cites, with the section that defines or
//   registers the code. Where the section number could not be checked, the
//   section is named by its title ('IANA Considerations').
import { ENHANCED_CODES_0_3 } from './enhanced-codes-data-0-3'
import { ENHANCED_CODES_4_6 } from './enhanced-codes-data-4-6'
import { ENHANCED_CODES_7 } from './enhanced-codes-data-7'
import type { EnhancedCode } from './types'

export const ENHANCED_CODE_DATA: readonly EnhancedCode[] = [
  ...ENHANCED_CODES_0_3,
  ...ENHANCED_CODES_4_6,
  ...ENHANCED_CODES_7,
]

/** Registry entries whose reference is an Internet-Draft rather than an RFC, by id. */
export const ENHANCED_DRAFT_REFS: Readonly<Record<string, string>> = {
  '7.28': 'draft-levine-mailbomb-header',
}
