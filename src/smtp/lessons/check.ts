// The checks behind every exercise. Pure and small: the page runs them without the engine (a
// terminal run is what the engine already answered), and the unit test proves each exercise
// solvable with them.
import type { Reply } from '../engine/reply'
import type {
  BounceExercise,
  CheckResult,
  ChooseExercise,
  OrderExercise,
  ReplyMatch,
  TerminalExercise,
  TerminalRun,
} from './types'

const SOLVED: CheckResult = { solved: true }
const HINT: CheckResult = { solved: false, hint: 'hint' }

export function checkChoice(exercise: ChooseExercise, option: string): CheckResult {
  if (option === exercise.answer) return SOLVED
  const known = exercise.options.some((o) => o.id === option)
  return known ? { solved: false, hint: 'hint', why: `options.${option}` } : HINT
}

export function checkOrder(exercise: OrderExercise, order: readonly string[]): CheckResult {
  const wanted = order.join('\n')
  return exercise.valid.some((valid) => valid.join('\n') === wanted) ? SOLVED : HINT
}

export function checkBounceLine(exercise: BounceExercise, line: number): CheckResult {
  return exercise.answers.includes(line) ? SOLVED : HINT
}

/** Solved once the engine has sent the goal's replies in order (others may come between). */
export function checkTerminal(exercise: TerminalExercise, run: TerminalRun): CheckResult {
  let next = 0
  for (const reply of run.replies) {
    const want = exercise.goal[next]
    if (want && matches(reply, want)) next++
  }
  return next === exercise.goal.length ? SOLVED : HINT
}

function matches(reply: Reply, want: ReplyMatch): boolean {
  return (
    (want.code === undefined || reply.code === want.code) &&
    (want.enhanced === undefined || reply.enhanced === want.enhanced) &&
    (want.reason === undefined || reply.reason === want.reason)
  )
}
