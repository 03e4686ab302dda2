// The SMTP engine behind a terminal (the simulator's and Learn's), downloaded once, on first use.
import type * as TerminalSession from '../smtp/scenarios/terminal-session'

let engine: Promise<typeof TerminalSession> | undefined

export function loadTerminalEngine(): Promise<typeof TerminalSession> {
  engine ??= import('../smtp/scenarios/terminal-session')
  // A failed download must not poison every later attempt.
  engine.catch(() => {
    engine = undefined
  })
  return engine
}
