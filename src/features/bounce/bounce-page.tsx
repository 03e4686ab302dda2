import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function BouncePage() {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader title={t('pages.bounce.title')} description={t('pages.bounce.description')} />
    </div>
  )
}
