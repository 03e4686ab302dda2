// Choices for "guess the reply": the right code plus plausible wrong ones. A distractor must
// be a code a server could really send at this point of the session (same stage in
// reply-codes.ts), preferably of the same class or a neighbouring one, so the guess is about
// meaning and not about which numbers exist at all.
import { REPLY_CODES } from '../../smtp/codes/reply-codes'
import type { Stage } from '../../smtp/codes/types'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'

const STAGE_BY_COMMAND: Record<string, Stage> = {
  ehlo: 'ehlo',
  helo: 'helo',
  starttls: 'starttls',
  authPlain: 'auth',
  authLogin: 'auth',
  auth: 'auth',
  authResponse: 'auth',
  authCancel: 'auth',
  mailFrom: 'mail',
  mailFromSize: 'mail',
  rcptTo: 'rcpt',
  data: 'data',
  message: 'data-end',
  rset: 'rset',
  noop: 'noop',
  vrfy: 'vrfy',
  help: 'help',
  quit: 'quit',
}

export function stageOfStep(step: ScenarioStep): Stage {
  if (step.kind === 'connect') return 'connection'
  return STAGE_BY_COMMAND[step.narration.command?.key ?? ''] ?? 'any'
}

/** A small stable hash, so the same step always offers the same choices (no flicker, stable tests). */
function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** 3–4 codes in numeric order, one of them `step.code`; [] for a step without a reply. */
export function guessChoices(step: ScenarioStep, seed: string): string[] {
  const answer = step.code
  if (!answer) return []
  const cls = Number(answer[0])
  const stage = stageOfStep(step)
  const order = (codes: string[]) => codes.sort((a, b) => hash(seed + a) - hash(seed + b))
  const standard = REPLY_CODES.filter((c) => c.provenance !== 'non-standard' && c.code !== answer)
  const atStage = standard.filter((c) => c.stages.includes(stage) || c.stages.includes('any'))
  const distance = (code: string) => Math.abs(Number(code[0]) - cls)
  const same = order(atStage.filter((c) => distance(c.code) === 0).map((c) => c.code))
  const near = order(atStage.filter((c) => distance(c.code) === 1).map((c) => c.code))
  // Fallbacks for stages with few codes: any standard code of the same or a neighbouring class.
  const spare = order(standard.filter((c) => distance(c.code) <= 1).map((c) => c.code))
  const picked: string[] = []
  for (const code of [...same.slice(0, 1), ...near.slice(0, 1), ...same, ...near, ...spare]) {
    if (picked.length === 3) break
    if (!picked.includes(code)) picked.push(code)
  }
  return [answer, ...picked].sort((a, b) => Number(a) - Number(b))
}
