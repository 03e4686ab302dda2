// Pieces shared by the reply and enhanced code pages: simulator links, compare links, chips with
// titles, references, and the copy row.
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { CopyButton } from '../../components/copy-button'
import { useCurrentLanguage } from '../../components/current-language'
import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import { scenarioStepsWithCode } from '../../prebuilt/scenario-index'
import { ENHANCED_DRAFT_REFS } from '../../smtp/codes/enhanced-codes'
import type { RfcRef } from '../../smtp/codes/types'
import { CURATED_PAIRS, describeCode } from '../../smtp/compare/compare'

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="code-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

/** Codes as chips, each followed by its title. */
export function ChipList({ codes }: { codes: readonly string[] }) {
  const { title } = useCodeText()
  return (
    <ul className="code-list compact">
      {codes.map((code) => (
        <li key={code}>
          <CodeChip code={code} />
          <span className="code-title">{title(code)}</span>
        </li>
      ))}
    </ul>
  )
}

/** "See it in the simulator": every scenario where the code occurs, opened at its first step. */
export function SimulatorLinks({ code }: { code: string }) {
  const { t } = useTranslation('browser')
  const scenarios = useDataText('scenarios')
  const lang = useCurrentLanguage()
  const found = scenarioStepsWithCode(code)
  if (found.length === 0) return <p>{t('code.simulatorNone')}</p>
  return (
    <ul className="link-column">
      {found.map(({ scenarioId, step }) => (
        <li key={scenarioId}>
          <Link to="/$lang/simulator/" params={{ lang }} search={{ scenario: scenarioId, step }}>
            {t('code.simulatorLink', { scenario: scenarios(`scenario.${scenarioId}.title`), step: step + 1 })}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** The natural comparisons: curated pairs with this code first, then the extra codes given. */
export function comparePartners(code: string, extra: readonly string[]): string[] {
  const curated = CURATED_PAIRS.filter((p) => p.a === code || p.b === code).map((p) =>
    p.a === code ? p.b : p.a,
  )
  return [...new Set([...curated, ...extra])]
    .filter((c) => c !== code && describeCode(c) !== undefined)
    .slice(0, 8)
}

export function CompareLinks({ code, partners }: { code: string; partners: readonly string[] }) {
  const { t } = useTranslation('browser')
  const lang = useCurrentLanguage()
  if (partners.length === 0) return null
  return (
    <ul className="link-column">
      {partners.map((other) => (
        <li key={other}>
          <Link to="/$lang/compare/$a/$b/" params={{ lang, a: code, b: other }}>
            {t('code.compareLink', { a: code, b: other })}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** RFC references as plain text ("RFC 5321 §4.2.3"); sections named by title stay words. */
export function References({ refs, draftFor }: { refs: readonly RfcRef[]; draftFor?: string }) {
  const { t } = useTranslation('browser')
  const draft = draftFor ? ENHANCED_DRAFT_REFS[draftFor] : undefined
  return (
    <ul className="refs">
      {refs.map((ref) => (
        <li key={`${ref.rfc}-${ref.section}`} translate="no">
          {/^\d/.test(ref.section)
            ? t('code.refNumbered', { rfc: ref.rfc, section: ref.section })
            : t('code.refNamed', { rfc: ref.rfc, section: ref.section })}
        </li>
      ))}
      {draft ? <li translate="no">{draft}</li> : null}
    </ul>
  )
}

/** Copy the code, the example line (when there is one) and the link to this page. */
export function CopyRow({ code, example }: { code: string; example?: string }) {
  const { t } = useTranslation('browser')
  return (
    <div className="copy-row">
      <CopyButton text={code} label={t('code.copyCode')} />
      {example ? <CopyButton text={example} label={t('code.copyExample')} /> : null}
      {/* Always rendered (no layout shift after hydration); the address is read on click. */}
      <CopyButton text={() => window.location.href} label={t('code.copyLink')} />
    </div>
  )
}
