import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { glossaryEntries, otherLanguage } from './glossary-entries'
import './glossary.css'
import { glossaryHead } from './head'

/** Every concept the site names, in the active language, with the other language's term beside it. */
export function GlossaryPage() {
  const { t, i18n } = useTranslation()
  const lang = useCurrentLanguage()
  const other = otherLanguage(lang)
  const entries = useMemo(() => glossaryEntries(lang), [lang])

  return (
    <div className="page glossary-page">
      <PageHeader {...glossaryHead(i18n)} />
      <dl className="glossary-list">
        {entries.map((entry) => (
          <div key={entry.id} id={`term-${entry.id}`} className="glossary-entry">
            <dt>{entry.term}</dt>
            <dd>
              <p>{entry.definition}</p>
              <p className="glossary-other">
                {t('glossary.otherLanguage')}{' '}
                <span lang={other} translate="no">
                  {entry.otherTerm}
                </span>
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
