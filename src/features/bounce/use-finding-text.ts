import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataText } from '../../i18n/dynamic-text'
import { explain } from './bounce-explain'

/** Title and short explanation of a found code; unknown codes are explained by their class. */
export function useFindingText() {
  const { t } = useTranslation('bounce')
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const title = useCallback(
    (code: string) => {
      const [cls, subject, detail] = code.split('.')
      if (!explain(code).known)
        return subject === undefined
          ? t('findings.unknownReply', { code, name: codes(`class.${code.charAt(0)}.name`) })
          : t('findings.unknownEnhanced', { code, name: enhanced(`class.${cls}.name`) })
      return subject === undefined
        ? codes(`reply.${code}.title`)
        : enhanced(`codes.${subject}.${detail}.title`)
    },
    [t, codes, enhanced],
  )
  const summary = useCallback(
    (code: string) => {
      const [cls, subject, detail] = code.split('.')
      if (!explain(code).known)
        return subject === undefined
          ? codes(`class.${code.charAt(0)}.meaning`)
          : enhanced(`class.${cls}.meaning`)
      return subject === undefined
        ? codes(`reply.${code}.summary`)
        : enhanced(`codes.${subject}.${detail}.description`)
    },
    [codes, enhanced],
  )
  return { title, summary }
}
