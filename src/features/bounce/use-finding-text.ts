import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import { explain } from './bounce-explain'

/** Title and short explanation of a found code; unknown codes are explained by their class. */
export function useFindingText() {
  const { t } = useTranslation('bounce')
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const { title: knownTitle, summary: knownSummary } = useCodeText()
  const title = useCallback(
    (code: string) => {
      if (explain(code).known) return knownTitle(code)
      const [cls, subject] = code.split('.')
      return subject === undefined
        ? t('findings.unknownReply', { code, name: codes(`class.${code.charAt(0)}.name`) })
        : t('findings.unknownEnhanced', { code, name: enhanced(`class.${cls}.name`) })
    },
    [t, codes, enhanced, knownTitle],
  )
  const summary = useCallback(
    (code: string) => {
      if (explain(code).known) return knownSummary(code)
      const [cls, subject] = code.split('.')
      return subject === undefined
        ? codes(`class.${code.charAt(0)}.meaning`)
        : enhanced(`class.${cls}.meaning`)
    },
    [codes, enhanced, knownSummary],
  )
  return { title, summary }
}
