// The line a learner types SMTP commands into, in the simulator's terminal and in a Learn
// exercise: a label, the "C:" prompt of a client's line, the input (no autocorrect, capitals or
// translation: commands are protocol text), the send button and the hint below.
import { type KeyboardEvent, type Ref, useId } from 'react'
import './command-line.css'
import { COMMAND_LINE_MAX } from './terminal-engine'

export interface CommandLineProps {
  label: string
  sendLabel: string
  hint: string
  value: string
  onChange: (value: string) => void
  /** The line is sent: the caller sends `value` and clears it. */
  onSend: () => void
  disabled: boolean
  inputRef?: Ref<HTMLInputElement>
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void
  onFocus?: () => void
}

export function CommandLine(props: CommandLineProps) {
  const ids = { input: useId(), hint: useId() }
  return (
    <form
      className="command-line"
      onSubmit={(event) => {
        event.preventDefault()
        props.onSend()
      }}
    >
      <label htmlFor={ids.input}>{props.label}</label>
      <div className="command-line-row">
        <span aria-hidden="true" className="prompt">
          C:
        </span>
        <input
          ref={props.inputRef}
          id={ids.input}
          value={props.value}
          maxLength={COMMAND_LINE_MAX}
          onChange={(event) => props.onChange(event.target.value)}
          onKeyDown={props.onKeyDown}
          onFocus={props.onFocus}
          disabled={props.disabled}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          translate="no"
          aria-describedby={ids.hint}
        />
        <button type="submit" disabled={props.disabled}>
          {props.sendLabel}
        </button>
      </div>
      <p id={ids.hint} className="hint">
        {props.hint}
      </p>
    </form>
  )
}
