import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import type { BounceFinding } from '../../smtp/bounce'
import { useFindingText } from './use-finding-text'

/** Every distinct code found, in text order, each explained in place. */
export function BounceFindings({ findings }: { findings: readonly BounceFinding[] }) {
  const { t } = useTranslation('bounce')
  const { title, summary } = useFindingText()
  return (
    <section aria-labelledby="bounce-findings-title">
      <h2 id="bounce-findings-title">{t('findings.heading')}</h2>
      <ol className="findings">
        {findings.map((f) => (
          <li key={`${f.kind}:${f.code}:${f.command ?? ''}`} className="finding">
            <p className="finding-head">
              <CodeChip code={f.code} label={title(f.code)} />
              <span className="finding-kind">
                {f.kind === 'reply' ? t('findings.reply') : t('findings.enhanced')}
              </span>
              {f.command ? (
                <span className="finding-command">
                  {t('findings.command')} <code translate="no">{f.command}</code>
                </span>
              ) : null}
              <span className="finding-line">{t('findings.line', { line: f.line })}</span>
            </p>
            <p className="finding-title">{title(f.code)}</p>
            <p className="finding-summary">{summary(f.code)}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
