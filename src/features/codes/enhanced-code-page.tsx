import { useTranslation } from 'react-i18next'
import { GlossaryLink } from '../../components/glossary-link'
import { LearnLink } from '../../components/learn-link'
import { PageHeader } from '../../components/page-header'
import { enhancedTextKey } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import { subjectAndDetail } from '../../smtp/codes/enhanced-code-shape'
import type { EnhancedClass, EnhancedCode } from '../../smtp/codes/types'
import { VENDOR_REUSED_CODES } from '../../smtp/codes/vendor-enhanced-codes'
import { describeCode } from '../../smtp/compare/compare'
import { lessonForCode } from '../../smtp/lessons/lessons'
import { enhancedCodeHead } from './code-page-head'
import {
  ChipList,
  CompareLinks,
  CopyRow,
  comparePartners,
  References,
  Section,
  SimulatorLinks,
} from './code-sections'

/** One enhanced status code (5.1.1) or its any-class form (X.1.1): class, subject and detail explained. */
export function EnhancedCodePage({
  entry,
  cls,
  registryText,
}: {
  entry: EnhancedCode
  cls: EnhancedClass | 'X'
  registryText: string | undefined
}) {
  const { t, i18n } = useTranslation('browser')
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const { subject, detail } = subjectAndDetail(entry.id) ?? { subject: 0, detail: 0 }
  const code = `${cls}.${entry.id}`
  const facts = describeCode(code)
  const text = (field: string) => enhanced(`codes.${enhancedTextKey(entry.id)}.${field}`)
  const concrete = entry.classes.map((c) => `${c}.${entry.id}`)
  // 5.1.1 compares naturally with 4.1.1 (same problem, other class); X.1.1 only with basic codes.
  const partners = comparePartners(code, [...entry.basic, ...(cls === 'X' ? [] : concrete)])
  // Registered codes some vendors send with a meaning of their own (Gmail's 5.7.27 for SPF). The X
  // page shows them in any class, even one the code is not listed for (Microsoft's 5.7.12; X.7.12 is 4.7.12).
  const reuses = VENDOR_REUSED_CODES.filter((v) =>
    cls === 'X' ? v.codes.some((c) => c.slice(c.indexOf('.') + 1) === entry.id) : v.codes.includes(code),
  )

  return (
    <article className="page code-page">
      <PageHeader {...enhancedCodeHead(i18n, { cls, entry })}>
        <p className="badges">
          <span className={`badge badge-class code-class-${cls}`}>
            {cls === 'X'
              ? t('code.anyClass')
              : t('code.enhancedClassBadge', { cls, name: enhanced(`class.${cls}.name`) })}
          </span>
          {entry.deprecated ? <span className="badge badge-deprecated">{t('code.deprecated')}</span> : null}
        </p>
        <CopyRow code={code} />
        <LearnLink lesson={lessonForCode(code)} />
      </PageHeader>

      <div className="code-grid">
        <Section id="parts" title={t('code.parts')}>
          <dl className="facts">
            <dt>
              <GlossaryLink term="class">{t('code.partClass', { cls })}</GlossaryLink>
            </dt>
            <dd>{cls === 'X' ? t('code.anyClassMeaning') : enhanced(`class.${cls}.meaning`)}</dd>
            <dt>
              <GlossaryLink term="subject-detail">
                {t('code.partSubject', { subject, name: enhanced(`subject.${subject}.name`) })}
              </GlossaryLink>
            </dt>
            <dd>{enhanced(`subject.${subject}.meaning`)}</dd>
            <dt>{t('code.partDetail', { detail, name: text('title') })}</dt>
            <dd>{text('description')}</dd>
          </dl>
          {cls === 'X' ? (
            <>
              <h3>{t('code.concreteForms')}</h3>
              <ChipList codes={concrete} />
            </>
          ) : null}
        </Section>

        {facts ? (
          <Section id="act" title={t('code.whoActs')}>
            <dl className="facts">
              <dt>{t('code.actor')}</dt>
              <dd>{codes(`actor.${facts.actor}`)}</dd>
              {facts.retry ? (
                <>
                  <dt>
                    <GlossaryLink term="retry">{t('code.retry')}</GlossaryLink>
                  </dt>
                  <dd>{codes(`retry.${facts.retry}`)}</dd>
                </>
              ) : null}
            </dl>
            <p className="hint">{t('code.derivedNote')}</p>
          </Section>
        ) : null}

        {reuses.length > 0 ? (
          <Section id="real-world" title={t('code.realWorld')}>
            {reuses.map((v) => (
              <div key={v.key} className="vendor-reuse">
                <h3>{enhanced('reuse.label', { vendor: enhanced(`reuse.vendor.${v.vendor}`) })}</h3>
                <p>{enhanced(`reuse.entry.${v.key}.meaning`)}</p>
                <p className="hint">
                  {enhanced('reuse.source', { title: v.source.title, url: v.source.url })}
                </p>
              </div>
            ))}
          </Section>
        ) : null}

        <Section id="basic" title={t('code.associatedBasic')}>
          {entry.basic.length > 0 ? <ChipList codes={entry.basic} /> : <p>{t('code.noAssociatedBasic')}</p>}
        </Section>

        {cls !== 'X' ? (
          <Section id="simulator" title={t('code.simulator')}>
            <SimulatorLinks code={code} />
          </Section>
        ) : null}

        {partners.length > 0 ? (
          <Section id="compare" title={t('code.compare')}>
            <CompareLinks code={code} partners={partners} />
          </Section>
        ) : null}

        <Section id="refs" title={t('code.reference')}>
          {registryText ? (
            <figure className="rfc-text">
              <blockquote lang="en" translate="no">
                {registryText}
              </blockquote>
              <figcaption>
                <GlossaryLink term="iana-registry">{t('code.registryWording')}</GlossaryLink>
              </figcaption>
            </figure>
          ) : null}
          <References refs={entry.refs} draftFor={entry.id} />
        </Section>
      </div>
    </article>
  )
}
