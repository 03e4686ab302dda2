import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import type { ScenarioRun } from '../../smtp/scenarios/scenarios'

/**
 * "What the sender receives": after a refusal for good, the delivery status notification the
 * sending server writes (RFC 3464), made from this run on request — with a link that opens it in
 * the bounce explainer, so the learner reads the same failure from the other side.
 */
export function SenderReport({ scenario }: { scenario: ScenarioRun }) {
  const { t } = useTranslation('simulator')
  const lang = useCurrentLanguage()
  const [report, setReport] = useState<string>()
  if (!scenario.bounces) return null
  return (
    <section className="sender-report" aria-labelledby="sender-report-title">
      <h3 id="sender-report-title">{t('bounce.heading')}</h3>
      <p>{t('bounce.intro')}</p>
      {report === undefined ? (
        <button
          type="button"
          onClick={async () => {
            const { dsnForRun } = await import('../../smtp/scenarios/dsn-writer')
            setReport(dsnForRun(scenario) ?? '')
          }}
        >
          {t('bounce.show')}
        </button>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long, scrollable block must be reachable by keyboard to scroll */}
          <pre className="dsn" translate="no" tabIndex={0}>
            {report}
          </pre>
          <Link to="/$lang/bounce/" params={{ lang }} search={{ example: scenario.id }}>
            {t('bounce.explain')}
          </Link>
        </>
      )}
    </section>
  )
}
