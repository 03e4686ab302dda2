// Every exercise of the Learn path is solvable: its stored solution passes the check and a typical
// wrong try fails with a hint that exists in both languages. Facts are the engine's: terminal goals
// are reached by typing into the real engine, a moment's right reply is the engine's next reply word
// for word, and an order is valid exactly when the engine accepts it from the greeting to 221.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { POLICY_PRESETS, type PresetId } from '../../src/smtp/engine/policy'
import type { Reply } from '../../src/smtp/engine/reply'
import { createSession } from '../../src/smtp/engine/session'
import { checkBounceLine, checkChoice, checkOrder, checkTerminal } from '../../src/smtp/lessons/check'
import { EXERCISES } from '../../src/smtp/lessons/exercises/index'
import { LESSONS } from '../../src/smtp/lessons/lessons'
import type { CheckResult, Exercise, OrderExercise, TerminalRun } from '../../src/smtp/lessons/types'
import { scenarioSteps } from '../../src/smtp/scenarios/scenarios'

const LOCALES = join(import.meta.dirname, '../../locales')

/** `lessons.<lesson>.exercises.<id>` of one language, from its learn/<lesson>.json. */
function exerciseTexts(language: string, lesson: string, id: string): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(LOCALES, language, 'learn', `${lesson}.json`), 'utf8'))
  return file.lessons?.[lesson]?.exercises?.[id] ?? {}
}

function textAt(texts: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts)
}

/** Types `lines` into a fresh engine running `preset`: everything it sent, greeting included. */
function type(preset: PresetId, lines: readonly string[]): TerminalRun & { sent: string[] } {
  const session = createSession({ policy: POLICY_PRESETS[preset], hostname: 'mail.example.org' })
  const replies: Reply[] = [...session.open()]
  for (const line of lines) replies.push(...session.receive(line))
  return { replies, state: session.state, sent: [...lines] }
}

/**
 * An order the engine accepts: every block answered once (a command read as message content, or
 * sent after QUIT, gets no answer of its own), only 2xx/3xx replies, a message queued, 221 at the end.
 */
function engineAccepts(exercise: OrderExercise, order: readonly string[]): boolean {
  const lines = order.flatMap((id) => exercise.blocks.find((b) => b.id === id)?.lines ?? [])
  const { replies } = type(exercise.preset, lines)
  return (
    replies.length === exercise.blocks.length + 1 &&
    replies.every((r) => /^[23]/.test(r.code)) &&
    replies.some((r) => r.reason === 'messageQueued') &&
    replies.at(-1)?.reason === 'quitBye'
  )
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}

/** The check with the stored correct answer, and with the stored typical wrong one. */
function tryBoth(exercise: Exercise): { right: CheckResult; wrong: CheckResult } {
  switch (exercise.kind) {
    case 'terminal':
      return {
        right: checkTerminal(exercise, type(exercise.preset, exercise.solution)),
        wrong: checkTerminal(exercise, type(exercise.preset, exercise.typicalWrong)),
      }
    case 'choose':
      return {
        right: checkChoice(exercise, exercise.answer),
        wrong: checkChoice(exercise, exercise.typicalWrong),
      }
    case 'order':
      return {
        right: checkOrder(exercise, exercise.valid[0] ?? []),
        wrong: checkOrder(exercise, exercise.start),
      }
    case 'bounce':
      return {
        right: checkBounceLine(exercise, exercise.answers[0] ?? -1),
        wrong: checkBounceLine(exercise, exercise.typicalWrong),
      }
  }
}

const ALL = LESSONS.flatMap((lesson) =>
  EXERCISES[lesson.id].map((exercise) => ({ lesson: lesson.id, exercise })),
)

