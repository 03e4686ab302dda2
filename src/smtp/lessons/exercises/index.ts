// Every lesson's exercises, in the order lessons.ts lists their ids (a unit test keeps the two equal).
import type { LessonId } from '../lessons'
import type { Exercise } from '../types'
import { READING_BOUNCES } from './bounces'
import { ENHANCED_CODES, EXTENSIONS } from './extensions'
import { MAIL_SESSION, OPEN_AND_CLOSE, REPLY_CODES } from './session-basics'
import { ENVELOPE, RETRY_OR_GIVE_UP } from './transactions'

export const EXERCISES: Readonly<Record<LessonId, readonly Exercise[]>> = {
  'mail-session': MAIL_SESSION,
  'reply-codes': REPLY_CODES,
  'open-and-close': OPEN_AND_CLOSE,
  envelope: ENVELOPE,
  'retry-or-give-up': RETRY_OR_GIVE_UP,
  'enhanced-codes': ENHANCED_CODES,
  extensions: EXTENSIONS,
  'reading-bounces': READING_BOUNCES,
}
