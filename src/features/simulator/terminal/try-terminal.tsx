import { type KeyboardEvent, memo, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommandLine } from '../../../components/command-line'
import { PRESET_IDS, type PresetId } from '../../../smtp/engine/policy'
import { TERMINAL_SERVER } from '../../../smtp/scenarios/terminal-hosts'
import { useNarration } from '../use-narration'
import { TerminalLog } from './terminal-log'
import { useTerminal } from './use-terminal'

/**
 * "Try it yourself": the learner types SMTP lines to the engine, as over telnet, and reads the
 * replies. Memoised: it shares nothing with playback, so a step change need not re-render it.
 */
export const TryTerminal = memo(function TryTerminal() {
  const { t } = useTranslation('simulator')
  const narration = useNarration()
  const terminal = useTerminal()
  const [input, setInput] = useState('')
  // Position in the history while browsing with ↑/↓; null = editing a new line.
  const [cursor, setCursor] = useState<number | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const logRef = useRef<HTMLDivElement>(null)
  const ids = { preset: useId() }

  // Keep the newest line in view, like a terminal. scrollTo is absent in jsdom.
  const count = terminal.entries.length
  useEffect(() => {
    const log = logRef.current
    if (log && count > 0) log.scrollTop = log.scrollHeight
  }, [count])

  const submit = () => {
    terminal.send(input)
    setInput('')
    setCursor(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { history } = terminal
    if (event.key === 'ArrowUp' && history.length > 0) {
      event.preventDefault()
      const next = cursor === null ? history.length - 1 : Math.max(0, cursor - 1)
      setCursor(next)
      setInput(history[next] ?? '')
    } else if (event.key === 'ArrowDown' && cursor !== null) {
      event.preventDefault()
      const next = cursor + 1
      setCursor(next >= history.length ? null : next)
      setInput(next >= history.length ? '' : (history[next] ?? ''))
    }
  }

  const insertVerb = (verb: string) => {
    setInput(`${verb} `)
    inputRef.current?.focus()
  }

  const hint = terminal.unavailable
    ? t('terminal.unavailable')
    : terminal.closed
      ? t('terminal.closed')
      : terminal.sessionState === 'data'
        ? t('terminal.inData')
        : terminal.sessionState === 'auth'
          ? t('terminal.inAuth')
          : null

  return (
    <section className="terminal" aria-labelledby="terminal-heading">
      <h2 id="terminal-heading">{t('terminal.heading')}</h2>
      <p className="hint">{t('terminal.intro', { server: TERMINAL_SERVER })}</p>
      <div className="terminal-options">
        <label htmlFor={ids.preset}>{t('terminal.preset')}</label>
        <select
          id={ids.preset}
          value={terminal.preset}
          onChange={(event) => terminal.reset(event.target.value as PresetId)}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {narration.preset(id)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => terminal.reset()}>
          {t('terminal.reset')}
        </button>
      </div>
      <TerminalLog ref={logRef} entries={terminal.entries} label={t('terminal.log')} narration={narration} />
      <CommandLine
        label={t('terminal.input')}
        sendLabel={t('terminal.send')}
        hint={hint ?? t('terminal.historyHint')}
        value={input}
        onChange={(value) => {
          setInput(value)
          setCursor(null)
        }}
        onSend={submit}
        disabled={terminal.closed}
        inputRef={inputRef}
        onKeyDown={onKeyDown}
        onFocus={terminal.load}
      />
      {terminal.allowed.length > 0 ? (
        <div className="allowed">
          <h3 id="allowed-heading">{t('terminal.allowed')}</h3>
          <ul aria-labelledby="allowed-heading">
            {terminal.allowed.map((verb) => (
              <li key={verb}>
                <button
                  type="button"
                  translate="no"
                  onClick={() => insertVerb(verb)}
                  aria-label={t('terminal.insert', { verb })}
                >
                  {verb}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
})
