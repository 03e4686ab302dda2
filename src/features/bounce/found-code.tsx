import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useDataText } from '../../i18n/dynamic-text'
import { findVendorCode } from '../../smtp/bounce/vendor'
import type { VendorReusedCode } from '../../smtp/codes/vendor-enhanced-codes'

/**
 * A code found in a bounce: a link to its page when the catalogue has one; a vendor's code
 * (outside the IANA registry) is labelled as such, with the vendor's meaning when documented; a
 * registered code that the server's words show a vendor used with its own meaning (`reuse`:
 * Gmail's 5.7.27 for SPF) keeps its link and says so.
 */
export function FoundCode({
  code,
  label,
  reuse,
}: {
  code: string
  label?: string
  reuse?: VendorReusedCode | undefined
}) {
  const { t } = useTranslation('bounce')
  const text = useDataText('bounce')
  const enhanced = useDataText('enhanced')
  const vendor = findVendorCode(code)
  if (!vendor) {
    if (!reuse) return <CodeChip code={code} label={label} />
    return (
      <span className="vendor-code">
        <CodeChip code={code} label={label} />{' '}
        <span className="vendor-label">
          {enhanced('reuse.label', { vendor: enhanced(`reuse.vendor.${reuse.vendor}`) })}
        </span>
      </span>
    )
  }
  return (
    <span className="vendor-code">
      <code className={`code-chip code-class-${code.charAt(0)}`} translate="no">
        {code}
      </code>{' '}
      <span className="vendor-label">
        {vendor.entry
          ? t('findings.vendor', { vendor: text(`vendorName.${vendor.entry.vendor}`) })
          : t('findings.vendorUnknown')}
      </span>
    </span>
  )
}
