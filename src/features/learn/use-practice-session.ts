// A live engine session for a terminal exercise. The engine is the chunk the simulator's terminal
// already uses (smtp/scenarios/terminal-session), downloaded only when an exercise needs it, so the
// Learn pages themselves stay light. React state holds only what is shown and what the check reads.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SessionLogEntry } from '../../components/session-log-lines'
import { COMMAND_LINE_MAX, loadTerminalEngine } from '../../components/terminal-engine'
import type { PresetId } from '../../smtp/engine/policy'
import type { Reply } from '../../smtp/engine/reply'
import type { SessionState, SmtpSession } from '../../smtp/engine/session'
import type * as TerminalSession from '../../smtp/scenarios/terminal-session'

export type PracticeEntry = SessionLogEntry

export interface PracticeView {
  status: 'loading' | 'ready' | 'unavailable'
  entries: PracticeEntry[]
  /** Every reply the engine sent, greeting included: what the exercise's check reads. */
  replies: Reply[]
  state: SessionState
}

const LOADING: PracticeView = { status: 'loading', entries: [], replies: [], state: 'idle' }

function serverEntries(replies: Reply[], firstId: number): PracticeEntry[] {
  return replies.map((reply, i) => ({ id: firstId + i, side: 'server', reply }))
}

export function usePracticeSession(preset: PresetId) {
  const [view, setView] = useState<PracticeView>(LOADING)
  const live = useRef<{ module: typeof TerminalSession; session: SmtpSession }>(undefined)
  // A restart makes a connection still being opened for the old session go nowhere.
  const generation = useRef(0)

  const start = useCallback(() => {
    const turn = ++generation.current
    live.current = undefined
    setView(LOADING)
    loadTerminalEngine().then(
      (module) => {
        if (turn !== generation.current) return
        const { session, greeting } = module.openTerminalSession(preset)
        live.current = { module, session }
        const replies = greeting.replies.map((r) => r.reply)
        setView({ status: 'ready', entries: serverEntries(replies, 0), replies, state: session.state })
      },
      () => {
        if (turn === generation.current) setView({ ...LOADING, status: 'unavailable' })
      },
    )
  }, [preset])

  useEffect(() => {
    start()
  }, [start])

  const send = (raw: string) => {
    const current = live.current
    if (!current || current.session.closed) return
    const line = raw.slice(0, COMMAND_LINE_MAX)
    const replies = current.module.sendTerminalLine(current.session, line).map((r) => r.reply)
    setView((v) => {
      const client: PracticeEntry = { id: v.entries.length, side: 'client', text: line }
      return {
        status: 'ready',
        entries: [...v.entries, client, ...serverEntries(replies, v.entries.length + 1)],
        replies: [...v.replies, ...replies],
        state: current.session.state,
      }
    })
  }

  return { view, send, restart: start }
}
