// The Learn path's lesson ids, in teaching order. Kept apart from the lessons themselves
// (lessons.ts) so that checking a `/learn/<lesson>/` URL costs the first download a list of names.
export const LESSON_IDS = [
  'mail-session',
  'reply-codes',
  'open-and-close',
  'envelope',
  'retry-or-give-up',
  'enhanced-codes',
  'extensions',
  'reading-bounces',
] as const

export type LessonId = (typeof LESSON_IDS)[number]

export function isLessonId(value: unknown): value is LessonId {
  return (LESSON_IDS as readonly unknown[]).includes(value)
}
