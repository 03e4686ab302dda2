// A live engine session for the "try it yourself" terminal. The session object is mutable
// (the engine's own state machine); React state holds only the log, which is rebuilt from
// what each receive() returned, so a re-render never talks to the engine twice.
import { useState } from 'react'
import { POLICY_PRESETS, type PresetId } from '../../../smtp/engine/policy'
import type { Reply } from '../../../smtp/engine/reply'
import { createSession, type SmtpSession } from '../../../smtp/engine/session'
import { type NarrationRef, narrateReply } from '../../../smtp/scenarios-narration'

export const TERMINAL_SERVER = 'mail.example.org'
/** Longer than any line the engine accepts (512 octets, AUTH 12 288), so it still answers 500 5.5.2. */
export const MAX_INPUT = 1000
/** The log keeps this many entries; older ones scroll away for good, as in a real terminal's scrollback. */
export const MAX_LOG = 200
export const MAX_HISTORY = 50

export type TerminalEntry =
  | { id: number; side: 'client'; text: string }
  | { id: number; side: 'server'; reply: Reply; narration: NarrationRef }

interface TerminalState {
  session: SmtpSession
  entries: TerminalEntry[]
  nextId: number
}

function start(preset: PresetId, clientName: string): TerminalState {
  const session = createSession({ policy: POLICY_PRESETS[preset], hostname: TERMINAL_SERVER })
  const entries = session.open().map(
    (reply, i): TerminalEntry => ({
      id: i,
      side: 'server',
      reply,
      narration: narrateReply(reply, { session, server: TERMINAL_SERVER, client: clientName }),
    }),
  )
  return { session, entries, nextId: entries.length }
}

export function useTerminal(clientName: string) {
  const [preset, setPreset] = useState<PresetId>('default')
  const [state, setState] = useState(() => start('default', clientName))
  const [history, setHistory] = useState<string[]>([])

  const send = (raw: string) => {
    const line = raw.slice(0, MAX_INPUT)
    const { session } = state
    if (session.closed) return
    const replies = session.receive(line)
    const client = session.snapshot().helo ?? clientName
    let id = state.nextId
    const added: TerminalEntry[] = [{ id: id++, side: 'client', text: line }]
    for (const reply of replies)
      added.push({
        id: id++,
        side: 'server',
        reply,
        narration: narrateReply(reply, { session, server: TERMINAL_SERVER, client, line }),
      })
    setState({ session, entries: [...state.entries, ...added].slice(-MAX_LOG), nextId: id })
    // Like a shell: blank lines are not recalled, and a repeat of the last line is kept once.
    if (line.trim() !== '') setHistory((h) => (h.at(-1) === line ? h : [...h, line].slice(-MAX_HISTORY)))
  }

  return {
    preset,
    entries: state.entries,
    sessionState: state.session.state,
    closed: state.session.closed,
    allowed: state.session.allowedCommands(),
    history,
    send,
    reset: (next: PresetId = preset) => {
      setPreset(next)
      setState(start(next, clientName))
    },
  }
}
