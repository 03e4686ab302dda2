import { getRouteApi } from '@tanstack/react-router'
import { lazy, Suspense, useCallback, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { useLocaleFiles } from '../../i18n/use-locale-files'
import { BOUNCE_EXAMPLES, type BounceExample } from '../../smtp/bounce/examples'
import type { BounceReport } from '../../smtp/bounce/report'
import { isScenarioId, type ScenarioId } from '../../smtp/scenarios/scenario-ids'
import { EmlFileInput, useEmlDrop } from './eml-file'
import { useBounceReport } from './use-bounce-report'
import './bounce.css'
import { bounceHead } from './head'

const loadResults = () => import('./bounce-results')
const BounceResults = lazy(loadResults)
/** The texts the results show: each reason's explanation and advice, vendors' codes, code titles. */
const RESULT_TEXTS = ['bounce/reasons', 'bounce/vendor', 'codes', 'enhanced']

const EXAMPLE_LABELS = {
  'gmail-unknown-user': 'examples.gmailUnknownUser',
  'postfix-mailbox-full': 'examples.postfixMailboxFull',
  'exchange-relay-denied': 'examples.exchangeRelayDenied',
  greylisting: 'examples.greylisting',
} as const satisfies Record<BounceExample['id'], string>

/**
 * Paste or open a bounce, see who failed, why, and what to do. The text lives only in this
 * component's state: never in the URL, never in storage, never sent anywhere. The analysis runs
 * in a worker (use-bounce-report.ts), so a 1 MB paste does not freeze the page.
 */
const route = getRouteApi('/$lang/bounce')

export function BouncePage() {
  const { t, i18n } = useTranslation(['common', 'bounce'])
  const [text, setText] = useState('')
  const [fileNote, setFileNote] = useState<string>()
  useScenarioExample(route.useSearch().example, setText)
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
  const onFile = useCallback(
    (result: { name: string; text?: string }) => {
      if (result.text === undefined) setFileNote(t('bounce:input.fileError', { name: result.name }))
      else {
        setText(result.text)
        setFileNote(t('bounce:input.fileRead', { name: result.name }))
      }
    },
    [t],
  )
  const drop = useEmlDrop(onFile)
  const { report, forText } = useBounceReport(text)
  const hasCodes = (report?.findings.length ?? 0) > 0
  // The results' code and texts come when the visitor reaches for the input (pointer, focus, a
  // dragged file), so they are usually in before the paste; a text set any other way asks too.
  const [reached, setReached] = useState(false)
  const inputArea = useCallback((area: HTMLDivElement | null) => {
    if (!area) return
    const reach = () => setReached(true)
    const signs = ['pointerenter', 'focusin', 'dragenter'] as const
    for (const sign of signs) area.addEventListener(sign, reach)
    return () => {
      for (const sign of signs) area.removeEventListener(sign, reach)
    }
  }, [])
  const wanted = reached || text !== ''
  useEffect(() => {
    // The code and the texts at once: a paste that comes first waits for both together.
    if (wanted) loadResults().catch(() => {})
  }, [wanted])
  const resultsReady = useLocaleFiles(RESULT_TEXTS, wanted)
  // Findings explain enhanced codes by their descriptions: fetched on the first finding.
  const textReady = useLocaleFiles(['enhanced/descriptions'], hasCodes)
  const inputId = useId()
  const hintId = useId()
  const fileHintId = useId()
  const current = report !== undefined && forText === text
  const stale = text !== '' && (!current || !resultsReady || (hasCodes && !textReady))

  return (
    <div className="page bounce-page">
      <PageHeader {...bounceHead(i18n)} />
      <div className="bounce-input" ref={inputArea}>
        <label htmlFor={inputId}>{t('bounce:input.label')}</label>
        <p id={hintId} className="hint">
          {t('bounce:input.hint')}
        </p>
        <textarea
          ref={box}
          id={inputId}
          aria-describedby={`${hintId} ${fileHintId}`}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setFileNote(undefined)
          }}
          {...drop}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          translate="no"
        />
        <div className="bounce-actions">
          <EmlFileInput onFile={onFile} hintId={fileHintId} />
          <span className="examples-label" id={`${inputId}-examples`}>
            {t('bounce:examples.label')}
          </span>
          <ul className="example-buttons" aria-labelledby={`${inputId}-examples`}>
            {BOUNCE_EXAMPLES.map((example) => (
              <li key={example.id}>
                <button
                  type="button"
                  onClick={() => {
                    setText(example.text)
                    setFileNote(undefined)
                  }}
                >
                  {t(`bounce:${EXAMPLE_LABELS[example.id]}`)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="clear"
            onClick={() => {
              setText('')
              setFileNote(undefined)
            }}
            disabled={text === ''}
          >
            {t('bounce:input.clear')}
          </button>
        </div>
        <p id={fileHintId} className="hint">
          {t('bounce:input.fileHint')}
        </p>
      </div>

      <p role="status" className="bounce-status" aria-busy={stale}>
        {fileNote ? `${fileNote} ` : ''}
        <StatusText text={text} report={current ? report : undefined} waiting={stale} />
      </p>
      {current && report.truncated ? <p className="notice">{t('bounce:text.truncated')}</p> : null}

      {report && resultsReady && (hasCodes || report.recipients.length > 0) ? (
        <Suspense fallback={null}>
          <BounceResults report={report} stale={stale} withCodes={hasCodes && textReady} />
        </Suspense>
      ) : null}
    </div>
  )
}

function StatusText({
  text,
  report,
  waiting,
}: {
  text: string
  report: BounceReport | undefined
  waiting: boolean
}) {
  const { t } = useTranslation('bounce')
  if (!text.trim()) return t('status.empty')
  if (waiting || !report) return t('status.reading')
  const failed = report.recipients.filter((r) => r.action === 'failed').length
  const delayed = report.recipients.filter((r) => r.action === 'delayed').length
  const first = report.headline
  if (first?.reason === 'auto-reply') return t('status.autoReply')
  if (first?.reason === 'challenge') return t('status.challenge')
  if (first?.reason === 'moderation') return t('status.moderation')
  if (first?.reason === 'quarantined' && failed === 0) return t('status.quarantined')
  if (failed > 0) return t('status.failed', { count: failed })
  if (report.recipients.some((r) => r.action === 'not-sent')) return t('status.notSent')
  if (delayed > 0) return t('status.delayed', { count: delayed })
  if (report.recipients.some((r) => r.reason === 'complaint')) return t('status.complaint')
  // "relayed" and "expanded" (RFC 3464 §2.3.3) say it was passed on, not that a mailbox got it.
  if (first?.reason === 'delivered' && first.action === 'relayed') return t('status.relayed')
  if (first?.reason === 'delivered' && first.action === 'expanded') return t('status.expanded')
  if (first?.reason === 'delivered') return t('status.delivered')
  if (first && first.action === null) return t('status.causeOnly')
  if (report.findings.length === 0) return t('status.none')
  return `${t('status.noFailure')} ${t('status.found', { count: report.findings.length })}`
}

/**
 * `?example=<scenario id>` (from the simulator's "What the sender receives"): the bounce that
 * scenario ends in, written from its build-time run. Downloaded only when asked for.
 */
function useScenarioExample(example: ScenarioId | undefined, setText: (text: string) => void) {
  useEffect(() => {
    // Checked again here: the router passes a raw param through even when validateSearch drops it.
    if (!isScenarioId(example)) return
    let live = true
    Promise.all([import('../../prebuilt/simulator-data'), import('../../smtp/scenarios/dsn-writer')]).then(
      ([{ scenarioRun }, { dsnForRun }]) => {
        const dsn = dsnForRun(scenarioRun(example))
        if (live && dsn) setText(dsn)
      },
    )
    return () => {
      live = false
    }
  }, [example, setText])
}
