import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { useCodeText } from '../../i18n/code-text'
import { nearestCodes } from '../../smtp/codes/nearest-codes'
import { unknownCodeHead } from './code-page-head'
import { queryForUrl } from './codes-search-params'

/** An unknown or malformed code: say so, offer the nearest real codes and a search. */
export function CodeNotFound({ code }: { code: string }) {
  const { t, i18n } = useTranslation('browser')
  const lang = useCurrentLanguage()
  const { title } = useCodeText()
  const nearest = nearestCodes(code)
  return (
    <div className="page code-page message-page">
      <PageHeader {...unknownCodeHead(i18n, code)} />
      {nearest.length > 0 ? (
        <section aria-labelledby="nearest-title">
          <h2 id="nearest-title">{t('notFound.nearest')}</h2>
          <ul className="code-list compact">
            {nearest.map((c) => (
              <li key={c}>
                <CodeChip code={c} />
                <span className="code-title">{title(c)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="link-list">
        <li>
          <Link to="/$lang/codes/" params={{ lang }} search={{ q: queryForUrl(code) }}>
            {t('notFound.search', { code })}
          </Link>
        </li>
        <li>
          <Link to="/$lang/codes/" params={{ lang }}>
            {t('notFound.browse')}
          </Link>
        </li>
      </ul>
    </div>
  )
}
