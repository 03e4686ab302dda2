import { useTranslation } from 'react-i18next'
import { GlossaryLink } from '../../components/glossary-link'
import { actionTextKey, reasonTextKey } from '../../i18n/bounce-text'
import { useDataText } from '../../i18n/dynamic-text'
import { NOT_A_BOUNCE } from '../../smtp/bounce/not-a-bounce'
import type { RecipientResult } from '../../smtp/bounce/report'
import { vendorReuseByKey } from '../../smtp/bounce/vendor'
import { FoundCode } from './found-code'

/**
 * The answer first: one line per failed or delayed recipient (who, why, which code, who acts),
 * then each recipient's details. The reason, not the code's subject digit, says who must act.
 */
export function BounceSummary({ recipients }: { recipients: readonly RecipientResult[] }) {
  const { t } = useTranslation('bounce')
  const text = useDataText('bounce')
  return (
    <section className="bounce-headline" aria-labelledby="bounce-headline-title">
      <h2 id="bounce-headline-title">{t('headline.heading')}</h2>
      {recipients.length > 1 ? (
        <ul className="recipient-lines" aria-label={t('summary.perRecipient')}>
          {recipients.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line per result, in the report's order
            <li key={i}>
              <span className="recipient" translate="no">
                {r.recipient ?? t('summary.noRecipient')}
              </span>
              {' — '}
              <strong>{text(reasonTextKey(r, 'title'))}</strong>
              {(r.enhanced ?? r.reply) ? (
                <>
                  {' — '}
                  <code translate="no">{r.enhanced ?? r.reply}</code>
                </>
              ) : null}
              {' — '}
              {text(reasonTextKey(r, 'whoActs'))}
            </li>
          ))}
        </ul>
      ) : null}
      {recipients.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one block per result, in the report's order
        <RecipientDetails key={i} result={r} several={recipients.length > 1} />
      ))}
    </section>
  )
}

function RecipientDetails({ result: r, several }: { result: RecipientResult; several: boolean }) {
  const { t } = useTranslation('bounce')
  const text = useDataText('bounce')
  const enhanced = useDataText('enhanced')
  const reuse = vendorReuseByKey(r.vendorUse)
  const codes = [r.reply, r.enhanced].filter((c): c is string => c !== null)
  return (
    <article className="recipient-result">
      <h3>
        {several || r.recipient ? (
          <span className="recipient" translate="no">
            {r.recipient ?? t('summary.noRecipient')}:{' '}
          </span>
        ) : null}
        {text(reasonTextKey(r, 'title'))}
      </h3>
      <p>{text(reasonTextKey(r, 'explanation'))}</p>
      {r.reason === 'expired' ? (
        <p className="expired-cause">
          {text('expiredBecause', {
            cause: r.cause ? text(`reason.${r.cause}.title`) : text('causeUnknown'),
          })}
        </p>
      ) : null}
      <dl className="facts">
        {r.recipient === null && r.named.length > 0 ? (
          <>
            <dt>{t('summary.named')}</dt>
            <dd>
              <ul className="named-addresses">
                {r.named.map((address) => (
                  <li key={address}>
                    <code translate="no">{address}</code>
                  </li>
                ))}
              </ul>
              {t('summary.namedNote', { count: r.named.length })}
            </dd>
          </>
        ) : null}
        {!NOT_A_BOUNCE.has(r.reason) ? (
          <>
            <dt>
              <GlossaryLink term="delivery">{t('summary.delivery')}</GlossaryLink>
            </dt>
            <dd>
              <strong>{text(actionTextKey(r, 'label'))}</strong>. {text(actionTextKey(r, 'retry'))}
            </dd>
          </>
        ) : null}
        <dt>{t('headline.whoActs')}</dt>
        <dd>{text(reasonTextKey(r, 'whoActs'))}</dd>
        <dt>{t('summary.whatToDo')}</dt>
        <dd>{text(reasonTextKey(r, 'advice'))}</dd>
        {reuse ? (
          <>
            <dt>{enhanced('reuse.label', { vendor: enhanced(`reuse.vendor.${reuse.vendor}`) })}</dt>
            <dd>{enhanced(`reuse.entry.${reuse.key}.meaning`)}</dd>
          </>
        ) : null}
        {codes.length > 0 ? (
          <>
            <dt>{t('summary.codes')}</dt>
            <dd className="summary-codes">
              {codes.map((code) => (
                <FoundCode key={code} code={code} reuse={code === r.enhanced ? reuse : undefined} />
              ))}
              {r.command ? (
                <span className="finding-command">
                  {t('findings.command')} <code translate="no">{r.command}</code>
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {r.diagnostic ? (
          <>
            <dt>{t('summary.serverSaid')}</dt>
            <dd>
              <code className="diagnostic" translate="no">
                {r.diagnostic}
              </code>
            </dd>
          </>
        ) : null}
        {r.remoteMta ? (
          <>
            <dt>
              <GlossaryLink term="receiving-server">{t('summary.remoteServer')}</GlossaryLink>
            </dt>
            <dd translate="no">{r.remoteMta}</dd>
          </>
        ) : null}
      </dl>
      <p className="hint">{r.from === 'dsn' ? t('summary.fromDsn') : t('summary.fromText')}</p>
    </article>
  )
}
