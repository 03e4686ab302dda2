// The shape of an enhanced status code, apart from the registry data (enhanced-codes.ts) so that
// code deciding what a page needs to load can parse a code without downloading the 81 entries.
import type { EnhancedClass } from './types'

// RFC 3463 §2: class "." subject "." detail, where subject and detail are 1*3digit.
// 'X' stands for "any class", as the registry itself writes codes.
const ENHANCED_PATTERN = /^([245Xx])\.(\d{1,3})\.(\d{1,3})$/

export interface ParsedEnhancedCode {
  cls: EnhancedClass | 'X'
  subject: number
  detail: number
}

/**
 * The subject and detail of '5.1.1', 'X.1.1' or a registry id ('1.1'); undefined when the text is
 * not of that form. The one place, with parseEnhancedCode, that takes a code apart.
 */
export const subjectAndDetail = (code: string): { subject: number; detail: number } | undefined =>
  parseEnhancedCode(/^\d{1,3}\.\d{1,3}$/.test(code.trim()) ? `X.${code.trim()}` : code)

/** Parses '5.1.1' or 'X.1.1' (surrounding spaces ignored); undefined when the text is not of that form. */
export const parseEnhancedCode = (s: string): ParsedEnhancedCode | undefined => {
  const match = ENHANCED_PATTERN.exec(s.trim())
  if (!match) return undefined
  const [, cls = '', subject = '', detail = ''] = match
  return {
    cls: cls === 'X' || cls === 'x' ? 'X' : (Number(cls) as EnhancedClass),
    subject: Number(subject),
    detail: Number(detail),
  }
}
