import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function CodesPage() {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader title={t('pages.codes.title')} description={t('pages.codes.description')} />
    </div>
  )
}
