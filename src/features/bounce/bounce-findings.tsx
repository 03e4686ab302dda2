import { useTranslation } from 'react-i18next'
import { GlossaryLink } from '../../components/glossary-link'
import type { BounceFinding } from '../../smtp/bounce/find-codes'
import { findVendorReuse } from '../../smtp/bounce/vendor'
import { FoundCode } from './found-code'
import { useFindingText } from './use-finding-text'

/** Every distinct code found, in text order, each explained in place with where it stood. */
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
              <FoundCode code={f.code} label={title(f.code)} reuse={findVendorReuse(f.code, f.context)} />
              <span className="finding-kind">
                {f.kind === 'reply' ? (
                  <GlossaryLink term="reply-code">{t('findings.reply')}</GlossaryLink>
                ) : (
                  <GlossaryLink term="enhanced-status-code">{t('findings.enhanced')}</GlossaryLink>
                )}
              </span>
              {f.command ? (
                <span className="finding-command">
                  {t('findings.command')} <code translate="no">{f.command}</code>
                </span>
              ) : null}
              <span className="finding-line">
                {t('findings.line', { line: f.line })},{' '}
                {t('findings.from', { source: t(`findings.source.${f.source ?? 'text'}`) })}
              </span>
            </p>
            <p className="finding-title">{title(f.code)}</p>
            <p className="finding-summary">{summary(f.code, f.context)}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
