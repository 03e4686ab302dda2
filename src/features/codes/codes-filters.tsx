import { useTranslation } from 'react-i18next'
import { useDataText } from '../../i18n/dynamic-text'
import { PROVENANCES, STAGES } from '../../smtp/codes/reply-codes'
import type { Provenance, Stage } from '../../smtp/codes/types'
import { CLASS_FILTERS, type ClassFilter, type CodesSearch, hasFilters } from './codes-search-params'

/** Class, stage/command and provenance filters; each change goes straight to the URL. */
export function CodesFilters({
  search,
  onChange,
}: {
  search: CodesSearch
  onChange: (patch: Partial<CodesSearch>) => void
}) {
  const { t } = useTranslation('browser')
  const codes = useDataText('codes')
  return (
    <fieldset className="codes-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="filter">
        <label htmlFor="filter-class">{t('filters.class')}</label>
        <select
          id="filter-class"
          value={search.class ?? ''}
          onChange={(e) =>
            onChange({ class: (Number(e.target.value) || undefined) as ClassFilter | undefined })
          }
        >
          <option value="">{t('filters.all')}</option>
          {CLASS_FILTERS.map((cls) => (
            <option key={cls} value={cls}>
              {t('filters.classOption', { cls, name: codes(`class.${cls}.short`) })}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-stage">{t('filters.stage')}</label>
        <select
          id="filter-stage"
          value={search.stage ?? ''}
          onChange={(e) => onChange({ stage: (e.target.value || undefined) as Stage | undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {STAGES.filter((s) => s !== 'any').map((stage) => (
            <option key={stage} value={stage}>
              {codes(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-provenance">{t('filters.provenance')}</label>
        <select
          id="filter-provenance"
          value={search.provenance ?? ''}
          onChange={(e) => onChange({ provenance: (e.target.value || undefined) as Provenance | undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {PROVENANCES.map((p) => (
            <option key={p} value={p}>
              {codes(`provenance.${p}.name`)}
            </option>
          ))}
        </select>
      </div>
      {hasFilters(search) ? (
        <button
          type="button"
          onClick={() => onChange({ class: undefined, stage: undefined, provenance: undefined })}
        >
          {t('filters.clear')}
        </button>
      ) : null}
    </fieldset>
  )
}
