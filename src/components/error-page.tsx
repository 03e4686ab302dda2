import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from './current-language'
import { usePageMeta } from './use-page-meta'

/** A translated page for render errors, with a way back: never a blank screen. */
export function ErrorPage({ reset }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const lang = useCurrentLanguage()
  usePageMeta(t('error.title'))
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return (
    <section className="page message-page" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="actions">
        <button type="button" onClick={retry}>
          {t('error.retry')}
        </button>
        <Link to="/$lang/" params={{ lang }}>
          {t('error.home')}
        </Link>
      </p>
    </section>
  )
}
