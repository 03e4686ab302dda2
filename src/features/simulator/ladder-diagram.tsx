import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'
import { decodeAuthLine } from './auth-decode'

interface Props {
  steps: readonly ScenarioStep[]
  current: number
  /** False while the current step's reply is on its way or waits for a guess. */
  revealed: boolean
  awaitingGuess: boolean
  onSelect: (index: number) => void
  hosts: { client: string; server: string }
}

/** A mark for each reply class, so the class never rests on colour alone. */
const CLASS_MARK: Record<string, string> = { '2': '✓', '3': '→', '4': '↻', '5': '✗' }

/**
 * The session as a sequence (ladder) diagram: the client's lifeline on the left, the server's on
 * the right, one arrow per command (to the right) and per reply (back to the left), drawn as the
 * session plays and growing downwards, so it fits a phone. After STARTTLS is accepted the rest sits
 * in an "encrypted" band. Each arrow is a button that goes to its step.
 */
export function LadderDiagram({ steps, current, revealed, awaitingGuess, onSelect, hosts }: Props) {
  const { t, i18n } = useTranslation('simulator')
  const tlsFrom = steps.findIndex((s) => /^STARTTLS$/i.test(s.sent[0] ?? '') && s.code === '220')
  const rows: (RowData | { id: string; later: number })[] = []
  for (const step of steps.slice(0, current + 1)) {
    const encrypted = tlsFrom >= 0 && step.index > tlsFrom
    const hidden = step.index === current && !revealed
    const isCurrent = step.index === current
    if (step.laterMinutes !== undefined) rows.push({ id: `${step.index}-later`, later: step.laterMinutes })
    // A batch (PIPELINING) goes out as one arrow per command, and its replies come back in order.
    const outs = step.kind === 'batch' ? step.sent : [undefined]
    outs.forEach((line, n) => {
      rows.push({
        id: `${step.index}-out-${n}`,
        step,
        direction: 'out',
        label: line ?? commandLabel(step, t, i18n.language),
        detail: line === undefined ? commandDetail(step) : undefined,
        encrypted,
        band: encrypted && step.index === tlsFrom + 1 && n === 0 ? t('ladder.encrypted') : undefined,
        isCurrent,
      })
    })
    const backs = step.kind === 'batch' ? step.replies : step.replies.slice(-1)
    backs.forEach((reply, n) => {
      rows.push({
        id: `${step.index}-back-${n}`,
        step,
        direction: 'back',
        label: hidden ? (awaitingGuess ? t('ladder.guess') : t('ladder.pending')) : replyLabel(reply.lines),
        detail: hidden ? undefined : replyDetail(step, reply.lines),
        code: hidden ? undefined : reply.code,
        encrypted,
        isCurrent,
      })
    })
  }
  return (
    <div className="ladder">
      <p className="ladder-heads">
        <span>
          {t('ladder.client')}{' '}
          <span className="party-host" translate="no">
            {hosts.client}
          </span>
        </span>
        <span>
          {t('ladder.server')}{' '}
          <span className="party-host" translate="no">
            {hosts.server}
          </span>
        </span>
      </p>
      <ol className="ladder-rows" aria-label={t('ladder.label')}>
        {rows.map((row) =>
          'later' in row ? (
            <li key={row.id} className="ladder-later">
              {t('ladder.later', { minutes: row.later })}
            </li>
          ) : (
            <Row key={row.id} {...row} onSelect={onSelect} />
          ),
        )}
      </ol>
    </div>
  )
}

interface RowData {
  id: string
  step: ScenarioStep
  direction: 'out' | 'back'
  label: string
  detail?: string[] | undefined
  code?: string | undefined
  encrypted: boolean
  band?: string | undefined
  isCurrent: boolean
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
}: Omit<RowData, 'id'> & { onSelect: (index: number) => void }) {
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

function replyLabel(lines: readonly string[]): string {
  // A multi-line reply shows its first line; the rest opens on demand.
  const first = lines[0] ?? ''
  return first.length > 60 ? `${first.slice(0, 57)}…` : first
}

function replyDetail(step: ScenarioStep, lines: readonly string[]): string[] | undefined {
  // Earlier replies of a non-batch step (rare) are shown with the last one's extra lines.
  const earlier = step.kind === 'batch' ? [] : step.replies.slice(0, -1).flatMap((r) => r.lines)
  const rest = [...earlier, ...lines.slice(1)]
  return rest.length > 0 ? rest : undefined
}
