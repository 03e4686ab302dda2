import { useTranslation } from 'react-i18next'

/** Said once storage has failed: the learner should know their progress will not outlive the visit. */
export function StorageNote({ saved }: { saved: boolean }) {
  const { t } = useTranslation('learn')
  if (saved) return null
  return (
    <p className="learn-storage-note" role="note">
      {t('storage.visitOnly')}
    </p>
  )
}
