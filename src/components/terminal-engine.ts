// The SMTP engine behind a terminal (the simulator's and Learn's), downloaded once, on first use.
import type * as TerminalSession from '../smtp/scenarios/terminal-session'

/** The longest line a terminal takes: longer than any the engine accepts (512 octets), so an over-long line still gets its 500 5.5.2. */
export const COMMAND_LINE_MAX = 1000

let engine: Promise<typeof TerminalSession> | undefined

export function loadTerminalEngine(): Promise<typeof TerminalSession> {
  engine ??= import('../smtp/scenarios/terminal-session')
  // A failed download must not poison every later attempt.
  engine.catch(() => {
    engine = undefined
  })
  return engine
}
