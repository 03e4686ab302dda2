import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function SimulatorPage() {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader title={t('pages.simulator.title')} description={t('pages.simulator.description')} />
    </div>
  )
}
