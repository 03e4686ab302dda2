import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'

export function CodePage({ code }: { code: string }) {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader
        title={t('pages.code.title', { code })}
        description={t('pages.code.description', { code })}
      />
    </div>
  )
}
