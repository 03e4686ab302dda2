import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import type { SearchResult } from '../../i18n/code-search'
import { useCodeText } from '../../i18n/code-text'
import { nearestCodes } from '../../smtp/codes/nearest-codes'
import { type CodesSearch, hasFilters } from './codes-search-params'

const STARTERS = ['550', '421', '451', '5.1.1', '5.7.1']

/** Ranked search results, or an empty state that offers a way on (nearest codes, clearing filters). */
export function CodesResults({
  results,
  query,
  search,
  onClearFilters,
  unfilteredCount,
}: {
  results: SearchResult[]
  query: string
  search: CodesSearch
  onClearFilters: () => void
  unfilteredCount: () => number
}) {
  const { t } = useTranslation('browser')
  const { title, summary } = useCodeText()

  if (results.length === 0) {
    const hidden = hasFilters(search) ? unfilteredCount() : 0
    const nearest = nearestCodes(query)
    return (
      <section className="codes-empty" aria-labelledby="codes-empty-title">
        <h2 id="codes-empty-title">{t('empty.title', { query })}</h2>
        {hidden > 0 ? (
          <p>
            {t('empty.hiddenByFilters', { count: hidden })}{' '}
            <button type="button" onClick={onClearFilters}>
              {t('filters.clear')}
            </button>
          </p>
        ) : null}
        <p>{t('empty.tryOther')}</p>
        <p className="chips-line">
          <span>{nearest.length > 0 ? t('empty.nearest') : t('empty.starters')}</span>
          {(nearest.length > 0 ? nearest : STARTERS).map((code) => (
            <CodeChip key={code} code={code} label={title(code)} />
          ))}
        </p>
      </section>
    )
  }

  return (
    <section aria-labelledby="codes-results-title">
      <h2 id="codes-results-title" className="visually-hidden">
        {t('list.resultsHeading')}
      </h2>
      <ol className="code-list results">
        {results.map((r) => (
          <li key={r.code}>
            <CodeChip code={r.code} />
            <span className="code-title">{title(r.code)}</span>
            <span className="code-summary">{summary(r.code)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