describe('learn exercises', () => {
  it('match the exercise ids each lesson lists, with ids unique in their lesson', () => {
    for (const lesson of LESSONS) {
      const ids = EXERCISES[lesson.id].map((e) => e.id)
      expect(ids, lesson.id).toEqual([...lesson.exercises])
      expect(lesson.exercises.length, lesson.id).toBeGreaterThanOrEqual(2)
    }
  })

  it.each(ALL.map(({ lesson, exercise }) => [`${lesson}/${exercise.id}`, lesson, exercise] as const))(
    '%s is solvable: the stored solution passes, the typical wrong try fails with its hint',
    (_name, lesson, exercise) => {
      const { right, wrong } = tryBoth(exercise)
      expect(right).toEqual({ solved: true })
      expect(wrong.solved).toBe(false)
      for (const language of ['en', 'tr']) {
        const texts = exerciseTexts(language, lesson, exercise.id)
        for (const key of ['prompt', 'hint', 'explanation'])
          expect(textAt(texts, key), `${language} ${key}`).toEqual(expect.any(String))
        if (!wrong.solved) {
          expect(textAt(texts, wrong.hint), `${language} hint`).toEqual(expect.any(String))
          if (wrong.why)
            expect(textAt(texts, wrong.why), `${language} ${wrong.why}`).toEqual(expect.any(String))
        }
      }
    },
  )

  it('explain every wrong option in both languages, and quote the engine for the moment and the answer', () => {
    for (const { lesson, exercise } of ALL) {
      if (exercise.kind !== 'choose') continue
      const name = `${lesson}/${exercise.id}`
      const ids = exercise.options.map((o) => o.id)
      expect(new Set(ids).size, name).toBe(ids.length)
      for (const option of exercise.options) {
        if (option.id === exercise.answer) continue
        const result = checkChoice(exercise, option.id)
        expect(result, name).toEqual({ solved: false, hint: 'hint', why: `options.${option.id}` })
        for (const language of ['en', 'tr'])
          expect(textAt(exerciseTexts(language, lesson, exercise.id), `options.${option.id}`), name).toEqual(
            expect.any(String),
          )
      }
      const before = type(exercise.replay.preset, exercise.replay.lines.slice(0, -1))
      const after = type(exercise.replay.preset, exercise.replay.lines)
      const next = after.replies.slice(before.replies.length)
      const answer = exercise.options.find((o) => o.id === exercise.answer)?.reply
      expect(
        exercise.replay.lines.length === 0 ? after.replies[0]?.lines[0] : next[0]?.lines.at(-1),
        name,
      ).toBe(answer)
      const wire = before.replies.flatMap((r) => r.lines)
      for (const line of exercise.moment) {
        if (line.startsWith('S: ')) expect(wire, `${name}: ${line}`).toContain(line.slice(3))
        else expect(exercise.replay.lines, `${name}: ${line}`).toContain(line.slice(3))
      }
    }
  })

  it('accept exactly the orders the engine accepts', () => {
    for (const { lesson, exercise } of ALL) {
      if (exercise.kind !== 'order') continue
      const ids = exercise.blocks.map((b) => b.id)
      expect([...exercise.start].sort(), exercise.id).toEqual([...ids].sort())
      const accepted = permutations(ids).filter((order) => engineAccepts(exercise, order))
      expect(
        accepted.map((o) => o.join()),
        `${lesson}/${exercise.id}`,
      ).toEqual(exercise.valid.map((o) => o.join()))
      expect(checkOrder(exercise, exercise.start).solved).toBe(false)
    }
  })

  it("accept every line that gives the server's cause: a wrapped reply's second line, a recipient's Status", () => {
    const bounce = (id: string) => {
      const found = ALL.find(({ exercise }) => exercise.id === id)?.exercise
      if (found?.kind !== 'bounce') throw new Error(`no bounce exercise ${id}`)
      return found
    }
    const pick = (id: string, start: string) => {
      const exercise = bounce(id)
      return checkBounceLine(
        exercise,
        exercise.lines.findIndex((line) => line.startsWith(start)),
      ).solved
    }
    expect(pick('find-cause', '    <bobb@example.org>: Recipient address rejected')).toBe(true)
    expect(pick('find-cause', 'Subject:')).toBe(false)
    expect(pick('find-recipient', 'Status: 5.2.2')).toBe(true)
    expect(pick('find-recipient', 'Status: 5.1.1')).toBe(false)
  })

  it('give every bounce line that holds the cause, and a typical wrong line', () => {
    for (const { exercise } of ALL) {
      if (exercise.kind !== 'bounce') continue
      for (const index of [...exercise.answers, exercise.typicalWrong])
        expect(exercise.lines[index], exercise.id).toEqual(expect.any(String))
      expect(exercise.answers).not.toContain(exercise.typicalWrong)
    }
  })
})

describe('lesson links', () => {
  it('point at simulator steps that carry the code the lesson talks about', () => {
    for (const lesson of LESSONS)
      for (const link of lesson.simulator)
        expect(scenarioSteps(link.scenario)[link.step]?.code, `${lesson.id} ${link.scenario}`).toBe(link.code)
  })

  it('have a text file per lesson in each language, and no other', () => {
    for (const language of ['en', 'tr']) {
      const files = readdirSync(join(LOCALES, language, 'learn')).sort()
      expect(files).toEqual(LESSONS.map((l) => `${l.id}.json`).sort())
    }
  })
})
