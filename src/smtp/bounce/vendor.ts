// Enhanced codes of valid shape that the IANA registry does not list: a vendor's own codes.
import { findEnhancedCode, parseEnhancedCode } from '../codes/enhanced-codes'
import {
  VENDOR_ENHANCED_CODES,
  VENDOR_REUSED_CODES,
  type VendorEnhancedCode,
  type VendorReusedCode,
} from '../codes/vendor-enhanced-codes'

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

/**
 * A registered code that a vendor sends with a meaning of its own, when the reply's words show
 * that meaning is meant (Gmail's "5.7.27 … SPF … did not pass"); undefined otherwise.
 */
export function findVendorReuse(code: string, words: string): VendorReusedCode | undefined {
  if (!words) return undefined
  return VENDOR_REUSED_CODES.find((v) => v.codes.includes(code) && v.words.test(words))
}

/** The reuse a RecipientResult's `vendorUse` names. */
export function vendorReuseByKey(key: string | null | undefined): VendorReusedCode | undefined {
  return key ? VENDOR_REUSED_CODES.find((v) => v.key === key) : undefined
}
