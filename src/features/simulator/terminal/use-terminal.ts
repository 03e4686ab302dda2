// The "try it yourself" terminal's session. The page shows the server's greeting from build-time
// data (simulator-data.ts), so it is ready to type into at once; the engine is downloaded when the
// learner first focuses the input (load()) or sends a line, and the live session starts then.
// React state holds only what is shown, rebuilt from what each line returned, so a re-render never
// talks to the engine twice.
import { useRef, useState } from 'react'
import { COMMAND_LINE_MAX, loadTerminalEngine } from '../../../components/terminal-engine'
import { terminalGreeting } from '../../../prebuilt/simulator-data'
import type { PresetId } from '../../../smtp/engine/policy'
import type { Reply } from '../../../smtp/engine/reply'
import type { SessionState, SmtpSession } from '../../../smtp/engine/session'
import type { NarrationRef } from '../../../smtp/scenarios/scenarios-narration'

/** The log keeps this many entries; older ones scroll away for good, as in a real terminal's scrollback. */
export const MAX_LOG = 200
export const MAX_HISTORY = 50

export type TerminalEntry =
  | { id: number; side: 'client'; text: string }
  | { id: number; side: 'server'; reply: Reply; narration: NarrationRef }

interface TerminalView {
  entries: TerminalEntry[]
  nextId: number
  state: SessionState
  closed: boolean
  allowed: string[]
  /** The engine could not be downloaded (offline after a new version): say so instead of replying. */
  unavailable: boolean
}

function greetingView(preset: PresetId): TerminalView {
  const { replies, state, closed, allowed } = terminalGreeting(preset)
  const entries = replies.map(
    ({ reply, narration }, id): TerminalEntry => ({ id, side: 'server', reply, narration }),
  )
  return { entries, nextId: entries.length, state, closed, allowed, unavailable: false }
}

export function useTerminal() {
  const [preset, setPreset] = useState<PresetId>('default')
  const [view, setView] = useState(() => greetingView('default'))
  const [history, setHistory] = useState<string[]>([])
  // The live session for the current preset, started on the first line, dropped on reset.
  const session = useRef<SmtpSession | undefined>(undefined)
  // Lines are handled in order even while the engine is still downloading; a reset makes lines
  // still in flight for the old session go nowhere.
  const queue = useRef(Promise.resolve())
  const generation = useRef(0)

  const send = (raw: string) => {
    const line = raw.slice(0, COMMAND_LINE_MAX)
    if (view.closed) return
    // Like a shell: blank lines are not recalled, and a repeat of the last line is kept once.
    if (line.trim() !== '') setHistory((h) => (h.at(-1) === line ? h : [...h, line].slice(-MAX_HISTORY)))
    const turn = generation.current
    queue.current = queue.current.then(async () => {
      const live = await loadTerminalEngine().catch(() => undefined)
      if (turn !== generation.current) return
      if (!live) return setView((v) => ({ ...v, unavailable: true }))
      session.current ??= live.openTerminalSession(preset).session
      const current = session.current
      if (current.closed) return
      const replies = live.sendTerminalLine(current, line)
      setView((v) => {
        let id = v.nextId
        const added: TerminalEntry[] = [{ id: id++, side: 'client', text: line }]
        for (const { reply, narration } of replies) added.push({ id: id++, side: 'server', reply, narration })
        return {
          entries: [...v.entries, ...added].slice(-MAX_LOG),
          nextId: id,
          state: current.state,
          closed: current.closed,
          allowed: current.allowedCommands(),
          unavailable: false,
        }
      })
    })
  }

  return {
    preset,
    entries: view.entries,
    sessionState: view.state,
    closed: view.closed,
    allowed: view.allowed,
    unavailable: view.unavailable,
    history,
    send,
    /** Starts downloading the engine (on focus), so the first line is answered at once. */
    load: () => void loadTerminalEngine().catch(() => {}),
    reset: (next: PresetId = preset) => {
      generation.current++
      session.current = undefined
      setPreset(next)
      setView(greetingView(next))
    },
  }
}
