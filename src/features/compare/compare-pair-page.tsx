import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function ComparePairPage({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader
        title={t('pages.comparePair.title', { a, b })}
        description={t('pages.comparePair.description', { a, b })}
      />
    </div>
  )
}
