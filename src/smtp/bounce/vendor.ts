// Enhanced codes of valid shape that the IANA registry does not list: a vendor's own codes.
import { findEnhancedCode, parseEnhancedCode } from '../codes/enhanced-codes'
import { VENDOR_ENHANCED_CODES, type VendorEnhancedCode } from '../codes/vendor-enhanced-codes'

export interface VendorCode {
  /** The vendor's documented meaning, when one is known (undefined: only the class and subject say). */
  entry?: VendorEnhancedCode
}

/** Undefined for a registered code or text that is not an enhanced code of a failure class. */
export function findVendorCode(code: string): VendorCode | undefined {
  const parsed = parseEnhancedCode(code)
  if (!parsed || (parsed.cls !== 4 && parsed.cls !== 5) || parsed.subject > 7) return undefined
  if (findEnhancedCode(code)) return undefined
  const entry = VENDOR_ENHANCED_CODES.find(
    (v) =>
      v.cls === parsed.cls &&
      v.subject === parsed.subject &&
      parsed.detail >= v.detailFrom &&
      parsed.detail <= v.detailTo,
  )
  return entry ? { entry } : {}
}
