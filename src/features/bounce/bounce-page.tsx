import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { useLocaleFiles } from '../../i18n/use-locale-files'
import { analyzeBounceDetailed, summarizeFindings } from '../../smtp/bounce'
import { BOUNCE_EXAMPLES, type BounceExample } from '../../smtp/bounce-examples'
import { BounceFindings } from './bounce-findings'
import { BounceHeadline } from './bounce-headline'
import { HighlightedText } from './highlighted-text'
import './bounce.css'

const EXAMPLE_LABELS = {
  'gmail-unknown-user': 'examples.gmailUnknownUser',
  'postfix-mailbox-full': 'examples.postfixMailboxFull',
  'exchange-relay-denied': 'examples.exchangeRelayDenied',
  greylisting: 'examples.greylisting',
} as const satisfies Record<BounceExample['id'], string>

/**
 * Paste a bounce, see its codes explained. The text lives only in this component's state: never in
 * the URL, never in storage. Analysis runs on a deferred copy so typing stays responsive even for a
 * huge paste (the analyzer itself is bounded: it scans at most 1 MiB and reports `truncated`).
 */
export function BouncePage() {
  const { t } = useTranslation(['common', 'bounce'])
  const [text, setText] = useState('')
  // The page is prerendered: text pasted while the app is still taking over can reach the box
  // without reaching React. A callback ref runs when the element is attached: read it then, and
  // keep a native listener for that window.
  const box = useCallback((el: HTMLTextAreaElement | null) => {
    if (!el) return
    const sync = () => setText(el.value)
    if (el.value) sync()
    el.addEventListener('input', sync)
    return () => el.removeEventListener('input', sync)
  }, [])
  const deferred = useDeferredValue(text)
  const analysis = useMemo(() => analyzeBounceDetailed(deferred), [deferred])
  const headline = useMemo(() => summarizeFindings(analysis.findings), [analysis])
  // Findings explain enhanced codes by their descriptions: fetched on the first finding, not with the page.
  const textReady = useLocaleFiles(['enhanced/descriptions'], headline !== undefined)
  const inputId = useId()
  const hintId = useId()
  // Found codes are shown once their text is here: until then the status says so, not "found".
  const reading = headline !== undefined && !textReady
  const stale = text !== deferred || reading

  const status = !deferred.trim()
    ? t('bounce:status.empty')
    : analysis.findings.length === 0
      ? t('bounce:status.none')
      : reading
        ? t('bounce:status.reading')
        : t('bounce:status.found', { count: analysis.findings.length })

  return (
    <div className="page bounce-page">
      <PageHeader title={t('pages.bounce.title')} description={t('pages.bounce.description')} />
      <div className="bounce-input">
        <label htmlFor={inputId}>{t('bounce:input.label')}</label>
        <p id={hintId} className="hint">
          {t('bounce:input.hint')}
        </p>
        <textarea
          ref={box}
          id={inputId}
          aria-describedby={hintId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          translate="no"
        />
        <div className="bounce-actions">
          <span className="examples-label" id={`${inputId}-examples`}>
            {t('bounce:examples.label')}
          </span>
          <ul className="example-buttons" aria-labelledby={`${inputId}-examples`}>
            {BOUNCE_EXAMPLES.map((example) => (
              <li key={example.id}>
                <button type="button" onClick={() => setText(example.text)}>
                  {t(`bounce:${EXAMPLE_LABELS[example.id]}`)}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="clear" onClick={() => setText('')} disabled={text === ''}>
            {t('bounce:input.clear')}
          </button>
        </div>
      </div>

      <p role="status" className="bounce-status" aria-busy={stale}>
        {status}
      </p>
      {analysis.truncated ? <p className="notice">{t('bounce:text.truncated')}</p> : null}

      {headline && textReady ? (
        <div className={stale ? 'bounce-results stale' : 'bounce-results'}>
          <BounceHeadline finding={headline} />
          <BounceFindings findings={analysis.findings} />
          <HighlightedText text={deferred} occurrences={analysis.occurrences} />
        </div>
      ) : null}
    </div>
  )
}
