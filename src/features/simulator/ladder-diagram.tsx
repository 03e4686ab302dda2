import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ScenarioStep } from '../../smtp/scenarios'
import { decodeAuthLine } from './auth-decode'

interface Props {
  steps: readonly ScenarioStep[]
  current: number
  /** False while the current step's reply is on its way or waits for a guess. */
  revealed: boolean
  awaitingGuess: boolean
  onSelect: (index: number) => void
}

/** A mark for each reply class, so the class never rests on colour alone. */
const CLASS_MARK: Record<string, string> = { '2': '✓', '3': '→', '4': '⏳', '5': '✗' }

/**
 * The session as a sequence (ladder) diagram: the client's lifeline on the left, the server's on
 * the right, one arrow per command (to the right) and per reply (back to the left), drawn as the
 * session plays and growing downwards, so it fits a phone. After STARTTLS is accepted the rest sits
 * in an "encrypted" band. Each arrow is a button that goes to its step.
 */
export function LadderDiagram({ steps, current, revealed, awaitingGuess, onSelect }: Props) {
  const { t, i18n } = useTranslation('simulator')
  const tlsFrom = steps.findIndex((s) => /^STARTTLS$/i.test(s.sent[0] ?? '') && s.code === '220')
  const shown = steps.slice(0, current + 1)
  return (
    <div className="ladder">
      <p className="ladder-heads" aria-hidden="true">
        <span>{t('ladder.client')}</span>
        <span>{t('ladder.server')}</span>
      </p>
      <ol className="ladder-rows" aria-label={t('ladder.label')}>
        {shown.flatMap((step) => {
          const encrypted = tlsFrom >= 0 && step.index > tlsFrom
          const band = encrypted && step.index === tlsFrom + 1
          const hidden = step.index === current && !revealed
          const rows = [
            <Row
              key={`${step.index}-out`}
              step={step}
              direction="out"
              label={commandLabel(step, t, i18n.language)}
              detail={commandDetail(step)}
              encrypted={encrypted}
              band={band ? t('ladder.encrypted') : undefined}
              isCurrent={step.index === current}
              onSelect={onSelect}
            />,
          ]
          if (step.replies.length > 0)
            rows.push(
              <Row
                key={`${step.index}-back`}
                step={step}
                direction="back"
                label={hidden ? (awaitingGuess ? t('ladder.guess') : t('ladder.pending')) : replyLabel(step)}
                detail={hidden ? undefined : replyDetail(step)}
                code={hidden ? undefined : step.code}
                encrypted={encrypted}
                isCurrent={step.index === current}
                onSelect={onSelect}
              />,
            )
          return rows
        })}
      </ol>
    </div>
  )
}

function Row({
  step,
  direction,
  label,
  detail,
  code,
  encrypted,
  band,
  isCurrent,
  onSelect,
}: {
  step: ScenarioStep
  direction: 'out' | 'back'
  label: string
  detail?: string[]
  code?: string
  encrypted: boolean
  band?: string
  isCurrent: boolean
  onSelect: (index: number) => void
}) {
  const { t } = useTranslation('simulator')
  const cls = code?.charAt(0) ?? ''
  const mark = direction === 'back' && code ? `${CLASS_MARK[cls] ?? ''} ` : ''
  const classes = ['ladder-row', direction === 'out' ? 'to-server' : 'to-client']
  if (cls) classes.push(`code-class-${cls}`)
  if (encrypted) classes.push('encrypted')
  return (
    <li className={classes.join(' ')}>
      {band ? (
        <p className="ladder-band">
          <svg className="lock" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" />
          </svg>{' '}
          {band}
        </p>
      ) : null}
      <button
        type="button"
        className="ladder-arrow"
        aria-current={isCurrent ? 'step' : undefined}
        aria-label={t(direction === 'out' ? 'ladder.toServer' : 'ladder.toClient', {
          n: step.index + 1,
          label,
        })}
        onClick={() => onSelect(step.index)}
      >
        <svg className="arrow" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
          <line x1="0" y1="5" x2="100" y2="5" />
        </svg>
        <svg className="arrow-head" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M10 5 L0 0 L0 10 Z" />
        </svg>
        <span className="ladder-label" translate="no">
          {mark}
          {label}
        </span>
      </button>
      {detail && detail.length > 0 ? (
        <details className="ladder-more">
          <summary>{t('ladder.more', { count: detail.length })}</summary>
          <pre className="ladder-more-lines" translate="no">
            {detail.join('\n')}
          </pre>
        </details>
      ) : null}
    </li>
  )
}

type T = TFunction<'simulator'>

function commandLabel(step: ScenarioStep, t: T, language: string): string {
  if (step.kind === 'connect') return t('ladder.connect')
  if (step.kind === 'message') {
    const bytes = step.sent
      .slice(0, -1)
      .reduce(
        (n, line) => n + new TextEncoder().encode(line.startsWith('.') ? line.slice(1) : line).length + 2,
        0,
      )
    return t('ladder.message', { size: bytes.toLocaleString(language) })
  }
  const line = step.sent[0] ?? ''
  const decoded = decodeAuthLine(line)
  const shown = line.length > 48 ? `${line.slice(0, 45)}…` : line
  return decoded ? `${shown}  (${t('ladder.decoded', { text: decoded })})` : shown
}

function commandDetail(step: ScenarioStep): string[] | undefined {
  return step.kind === 'message' ? step.sent : undefined
}

function replyLabel(step: ScenarioStep): string {
  const lines = step.replies.flatMap((r) => r.lines)
  const last = step.replies[step.replies.length - 1]
  // The deciding reply is the last one; a multi-line reply shows its first line.
  const first = last?.lines[0] ?? lines[0] ?? ''
  return first.length > 60 ? `${first.slice(0, 57)}…` : first
}

function replyDetail(step: ScenarioStep): string[] | undefined {
  const lines = step.replies.flatMap((r) => r.lines)
  return lines.length > 1 ? lines.slice(1) : undefined
}
