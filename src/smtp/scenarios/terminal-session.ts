// The "try it yourself" terminal's server: a fresh engine session for a policy preset, and what it
// says on connect. The greetings are also computed at build time (build/scenario-modules-plugin.ts)
// so the simulator page can show the terminal ready to type into before the engine downloads.
import { POLICY_PRESETS, PRESET_IDS, type PresetId } from '../engine/policy'
import type { Reply } from '../engine/reply'
import { createSession, type SessionState, type SmtpSession } from '../engine/session'
import { type NarrationRef, narrateReply } from './scenarios-narration'

import { TERMINAL_CLIENT, TERMINAL_SERVER } from './terminal-hosts'

export { TERMINAL_CLIENT, TERMINAL_SERVER } from './terminal-hosts'

export interface NarratedReply {
  reply: Reply
  narration: NarrationRef
}

/** The session's state right after connecting, as the terminal shows it. */
export interface TerminalGreeting {
  replies: NarratedReply[]
  state: SessionState
  closed: boolean
  allowed: string[]
}

/** Connects to a server running `preset`: the live session and its greeting. */
export function openTerminalSession(preset: PresetId): { session: SmtpSession; greeting: TerminalGreeting } {
  const session = createSession({ policy: POLICY_PRESETS[preset], hostname: TERMINAL_SERVER })
  const replies = session.open().map((reply) => ({
    reply,
    narration: narrateReply(reply, { session, server: TERMINAL_SERVER, client: TERMINAL_CLIENT }),
  }))
  const greeting = {
    replies,
    state: session.state,
    closed: session.closed,
    allowed: session.allowedCommands(),
  }
  return { session, greeting }
}

/** Sends one line; the replies come narrated with the client's own name once it gave one. */
export function sendTerminalLine(session: SmtpSession, line: string): NarratedReply[] {
  const replies = session.receive(line)
  const client = session.snapshot().helo ?? TERMINAL_CLIENT
  return replies.map((reply) => ({
    reply,
    narration: narrateReply(reply, { session, server: TERMINAL_SERVER, client, line }),
  }))
}

/** Every preset's greeting: deterministic, so computed once at build time. */
export function terminalGreetings(): Record<PresetId, TerminalGreeting> {
  return Object.fromEntries(PRESET_IDS.map((id) => [id, openTerminalSession(id).greeting])) as Record<
    PresetId,
    TerminalGreeting
  >
}
