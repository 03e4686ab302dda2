// The Learn path's progress, kept in memory for the visit and saved to localStorage when it can be.
// Storage may be missing (server render), blocked (private mode, a policy) or throw on any access:
// nothing here ever throws, and `saved` tells the page when progress lasts only for this visit.

import type { LessonId } from '../smtp/lessons/lessons'
import {
  NO_PROGRESS,
  type Progress,
  parseProgress,
  withoutLesson,
  withSolved,
} from '../smtp/lessons/progress'

export const PROGRESS_KEY = 'smtp-code-lab.learn-progress'

export interface ProgressState {
  progress: Progress
  /** False once storage failed: progress then lasts only for this visit. */
  saved: boolean
  /** False until read in the browser: the prerendered page knows nothing of the visitor's progress. */
  loaded: boolean
}

export interface ProgressStore {
  getSnapshot(): ProgressState
  subscribe(listener: () => void): () => void
  solve(lesson: LessonId, exercise: string): void
  resetLesson(lesson: LessonId): void
}

/** Before the browser has read storage (and on the server): no progress, nothing to warn about. */
export const UNLOADED: ProgressState = { progress: NO_PROGRESS, saved: true, loaded: false }

export function createProgressStore(storage: () => Storage | undefined): ProgressStore {
  let state: ProgressState | undefined
  // The saved text `state` was parsed from: storage is read on every snapshot (cheap), so progress
  // saved by another tab or cleared by the visitor shows on the next render.
  let parsedFrom: string | null | undefined
  // Once storage has failed, memory is the only truth for the rest of the visit.
  let memoryOnly = false
  const listeners = new Set<() => void>()

  const read = (): ProgressState => {
    if (!memoryOnly) {
      try {
        const s = storage()
        if (!s) throw new Error('no storage')
        const raw = s.getItem(PROGRESS_KEY)
        if (state === undefined || raw !== parsedFrom) {
          parsedFrom = raw
          state = { progress: parseProgress(raw), saved: true, loaded: true }
        }
        return state
      } catch {
        memoryOnly = true
      }
    }
    if (state?.saved !== false)
      state = { progress: state?.progress ?? NO_PROGRESS, saved: false, loaded: true }
    return state
  }

  const update = (next: (progress: Progress) => Progress) => {
    const current = read()
    const progress = next(current.progress)
    if (progress === current.progress) return
    let saved = !memoryOnly
    if (saved) {
      try {
        const s = storage()
        if (!s) throw new Error('no storage')
        const raw = JSON.stringify(progress)
        s.setItem(PROGRESS_KEY, raw)
        parsedFrom = raw
      } catch {
        memoryOnly = true
        saved = false
      }
    }
    state = { progress, saved, loaded: true }
    for (const listener of listeners) listener()
  }

  return {
    getSnapshot: read,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    solve: (lesson, exercise) => update((p) => withSolved(p, lesson, exercise)),
    resetLesson: (lesson) => update((p) => withoutLesson(p, lesson)),
  }
}
