import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import { CommandLine } from '../../components/command-line'
import { SessionLogLines } from '../../components/session-log-lines'
import { checkTerminal } from '../../smtp/lessons/check'
import type { TerminalExercise as Exercise } from '../../smtp/lessons/types'
import { TERMINAL_SERVER } from '../../smtp/scenarios/terminal-hosts'
import { usePracticeSession } from './use-practice-session'
import type { OnVerdict } from './verdict'

/**
 * The learner types SMTP lines to the real engine. The goal is checked from the replies the engine
 * sent, never from what was typed: after every line (a reached goal is announced at once) and when
 * the learner asks with Check (then a missed goal gets its hint).
 */
export function TerminalExercise({ exercise, onVerdict }: { exercise: Exercise; onVerdict: OnVerdict }) {
  const { t } = useTranslation('learn')
  const { view, send, restart } = usePracticeSession(exercise.preset)
  const [input, setInput] = useState('')
  const logRef = useRef<HTMLDivElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const restartRef = useRef<HTMLButtonElement>(null)
  const reached = useRef(false)
  const closed = view.state === 'closed'

  // The input is disabled once the server hangs up; focus must not fall back to the page's start.
  useEffect(() => {
    if (closed && document.activeElement === document.body) restartRef.current?.focus()
  }, [closed])

  // Keep the newest line in view, like a terminal.
  const count = view.entries.length
  useEffect(() => {
    const log = logRef.current
    if (log && count > 0) log.scrollTop = log.scrollHeight
  }, [count])

  // A goal reached while typing is a solved exercise: say so without waiting for Check.
  const verdict = checkTerminal(exercise, view)
  useEffect(() => {
    if (!verdict.solved || reached.current) return
    reached.current = true
    onVerdict(verdict)
  }, [verdict, onVerdict])

  const hint =
    view.status === 'unavailable'
      ? t('exercise.terminal.unavailable')
      : view.status === 'loading'
        ? t('exercise.terminal.loading')
        : closed
          ? t('exercise.terminal.closed')
          : view.state === 'data'
            ? t('exercise.terminal.inData')
            : t('exercise.terminal.server', { server: TERMINAL_SERVER })

  return (
    <div className="exercise-body practice">
      <div
        ref={logRef}
        className="practice-log"
        role="log"
        aria-label={t('exercise.terminal.log')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable log must be reachable by keyboard
        tabIndex={0}
      >
        <SessionLogLines entries={view.entries} explain={(entry) => <CodeChip code={entry.reply.code} />} />
      </div>
      <CommandLine
        label={t('exercise.terminal.input')}
        sendLabel={t('exercise.terminal.send')}
        hint={hint}
        value={input}
        onChange={setInput}
        onSend={() => {
          send(input)
          setInput('')
        }}
        disabled={view.status !== 'ready' || closed}
        inputRef={inputRef}
      />
      <div className="exercise-actions">
        <button type="button" onClick={() => onVerdict(verdict)}>
          {t('exercise.check')}
        </button>
        <button
          ref={restartRef}
          type="button"
          onClick={() => {
            reached.current = false
            setInput('')
            restart()
            inputRef.current?.focus()
          }}
        >
          {t('exercise.terminal.restart')}
        </button>
      </div>
    </div>
  )
}
