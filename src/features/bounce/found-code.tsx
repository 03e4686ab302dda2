import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useDataText } from '../../i18n/dynamic-text'
import { findVendorCode } from '../../smtp/bounce/vendor'

/**
 * A code found in a bounce: a link to its page when the catalogue has one; a vendor's code
 * (outside the IANA registry) is labelled as such, with the vendor's meaning when documented.
 */
export function FoundCode({ code, label }: { code: string; label?: string }) {
  const { t } = useTranslation('bounce')
  const text = useDataText('bounce')
  const vendor = findVendorCode(code)
  if (!vendor) return <CodeChip code={code} label={label} />
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
