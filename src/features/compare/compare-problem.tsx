import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { findEnhancedCode } from '../../smtp/codes/enhanced-codes'
import { nearestCodes } from '../../smtp/codes/nearest-codes'
import { findReplyCode } from '../../smtp/codes/reply-codes'
import { CURATED_PAIRS, describeCode } from '../../smtp/compare/compare'
import { codeSearchValue } from './search-value'
import './compare.css'
import { normalisedCode, sameCodeHead, unknownPairHead } from './pair-head'

/** Codes worth comparing with `code`: its curated partners, then related or paired codes from the catalogue. */
function partnersOf(code: string): string[] {
  const curated = CURATED_PAIRS.flatMap((p) => (p.a === code ? [p.b] : p.b === code ? [p.a] : []))
  const related = findReplyCode(code)?.related ?? findEnhancedCode(code)?.entry.basic ?? []
  return [...new Set([...curated, ...related])].filter((c) => c !== code).slice(0, 6)
}

function PairLink({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation()
  const lang = useCurrentLanguage()
  return (
    <Link to="/$lang/compare/$a/$b/" params={{ lang, a, b }}>
      {t('pages.comparePair.title', { a, b })}
    </Link>
  )
}

/** The same code on both sides: say so, and offer real pairs with it. */
export function SameCodePage({ code }: { code: string }) {
  const { t, i18n } = useTranslation('compare')
  const lang = useCurrentLanguage()
  const normalised = normalisedCode(code)
  const partners = partnersOf(normalised)
  return (
    <section className="page compare-problem">
      <PageHeader {...sameCodeHead(i18n, code)} />
      {partners.length > 0 ? (
        <>
          <h2>{t('ui.same.suggestions', { code: normalised })}</h2>
          <ul className="compare-link-list">
            {partners.map((other) => (
              <li key={other}>
                <PairLink a={normalised} b={other} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="actions">
        <Link to="/$lang/compare/" params={{ lang }} search={{ a: codeSearchValue(normalised) }}>
          {t('ui.same.pickAnother')}
        </Link>
        <CodeChip code={normalised} />
      </p>
    </section>
  )
}

/** One or both codes unknown: name them, suggest the nearest known codes, and offer the picker. */
export function UnknownCodePage({ a, b }: { a: string; b: string }) {
  const { t, i18n } = useTranslation('compare')
  const lang = useCurrentLanguage()
  const knownA = describeCode(a)?.code
  const knownB = describeCode(b)?.code
  // A replacement for each unknown side; the first suggestion stands in for the other side when
  // both are unknown, so every suggested link leads to a real card.
  const fixA = knownA ? [knownA] : nearestCodes(a)
  const fixB = knownB ? [knownB] : nearestCodes(b)
  const unknown = [
    ...(knownA ? [] : [{ raw: a, side: 'a' as const }]),
    ...(knownB ? [] : [{ raw: b, side: 'b' as const }]),
  ]
  return (
    <section className="page compare-problem">
      <PageHeader {...unknownPairHead(i18n, a, b)} />
      {unknown.map(({ raw, side }) => {
        const pairs = (side === 'a' ? fixA : fixB)
          .map((s) => (side === 'a' ? { a: s, b: fixB[0] ?? s } : { a: fixA[0] ?? s, b: s }))
          .filter((p) => p.a !== p.b)
        return (
          <div key={side}>
            <p>{t('ui.unknown.body', { code: raw })}</p>
            {pairs.length > 0 ? (
              <>
                <h2>{t('ui.unknown.suggestions', { code: raw })}</h2>
                <ul className="compare-link-list">
                  {pairs.map((p) => (
                    <li key={`${p.a}|${p.b}`}>
                      <PairLink a={p.a} b={p.b} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        )
      })}
      <p className="actions">
        <Link
          to="/$lang/compare/"
          params={{ lang }}
          search={knownA ? { a: codeSearchValue(knownA) } : knownB ? { b: codeSearchValue(knownB) } : {}}
        >
          {t('ui.unknown.pickAnother')}
        </Link>
        <Link to="/$lang/codes/" params={{ lang }}>
          {t('ui.unknown.browse')}
        </Link>
      </p>
    </section>
  )
}
