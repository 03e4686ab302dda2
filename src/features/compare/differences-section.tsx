import { useTranslation } from 'react-i18next'
import { aspectOf, type Comparison } from '../../smtp/compare/compare'
import { useCompareLabels } from './use-compare-labels'

/**
 * The derived differences as a numbered list (order = DIFFERENCE_IDS, from "what kind of code" to
 * "where it comes from"), then the curated notes for the pair, then what the two have in common.
 */
export function DifferencesSection({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare')
  const { compare, difference, value } = useCompareLabels()
  const { a, b } = comparison
  // An X.y.z code and a success code both report transience 'none', for different reasons
  // (open class vs not a failure): that is no real common ground, so it is not listed.
  const same = comparison.same.filter((id) => id !== 'transience' || (a.cls === 'X') === (b.cls === 'X'))
  return (
    <section className="compare-section" aria-labelledby="compare-differences">
      <h2 id="compare-differences">{t('ui.differences.title')}</h2>
      {comparison.differences.length > 0 ? (
        <ol className="compare-differences">
          {comparison.differences.map((d) => (
            <li key={d.id}>{difference(d, a, b)}</li>
          ))}
        </ol>
      ) : (
        <p>{t('ui.differences.none')}</p>
      )}
      {comparison.notes.length > 0 ? (
        <>
          <h3>{t('ui.differences.notes')}</h3>
          {comparison.notes.map((id) => (
            <p key={id} className="compare-note">
              {compare(`notes.${id}`)}
            </p>
          ))}
        </>
      ) : null}
      {same.length > 0 ? (
        <>
          <h3>{t('ui.differences.same')}</h3>
          <ul className="compare-same">
            {same.map((id) => (
              <li key={id}>
                {t('ui.differences.sameItem', {
                  aspect: t(`ui.aspect.${id}`),
                  value: value(id, aspectOf(a, id), a),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
