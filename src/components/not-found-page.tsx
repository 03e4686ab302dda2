import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from './current-language'

export function NotFoundPage() {
  const { t } = useTranslation()
  const lang = useCurrentLanguage()
  return (
    <section className="page message-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to="/$lang/" params={{ lang }}>
            {t('notFound.home')}
          </Link>
        </li>
        <li>
          <Link to="/$lang/codes/" params={{ lang }}>
            {t('notFound.codes')}
          </Link>
        </li>
      </ul>
    </section>
  )
}
