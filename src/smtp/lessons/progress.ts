// Learn progress as data: which exercises of which lesson are solved. Parsing never throws and keeps
// only ids that still exist, so saved progress from an older version of the path cannot break a page.
import { LESSONS, type Lesson, type LessonId } from './lessons'

export type Progress = Readonly<Partial<Record<LessonId, readonly string[]>>>
export type LessonStatus = 'done' | 'in-progress' | 'not-started'

export const NO_PROGRESS: Progress = {}

/** Saved JSON → progress; anything unreadable counts as no progress. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return NO_PROGRESS
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return NO_PROGRESS
  }
  if (typeof value !== 'object' || value === null) return NO_PROGRESS
  const saved = value as Record<string, unknown>
  const out: Partial<Record<LessonId, string[]>> = {}
  for (const lesson of LESSONS) {
    const solved = saved[lesson.id]
    if (!Array.isArray(solved)) continue
    const kept = lesson.exercises.filter((id) => solved.includes(id))
    if (kept.length > 0) out[lesson.id] = kept
  }
  return out
}

export function solvedIn(progress: Progress, lesson: LessonId): readonly string[] {
  return progress[lesson] ?? []
}

export function lessonStatus(progress: Progress, lesson: Lesson): LessonStatus {
  const solved = solvedIn(progress, lesson.id)
  if (solved.length === 0) return 'not-started'
  return lesson.exercises.every((id) => solved.includes(id)) ? 'done' : 'in-progress'
}

export function withSolved(progress: Progress, lesson: LessonId, exercise: string): Progress {
  const solved = solvedIn(progress, lesson)
  if (solved.includes(exercise)) return progress
  return { ...progress, [lesson]: [...solved, exercise] }
}

export function withoutLesson(progress: Progress, lesson: LessonId): Progress {
  if (!(lesson in progress)) return progress
  const { [lesson]: _dropped, ...rest } = progress
  return rest
}

export function hasProgress(progress: Progress): boolean {
  return Object.values(progress).some((solved) => solved && solved.length > 0)
}

/** Where to continue: the first lesson in path order that is not done (undefined when all are). */
export function firstUnfinished(progress: Progress): LessonId | undefined {
  return LESSONS.find((lesson) => lessonStatus(progress, lesson) !== 'done')?.id
}
