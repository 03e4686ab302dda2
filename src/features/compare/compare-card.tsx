import { useTranslation } from 'react-i18next'
import { LearnLink } from '../../components/learn-link'
import { PageHeader } from '../../components/page-header'
import type { Comparison } from '../../smtp/compare/compare'
import { lessonForPair } from '../../smtp/lessons/lessons'
import { CodeExplainer } from './code-explainer'
import { CompareActions } from './compare-actions'
import { DifferencesSection } from './differences-section'
import { SimulatorLinks } from './simulator-links'
import { useCompareLabels } from './use-compare-labels'
import './compare.css'
import { comparisonHead } from './pair-head'

/**
 * The comparison card for a valid pair. `rawA`/`rawB` are the URL's spellings (for the swap link);
 * everything shown uses the normalised codes from the comparison, in the URL's order.
 */
export function CompareCard({
  comparison,
  rawA,
  rawB,
}: {
  comparison: Comparison
  rawA: string
  rawB: string
}) {
  const { t } = useTranslation('compare')
  const { i18n } = useTranslation()
  const { compare, title, className } = useCompareLabels()
  const { a, b } = comparison
  return (
    <article className="page compare-card">
      <PageHeader {...comparisonHead(i18n, comparison)}>
        <ul className="compare-header-codes">
          {[a, b].map((side) => (
            <li key={side.code}>
              <span className={`compare-header-code code-class-${side.code.charAt(0)}`} translate="no">
                {side.code}
              </span>{' '}
              <span className="compare-header-title">{title(side)}</span>
              <span className="compare-header-class">{className(side)}</span>
            </li>
          ))}
        </ul>
        <CompareActions a={rawA} b={rawB} labelA={a.code} labelB={b.code} />
        <LearnLink lesson={lessonForPair(a.code, b.code)} />
      </PageHeader>
      <div className="compare-columns">
        <CodeExplainer side={a} headingId="compare-code-a" />
        <CodeExplainer side={b} headingId="compare-code-b" />
      </div>
      <DifferencesSection comparison={comparison} />
      <section className="compare-section" aria-labelledby="compare-guidance">
        <h2 id="compare-guidance">{t('ui.guidance.title')}</h2>
        <div className="compare-columns">
          <div>
            <h3>{t('ui.guidance.operator')}</h3>
            <p>{compare(comparison.guidance.operator)}</p>
          </div>
          <div>
            <h3>{t('ui.guidance.agent')}</h3>
            <p>{compare(comparison.guidance.agent)}</p>
          </div>
        </div>
      </section>
      <SimulatorLinks sides={[a, b]} />
    </article>
  )
}
