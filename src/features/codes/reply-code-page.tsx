import { useTranslation } from 'react-i18next'
import { GlossaryLink } from '../../components/glossary-link'
import { LearnLink } from '../../components/learn-link'
import { PageHeader } from '../../components/page-header'
import { useDataText } from '../../i18n/dynamic-text'
import { secondDigitOf } from '../../smtp/codes/reply-codes'
import type { ReplyCode } from '../../smtp/codes/types'
import { lessonForCode } from '../../smtp/lessons/lessons'
import { replyCodeHead } from './code-page-head'
import {
  ChipList,
  CompareLinks,
  CopyRow,
  comparePartners,
  References,
  Section,
  SimulatorLinks,
} from './code-sections'

/**
 * The reply as the RFC words it. Where two RFCs word it differently (454), each wording is shown
 * with its own source rather than joined into one line.
 */
function RfcWordings({ reply }: { reply: ReplyCode }) {
  const { t } = useTranslation('browser')
  if (!reply.rfcText) return null
  const others = reply.otherWordings ?? []
  const wordings = [{ text: reply.rfcText, ref: others.length > 0 ? reply.refs[0] : undefined }, ...others]
  return wordings.map(({ text, ref }) => (
    <figure className="rfc-text" key={text}>
      <blockquote lang="en" translate="no">
        {reply.code} {text}
      </blockquote>
      <figcaption>
        {ref ? t('code.rfcWordingIn', { rfc: ref.rfc, section: ref.section }) : t('code.rfcWording')}
      </figcaption>
    </figure>
  ))
}

/** Everything about one basic reply code; all prose comes from codes.json `reply.<code>`. */
export function ReplyCodePage({ reply }: { reply: ReplyCode }) {
  const { t, i18n } = useTranslation('browser')
  const codes = useDataText('codes')
  const { code } = reply
  const text = (field: string) => codes(`reply.${code}.${field}`)
  const cls = code.charAt(0)
  const second = secondDigitOf(code)
  const defined = reply.provenance !== 'non-standard'

  return (
    <article className="page code-page">
      <PageHeader {...replyCodeHead(i18n, reply)}>
        <p className="badges">
          <span className={`badge badge-class code-class-${cls}`}>
            {t('code.classBadge', { cls, name: codes(`class.${cls}.short`) })}
          </span>
          <span className={`badge badge-${reply.provenance}`}>
            {codes(`provenance.${reply.provenance}.name`)}
          </span>
        </p>
        <CopyRow code={code} example={reply.example} />
        <LearnLink lesson={lessonForCode(code)} />
      </PageHeader>

      <div className="code-grid">
        <Section id="meaning" title={t('code.meaning')}>
          <p>{text('description')}</p>
          <RfcWordings reply={reply} />
        </Section>

        <Section id="class" title={t('code.classHeading', { cls, name: codes(`class.${cls}.name`) })}>
          <p>{codes(`class.${cls}.meaning`)}</p>
          {second !== undefined ? (
            <p>
              <strong>
                {t('code.secondDigit', { digit: second, name: codes(`secondDigit.${second}.name`) })}
              </strong>{' '}
              {codes(`secondDigit.${second}.meaning`)}
            </p>
          ) : null}
        </Section>

        <Section id="when" title={t('code.whenYouSee')}>
          <p>{text('whenYouSee')}</p>
          <h3>{t('code.stages')}</h3>
          <ul className="tag-list">
            {reply.stages.map((stage) => (
              <li key={stage}>{codes(`stage.${stage}`)}</li>
            ))}
          </ul>
        </Section>

        <Section id="fix" title={t('code.howToFix')}>
          <h3>{t('code.fixSender')}</h3>
          <p>{text('fixSender')}</p>
          <h3>{t('code.fixAdmin')}</h3>
          <p>{text('fixAdmin')}</p>
        </Section>

        <Section id="act" title={t('code.whoActs')}>
          <dl className="facts">
            <dt>{t('code.actor')}</dt>
            <dd>{codes(`actor.${reply.actor}`)}</dd>
            <dt>
              <GlossaryLink term="retry">{t('code.retry')}</GlossaryLink>
            </dt>
            <dd>{codes(`retry.${reply.retry}`)}</dd>
          </dl>
        </Section>

        <Section id="example" title={t('code.example')}>
          <pre className="example-line" translate="no">
            <code>{reply.example}</code>
          </pre>
          <h3>{t('code.realWorld')}</h3>
          <p>{text('realWorld')}</p>
        </Section>

        <Section id="simulator" title={t('code.simulator')}>
          <SimulatorLinks code={code} />
        </Section>

        {reply.enhanced.length > 0 ? (
          <Section id="enhanced" title={t('code.usualEnhanced')}>
            <ChipList codes={reply.enhanced} />
          </Section>
        ) : null}

        {reply.related.length > 0 ? (
          <Section id="related" title={t('code.related')}>
            <ChipList codes={reply.related} />
          </Section>
        ) : null}

        <Section id="compare" title={t('code.compare')}>
          <CompareLinks code={code} partners={comparePartners(code, reply.related)} />
        </Section>

        <Section id="refs" title={defined ? t('code.refsDefined') : t('code.refsNonStandard')}>
          <p>{codes(`provenance.${reply.provenance}.description`)}</p>
          <References refs={reply.refs} />
        </Section>
      </div>
    </article>
  )
}
