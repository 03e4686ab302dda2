import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from './current-language'

/** A translated page for render errors, with a way back: never a blank screen. */
export function ErrorPage({ reset }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const lang = useCurrentLanguage()
  const title = `${t('error.title')} · ${t('appName')}`
  // A failed route declares no head of its own: the error page names itself.
  useEffect(() => {
    document.title = title
  }, [title])
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
