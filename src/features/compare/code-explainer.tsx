import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { enhancedTextKey } from '../../i18n/code-text'
import { subjectAndDetail } from '../../smtp/codes/enhanced-code-shape'
import type { ComparedCode } from '../../smtp/compare/compare'
import { useCompareLabels } from './use-compare-labels'

/** One side of the card: everything the catalogue says about one code, in the active language. */
export function CodeExplainer({ side, headingId }: { side: ComparedCode; headingId: string }) {
  const { t } = useTranslation('compare')
  const { codes, title, className } = useCompareLabels()
  return (
    <section className="compare-code" aria-labelledby={headingId}>
      <h2 id={headingId} className="compare-code-title">
        <CodeChip code={side.code} /> <span>{title(side)}</span>
      </h2>
      <p className="compare-code-kind">
        {t(`ui.codeKind.${side.kind}`)} · {className(side)}
      </p>
      {side.kind === 'reply' ? <ReplyText code={side.code} /> : <EnhancedText side={side} />}
      {side.retry ? (
        <>
          <h3>{t('ui.explain.retry')}</h3>
          <p>{codes(`retry.${side.retry}`)}</p>
        </>
      ) : null}
    </section>
  )
}

function ReplyText({ code }: { code: string }) {
  const { t } = useTranslation('compare')
  const { codes } = useCompareLabels()
  const key = `reply.${code}`
  return (
    <>
      <p className="compare-summary">{codes(`${key}.summary`)}</p>
      <h3>{t('ui.explain.description')}</h3>
      <p>{codes(`${key}.description`)}</p>
      <h3>{t('ui.explain.whenYouSee')}</h3>
      <p>{codes(`${key}.whenYouSee`)}</p>
      <h3>{t('ui.explain.fix')}</h3>
      <dl className="compare-fix">
        <dt>{t('ui.explain.fixSender')}</dt>
        <dd>{codes(`${key}.fixSender`)}</dd>
        <dt>{t('ui.explain.fixAdmin')}</dt>
        <dd>{codes(`${key}.fixAdmin`)}</dd>
      </dl>
    </>
  )
}

function EnhancedText({ side }: { side: ComparedCode }) {
  const { t } = useTranslation('compare')
  const { enhanced, className } = useCompareLabels()
  const subject = subjectAndDetail(side.code)?.subject ?? 0
  return (
    <>
      <h3>{t('ui.explain.description')}</h3>
      <p>{enhanced(`codes.${enhancedTextKey(side.code)}.description`)}</p>
      <h3>{t('ui.explain.subjectMeaning', { name: enhanced(`subject.${subject}.name`) })}</h3>
      <p>{enhanced(`subject.${subject}.meaning`)}</p>
      <h3>{t('ui.explain.classMeaning', { name: className(side) })}</h3>
      <p>{side.cls === 'X' ? t('ui.anyClassMeaning') : enhanced(`class.${side.cls}.meaning`)}</p>
    </>
  )
}
