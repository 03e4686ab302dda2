import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function CompareIndexPage() {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader title={t('pages.compare.title')} description={t('pages.compare.description')} />
    </div>
  )
}
