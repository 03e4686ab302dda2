import { useCallback } from 'react'
import { useDataText } from './dynamic-text'

/**
 * Title and one-line summary of any code ('550', '5.1.1', 'X.1.1') from the data namespaces, for
 * every feature that lists codes (never retyped there).
 */
export function useCodeText() {
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const title = useCallback(
    (code: string) => {
      const [, subject, detail] = code.split('.')
      return subject === undefined
        ? codes(`reply.${code}.title`)
        : enhanced(`codes.${subject}.${detail}.title`)
    },
    [codes, enhanced],
  )
  const summary = useCallback(
    (code: string) => {
      const [, subject, detail] = code.split('.')
      return subject === undefined
        ? codes(`reply.${code}.summary`)
        : enhanced(`codes.${subject}.${detail}.description`)
    },
    [codes, enhanced],
  )
  return { title, summary }
}
