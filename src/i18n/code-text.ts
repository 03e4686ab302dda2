import { useCallback } from 'react'
import { subjectAndDetail } from '../smtp/codes/enhanced-code-shape'
import { useDataText } from './dynamic-text'

/**
 * 'X.1.1', '5.1.1' or a registry id ('1.1') → '1.1': where an enhanced code's text sits in the
 * enhanced namespace (`codes.<subject>.<detail>`); '' for anything else.
 */
export function enhancedTextKey(code: string): string {
  const parts = subjectAndDetail(code)
  return parts ? `${parts.subject}.${parts.detail}` : ''
}

/**
 * Title and one-line summary of any code ('550', '5.1.1', 'X.1.1') from the data namespaces, for
 * every feature that lists codes (never retyped there).
 */
export function useCodeText() {
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const title = useCallback(
    (code: string) => {
      const key = enhancedTextKey(code)
      return key ? enhanced(`codes.${key}.title`) : codes(`reply.${code}.title`)
    },
    [codes, enhanced],
  )
  const summary = useCallback(
    (code: string) => {
      const key = enhancedTextKey(code)
      return key ? enhanced(`codes.${key}.description`) : codes(`reply.${code}.summary`)
    },
    [codes, enhanced],
  )
  return { title, summary }
}
