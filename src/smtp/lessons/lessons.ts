// The Learn path: eight lessons in teaching order, what each one practises and what it talks about
// elsewhere in the app. Light on purpose (no exercise bodies): code, compare and simulator pages
// read it to link back to the lesson that teaches them. The exercises are in exercises-*.ts.
import type { ScenarioId } from '../scenarios/scenario-ids'
import { LESSON_IDS, type LessonId } from './lesson-ids'

export { isLessonId, LESSON_IDS, type LessonId } from './lesson-ids'

export interface Lesson {
  id: LessonId
  /** Exercise ids in the order the lesson shows them; progress counts these. */
  exercises: readonly string[]
  /** Codes the lesson explains: their pages link back here (the first lesson listing a code wins). */
  codes: readonly string[]
  /** Simulator steps the text talks about; `code` is the step's reply code, checked by a unit test. */
  simulator: readonly { scenario: ScenarioId; step: number; code: string }[]
  /** Comparison cards the text talks about. */
  compare: readonly (readonly [string, string])[]
  /** The bounce a simulator scenario ends in, opened in the explainer (`/bounce/?example=<id>`). */
  bounceExample?: ScenarioId
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'mail-session',
    exercises: ['reach-354', 'order-session', 'after-dot'],
    codes: ['250', '354'],
    simulator: [
      { scenario: 'happy-path', step: 7, code: '354' },
      { scenario: 'happy-path', step: 8, code: '250' },
    ],
    compare: [['354', '250']],
  },
  {
    id: 'reply-codes',
    exercises: ['get-503', 'second-digit'],
    codes: ['500', '501', '503'],
    simulator: [{ scenario: 'bad-sequence', step: 2, code: '503' }],
    compare: [['501', '503']],
  },
  {
    id: 'open-and-close',
    exercises: ['quit-221', 'who-speaks-first', 'refused-greeting'],
    codes: ['220', '221', '554', '421'],
    simulator: [
      { scenario: 'happy-path', step: 0, code: '220' },
      { scenario: 'happy-path', step: 9, code: '221' },
      { scenario: 'connection-refused', step: 0, code: '554' },
    ],
    compare: [['220', '221']],
  },
  {
    id: 'envelope',
    exercises: ['two-recipients', 'data-after-refusal', 'order-envelope'],
    codes: ['550', '251', '551'],
    simulator: [{ scenario: 'unknown-user', step: 4, code: '550' }],
    compare: [['550', '551']],
  },
  {
    id: 'retry-or-give-up',
    exercises: ['greylist-retry', 'greylist-reply', 'mailbox-full'],
    codes: ['450', '451', '452', '552', '4.7.1'],
    simulator: [
      { scenario: 'greylisting', step: 3, code: '450' },
      { scenario: 'mailbox-full', step: 3, code: '452' },
    ],
    compare: [
      ['450', '550'],
      ['452', '552'],
    ],
  },
  {
    id: 'enhanced-codes',
    exercises: ['get-5-1-1', 'pair-class'],
    codes: ['5.1.1', '4.1.1', '2.1.5', '2.0.0'],
    simulator: [{ scenario: 'helo-basic', step: 3, code: '250' }],
    compare: [['550', '5.1.1']],
  },
  {
    id: 'extensions',
    exercises: ['list-extensions', 'size-too-big', 'after-starttls'],
    codes: ['235', '530', '535', '538', '454', '5.3.4'],
    simulator: [
      { scenario: 'happy-path', step: 1, code: '250' },
      { scenario: 'message-too-large', step: 2, code: '552' },
      { scenario: 'pipelining', step: 2, code: '354' },
    ],
    compare: [['530', '535']],
  },
  {
    id: 'reading-bounces',
    exercises: ['find-cause', 'find-recipient', 'find-remote'],
    codes: ['5.2.2', '5.7.1'],
    simulator: [{ scenario: 'unknown-user', step: 4, code: '550' }],
    compare: [['5.1.1', '5.1.2']],
    bounceExample: 'unknown-user',
  },
]

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id)
}

/** The lesson that teaches `code` ('550', '5.1.1'): the first one that lists it, in path order. */
export function lessonForCode(code: string): LessonId | undefined {
  return LESSONS.find((lesson) => lesson.codes.includes(code))?.id
}

/** The lesson that talks about a simulator scenario, or the first lesson (which is about a whole session). */
export function lessonForScenario(scenario: string): LessonId {
  return LESSONS.find((lesson) => lesson.simulator.some((s) => s.scenario === scenario))?.id ?? LESSON_IDS[0]
}

/** The lesson that shows this comparison card, else the lesson of either code. */
export function lessonForPair(a: string, b: string): LessonId | undefined {
  const shown = LESSONS.find((lesson) =>
    lesson.compare.some(([x, y]) => (x === a && y === b) || (x === b && y === a)),
  )
  return shown?.id ?? lessonForCode(a) ?? lessonForCode(b)
}

/** 'envelope' → 4: the number a learner sees. */
export function lessonNumber(id: LessonId): number {
  return LESSON_IDS.indexOf(id) + 1
}
