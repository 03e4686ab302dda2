import { useTranslation } from 'react-i18next'
import { GlossaryLink } from '../../components/glossary-link'
import { type Envelope, envelopeAt } from '../../smtp/scenarios/envelope'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'

interface Props {
  steps: readonly ScenarioStep[]
  /** The last step whose reply the learner has seen (-1 before the greeting). */
  shown: number
}

/**
 * What the engine knows after the last reply shown: where the session is, which commands the
 * server would take now (the same list the terminal shows), and the envelope built so far.
 */
export function SessionFacts({ steps, shown }: Props) {
  const { t } = useTranslation('simulator')
  const step = steps[shown]
  const state = step?.session.state ?? 'idle'
  const allowed = step?.session.allowed ?? []
  const envelope = envelopeAt(steps, shown)
  return (
    <section className="session-facts" aria-labelledby="session-facts-title">
      <h3 id="session-facts-title">{t('facts.heading')}</h3>
      <dl>
        <dt>{t('facts.state')}</dt>
        <dd className={`session-state state-${state}`}>{t(`state.${state}`)}</dd>
        <dt>{t('facts.allowed')}</dt>
        <dd>
          {allowed.length > 0 ? (
            <span className="allowed-commands" translate="no">
              {allowed.map((verb) => (
                <code key={verb}>{verb}</code>
              ))}
            </span>
          ) : (
            t('facts.noCommands')
          )}
        </dd>
      </dl>
      <EnvelopeView envelope={envelope} />
    </section>
  )
}

function EnvelopeView({ envelope }: { envelope: Envelope }) {
  const { t, i18n } = useTranslation('simulator')
  if (!envelope.from) return <p className="hint">{t('envelope.empty')}</p>
  return (
    <div className="envelope">
      <h4>
        <GlossaryLink term="envelope">{t('envelope.heading')}</GlossaryLink>
      </h4>
      <dl>
        <dt>{t('envelope.from')}</dt>
        <dd>
          <code translate="no">{`<${envelope.from.address}>`}</code>{' '}
          <Verdict accepted={envelope.from.accepted} code={envelope.from.code} />
        </dd>
        <dt>{t('envelope.to')}</dt>
        <dd>
          {envelope.recipients.length === 0 ? (
            t('envelope.noRecipients')
          ) : (
            <ul>
              {envelope.recipients.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a recipient may be given twice; order is the key
                <li key={i} className={r.accepted ? 'accepted' : 'refused'}>
                  {r.accepted ? (
                    <code translate="no">{`<${r.address}>`}</code>
                  ) : (
                    <s>
                      <code translate="no">{`<${r.address}>`}</code>
                    </s>
                  )}{' '}
                  <Verdict accepted={r.accepted} code={r.enhanced ? `${r.code} ${r.enhanced}` : r.code} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {envelope.size !== undefined ? (
          <>
            <dt>{t('envelope.message')}</dt>
            <dd>
              {t('envelope.size', { size: envelope.size.toLocaleString(i18n.language) })}
              {envelope.queueId ? (
                <>
                  {', '}
                  {t('envelope.queued')} <code translate="no">{envelope.queueId}</code>
                </>
              ) : envelope.delivered === false ? (
                `, ${t('envelope.notAccepted')}`
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}

/** Accepted or refused, said in words (with a mark), never by colour alone. */
function Verdict({ accepted, code }: { accepted: boolean; code: string }) {
  const { t } = useTranslation('simulator')
  return (
    <span className={accepted ? 'verdict accepted' : 'verdict refused'}>
      {accepted ? '✓ ' : '✗ '}
      {accepted ? t('envelope.accepted') : t('envelope.refused')} <code translate="no">{code}</code>
    </span>
  )
}
