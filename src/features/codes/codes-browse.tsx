import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import { ENHANCED_CODES, ENHANCED_SUBJECTS, subjectAndDetail } from '../../smtp/codes/enhanced-codes'
import { REPLY_CLASSES } from '../../smtp/codes/reply-codes'
import { type CodeFacts, catalogueFacts, matchesFilters } from '../../smtp/codes/search-filters'
import type { CodesSearch } from './codes-search-params'

interface Browse {
  reply: Map<string, CodeFacts[]>
  /** Subject → registry entries → the concrete codes (4.2.2, 5.2.2) the filters let through. */
  enhanced: Map<number, { id: string; deprecated: boolean; codes: string[] }[]>
  count: number
}

// Browsing needs no search corpus: facts come from src/smtp and text from the loaded language.
function browse(search: CodesSearch): Browse {
  const filters = {
    cls: search.class === undefined ? undefined : String(search.class),
    stage: search.stage,
    provenance: search.provenance,
  }
  const passing = new Map(
    catalogueFacts()
      .filter((f) => f.cls !== 'X' && matchesFilters(f, filters))
      .map((f) => [f.code, f]),
  )
  const reply = new Map<string, CodeFacts[]>()
  let count = 0
  for (const f of passing.values()) {
    if (f.kind !== 'reply') continue
    reply.set(f.cls, [...(reply.get(f.cls) ?? []), f])
    count++
  }
  const enhanced = new Map<number, { id: string; deprecated: boolean; codes: string[] }[]>()
  for (const entry of ENHANCED_CODES) {
    const codes = entry.classes.map((c) => `${c}.${entry.id}`).filter((c) => passing.has(c))
    if (codes.length === 0) continue
    const subject = subjectAndDetail(entry.id)?.subject ?? 0
    enhanced.set(subject, [
      ...(enhanced.get(subject) ?? []),
      { id: entry.id, deprecated: entry.deprecated, codes },
    ])
    count += codes.length
  }
  return { reply, enhanced, count }
}

export function useBrowseCount(search: CodesSearch): number {
  return useMemo(() => browse(search).count, [search])
}

/** Every code, basic ones by class and enhanced ones by subject, narrowed by the filters. */
export function CodesBrowse({ search }: { search: CodesSearch }) {
  const { t } = useTranslation('browser')
  const codes = useDataText('codes')
  const enhancedText = useDataText('enhanced')
  const { title } = useCodeText()
  const data = useMemo(() => browse(search), [search])

  return (
    <div className="codes-browse">
      {data.reply.size > 0 ? (
        <section aria-labelledby="browse-reply">
          <h2 id="browse-reply">{t('list.replyHeading')}</h2>
          {REPLY_CLASSES.filter((cls) => data.reply.has(String(cls))).map((cls) => (
            <section key={cls} aria-labelledby={`browse-class-${cls}`} className="code-group">
              <h3 id={`browse-class-${cls}`}>
                {t('list.classHeading', { cls, name: codes(`class.${cls}.name`) })}
              </h3>
              <p className="group-meaning">{codes(`class.${cls}.meaning`)}</p>
              <ul className="code-list">
                {data.reply.get(String(cls))?.map((f) => (
                  <li key={f.code}>
                    <CodeChip code={f.code} />
                    <span className="code-title">{title(f.code)}</span>
                    {f.provenance !== 'core' ? (
                      <span className={`badge badge-${f.provenance}`}>
                        {codes(`provenance.${f.provenance}.name`)}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
      {data.enhanced.size > 0 ? (
        <section aria-labelledby="browse-enhanced">
          <h2 id="browse-enhanced">{t('list.enhancedHeading')}</h2>
          {ENHANCED_SUBJECTS.filter((s) => data.enhanced.has(s)).map((subject) => (
            <section key={subject} aria-labelledby={`browse-subject-${subject}`} className="code-group">
              <h3 id={`browse-subject-${subject}`}>
                {t('list.subjectHeading', { subject, name: enhancedText(`subject.${subject}.name`) })}
              </h3>
              <ul className="code-list">
                {data.enhanced.get(subject)?.map((entry) => (
                  <li key={entry.id}>
                    <span className="chips">
                      {entry.codes.map((code) => (
                        <CodeChip key={code} code={code} />
                      ))}
                    </span>
                    <span className="code-title">{title(`X.${entry.id}`)}</span>
                    {entry.deprecated ? (
                      <span className="badge badge-deprecated">{t('list.deprecated')}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </div>
  )
}
