import { Link, useNavigate } from '@tanstack/react-router'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { useDataText } from '../../i18n/dynamic-text'
import { CURATED_PAIRS, describeCode } from '../../smtp/compare/compare'
import { CodePicker } from './code-picker'
import './compare.css'
import { compareIndexHead } from './head'

type Problem = 'missing' | 'same' | undefined

// The codes of the curated pairs: what the list offers before anything is typed.
const STARTERS = [...new Set(CURATED_PAIRS.flatMap((p) => [p.a, p.b]))]

/** `/{lang}/compare`: two searchable pickers and a Compare button, then the popular pairs. */
export function CompareIndexPage({ initialA, initialB }: { initialA: string; initialB: string }) {
  const { t } = useTranslation('compare')
  const { t: tc, i18n } = useTranslation()
  const teaser = useDataText('compare')
  const lang = useCurrentLanguage()
  const navigate = useNavigate()
  const errorId = useId()
  const [a, setA] = useState(describeCode(initialA)?.code ?? '')
  const [b, setB] = useState(describeCode(initialB)?.code ?? '')
  const [problem, setProblem] = useState<Problem>()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next: Problem = !a || !b ? 'missing' : a === b ? 'same' : undefined
    setProblem(next)
    if (next) {
      // Send keyboard and screen-reader users to the field that needs fixing.
      const inputs = event.currentTarget.querySelectorAll<HTMLInputElement>('input[role="combobox"]')
      inputs[!a || next === 'same' ? (a ? 1 : 0) : 1]?.focus()
      return
    }
    void navigate({ to: '/$lang/compare/$a/$b/', params: { lang, a, b } })
  }

  return (
    <div className="page">
      <PageHeader {...compareIndexHead(i18n)} />
      <form className="compare-form" aria-label={t('ui.picker.formLabel')} onSubmit={submit} noValidate>
        <p className="compare-form-hint">{t('ui.picker.hint')}</p>
        <CodePicker
          label={t('ui.picker.first')}
          value={a}
          initialText={initialA}
          onChange={setA}
          invalid={problem === 'missing' && !a}
          errorId={errorId}
          starters={STARTERS}
        />
        <CodePicker
          label={t('ui.picker.second')}
          value={b}
          initialText={initialB}
          onChange={setB}
          invalid={(problem === 'missing' && !b) || problem === 'same'}
          errorId={errorId}
          starters={STARTERS}
        />
        <div className="compare-form-footer">
          <button type="submit">{t('ui.picker.compare')}</button>
          <p id={errorId} className="compare-form-error" aria-live="polite">
            {problem === 'missing'
              ? t('ui.picker.errorMissing')
              : problem === 'same'
                ? t('ui.picker.errorSame')
                : ''}
          </p>
        </div>
      </form>
      <section className="compare-section" aria-labelledby="compare-popular">
        <h2 id="compare-popular">{t('ui.popular.title')}</h2>
        <p>{t('ui.popular.description')}</p>
        <ul className="compare-popular">
          {CURATED_PAIRS.map((pair) => (
            <li key={pair.id}>
              <Link to="/$lang/compare/$a/$b/" params={{ lang, a: pair.a, b: pair.b }}>
                {tc('pages.comparePair.title', { a: pair.a, b: pair.b })}
              </Link>
              <p>{teaser(`teaser.${pair.id}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
