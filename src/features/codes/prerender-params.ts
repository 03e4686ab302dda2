import { ENHANCED_CODES } from '../../smtp/codes/enhanced-codes'
import { REPLY_CODES } from '../../smtp/codes/reply-codes'

/** One page per catalogue code: every reply code and every enhanced code in each class it is listed for. */
export const codePageParams = () =>
  [
    ...REPLY_CODES.map((c) => c.code),
    ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`)),
  ].map((code) => ({ code }))
