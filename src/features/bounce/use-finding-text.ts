import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import { findVendorCode, findVendorReuse } from '../../smtp/bounce/vendor'
import { parseEnhancedCode } from '../../smtp/codes/enhanced-codes'
import { explain } from './bounce-explain'

/**
 * Title and short explanation of a found code. Codes outside the catalogue are explained by their
 * class and subject (RFC 5321 §4.2 and RFC 3463 §2 both tell a client to act on what it can read
 * of a code it does not know), and a vendor's code by the vendor's documented meaning, as is a
 * registered code whose line (`words`) shows the vendor's own use of it.
 */
export function useFindingText() {
  const { t } = useTranslation('bounce')
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const bounce = useDataText('bounce')
  const { title: knownTitle, summary: knownSummary } = useCodeText()
  const title = useCallback(
    (code: string) => {
      if (explain(code).known) return knownTitle(code)
      const parsed = parseEnhancedCode(code)
      return parsed
        ? t('findings.unknownEnhanced', {
            code,
            name: `${enhanced(`class.${parsed.cls}.name`)}, ${enhanced(`subject.${parsed.subject}.name`)}`,
          })
        : t('findings.unknownReply', { code, name: codes(`class.${code.charAt(0)}.name`) })
    },
    [t, codes, enhanced, knownTitle],
  )
  const summary = useCallback(
    (code: string, words?: string) => {
      const reuse = words ? findVendorReuse(code, words) : undefined
      if (reuse) return enhanced(`reuse.entry.${reuse.key}.meaning`)
      if (explain(code).known) return knownSummary(code)
      const parsed = parseEnhancedCode(code)
      if (!parsed) return codes(`class.${code.charAt(0)}.meaning`)
      const entry = findVendorCode(code)?.entry
      if (entry) return bounce(`vendor.${entry.key}.meaning`)
      return `${enhanced(`class.${parsed.cls}.meaning`)} ${enhanced(`subject.${parsed.subject}.meaning`)}`
    },
    [codes, enhanced, bounce, knownSummary],
  )
  return { title, summary }
}
