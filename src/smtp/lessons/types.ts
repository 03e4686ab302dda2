// The shapes of the Learn path's exercises. Pure data plus the checks in check.ts: the page, the
// unit test and any future tool read the same definitions. Texts (prompt, hint, explanation, why a
// wrong option is wrong) live in locales/<lng>/learn/<lesson>.json under
// `lessons.<lesson>.exercises.<exercise>`, keyed by the ids below.
import type { SessionState } from '../engine/context'
import type { PresetId } from '../engine/policy'
import type { ReplyReason } from '../engine/reasons'
import type { Reply } from '../engine/reply'

/** One reply the engine must have sent; every given field must match. */
export interface ReplyMatch {
  code?: string
  enhanced?: string
  reason?: ReplyReason
}

/**
 * Type commands to the real engine until it has sent `goal`, a list of replies in that order (other
 * replies may come between). Checked from what the engine answered, never from what was typed.
 */
export interface TerminalExercise {
  kind: 'terminal'
  id: string
  preset: PresetId
  goal: ReplyMatch[]
  /** Lines that reach the goal; the unit test types them. */
  solution: string[]
  /** Lines a learner typically tries that do not; the unit test proves they fail. */
  typicalWrong: string[]
}

/** A moment of a session; the learner picks the reply that comes next. */
export interface ChooseExercise {
  kind: 'choose'
  id: string
  /** Wire lines as the learner sees them: 'C: …' sent by the client, 'S: …' by the server. */
  moment: string[]
  /** Replies as they appear on the wire; each wrong one has its own explanation. */
  options: { id: string; reply: string }[]
  answer: string
  /**
   * The session that leads to the moment, replayed on the engine by the unit test: every line of
   * `moment` must occur in it and the correct option must be the engine's next reply, word for word.
   */
  replay: { preset: PresetId; lines: string[] }
  typicalWrong: string
}

/** Arrange blocks of client lines into a session the server accepts from the greeting to 221. */
export interface OrderExercise {
  kind: 'order'
  id: string
  preset: PresetId
  /** A block moves as one: a command, or a message's lines up to the final dot. */
  blocks: { id: string; lines: string[] }[]
  /** The order shown at first. */
  start: string[]
  /**
   * Every order the engine accepts. The unit test runs all permutations of the blocks through the
   * engine and proves this list is exactly the accepted ones, so the page needs no engine to check.
   */
  valid: string[][]
}

/** A real-looking bounce; the learner selects the line that holds the cause. */
export interface BounceExercise {
  kind: 'bounce'
  id: string
  /** The bounce as text, one entry per line (rendered as text, never as HTML). */
  lines: string[]
  /** Indexes of the lines that hold the cause. */
  answers: number[]
  typicalWrong: number
}

export type Exercise = TerminalExercise | ChooseExercise | OrderExercise | BounceExercise

/** What the engine has sent so far in a terminal exercise (greeting included) and where it is. */
export interface TerminalRun {
  replies: Reply[]
  state: SessionState
}

/**
 * A check's verdict. A wrong try names its hint (`hint`) and, for a wrong option, the key of the
 * text that says why that option is wrong (`options.<id>`).
 */
export type CheckResult = { solved: true } | { solved: false; hint: 'hint'; why?: string }
