import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useDataText } from '../../i18n/dynamic-text'
import type { BounceFinding } from '../../smtp/bounce'
import { explain } from './bounce-explain'
import { useFindingText } from './use-finding-text'

/** The one-paragraph answer: what happened, who must act, whether to retry. */
export function BounceHeadline({ finding }: { finding: BounceFinding }) {
  const { t } = useTranslation('bounce')
  const codes = useDataText('codes')
  const { title, summary } = useFindingText()
  const facts = explain(finding.code)
  return (
    <section className="bounce-headline" aria-labelledby="bounce-headline-title">
      <h2 id="bounce-headline-title">{t('headline.heading')}</h2>
      <p className="headline-code">
        <CodeChip code={finding.code} />
        <strong>{title(finding.code)}</strong>
      </p>
      <dl className="facts">
        <dt>{t('headline.happened')}</dt>
        <dd>{summary(finding.code)}</dd>
        {facts.actor ? (
          <>
            <dt>{t('headline.whoActs')}</dt>
            <dd>{codes(`actor.${facts.actor}`)}</dd>
          </>
        ) : null}
        {facts.retry ? (
          <>
            <dt>{t('headline.retry')}</dt>
            <dd>{codes(`retry.${facts.retry}`)}</dd>
          </>
        ) : null}
      </dl>
      <p className="hint">{t('headline.basedOn', { code: finding.code })}</p>
    </section>
  )
}
