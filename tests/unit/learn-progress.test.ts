// Learn progress: parsed defensively, and kept for the visit when storage is missing or throws.
import { describe, expect, it } from 'vitest'
import { createProgressStore, PROGRESS_KEY } from '../../src/components/learn-progress-store'
import { LESSONS } from '../../src/smtp/lessons/lessons'
import {
  firstUnfinished,
  hasProgress,
  lessonStatus,
  parseProgress,
  withSolved,
} from '../../src/smtp/lessons/progress'

/** A Storage backed by a Map, as localStorage behaves when it works. */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  }
}

/** A Storage whose every access throws, as a blocked origin's does. */
function throwingStorage(): Storage {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail }
}

const [first, second] = LESSONS
if (!first || !second) throw new Error('the path has lessons')

describe('learn progress data', () => {
  it('reads only known lessons and exercises, and never throws on junk', () => {
    for (const junk of [null, '', '{', 'null', '42', '[]', '{"mail-session": "x"}'])
      expect(parseProgress(junk)).toEqual({})
    expect(
      parseProgress(JSON.stringify({ 'mail-session': ['reach-354', 'gone'], nope: ['x'], envelope: [] })),
    ).toEqual({ 'mail-session': ['reach-354'] })
  })

  it('tells done, in progress and not started apart, and where to continue', () => {
    let progress = withSolved({}, first.id, first.exercises[0] ?? '')
    expect(hasProgress(progress)).toBe(true)
    expect(lessonStatus(progress, first)).toBe('in-progress')
    expect(lessonStatus(progress, second)).toBe('not-started')
    expect(firstUnfinished(progress)).toBe(first.id)
    for (const id of first.exercises) progress = withSolved(progress, first.id, id)
    expect(lessonStatus(progress, first)).toBe('done')
    expect(firstUnfinished(progress)).toBe(second.id)
  })
})

describe('learn progress store', () => {
  it('saves to storage and reads it back on the next visit', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage)
    store.solve(first.id, 'reach-354')
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toEqual({ 'mail-session': ['reach-354'] })
    const next = createProgressStore(() => storage).getSnapshot()
    expect(next).toEqual({ progress: { 'mail-session': ['reach-354'] }, saved: true, loaded: true })
  })

  it('keeps progress for the visit and says so when storage throws', () => {
    const store = createProgressStore(throwingStorage)
    let calls = 0
    store.subscribe(() => calls++)
    expect(() => store.solve(first.id, 'reach-354')).not.toThrow()
    expect(store.getSnapshot()).toEqual({
      progress: { 'mail-session': ['reach-354'] },
      saved: false,
      loaded: true,
    })
    expect(calls).toBe(1)
    store.resetLesson(first.id)
    expect(store.getSnapshot().progress).toEqual({})
  })

  it('survives storage that cannot even be reached, or that fails only on write', () => {
    const unreachable = createProgressStore(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    unreachable.solve(second.id, second.exercises[0] ?? '')
    expect(unreachable.getSnapshot().saved).toBe(false)
    expect(hasProgress(unreachable.getSnapshot().progress)).toBe(true)

    const full = memoryStorage()
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    const store = createProgressStore(() => full)
    expect(store.getSnapshot().saved).toBe(true)
    store.solve(first.id, 'reach-354')
    expect(store.getSnapshot()).toMatchObject({ saved: false, progress: { 'mail-session': ['reach-354'] } })
  })

  it('resets one lesson and leaves the others', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage)
    store.solve(first.id, first.exercises[0] ?? '')
    store.solve(second.id, second.exercises[0] ?? '')
    store.resetLesson(first.id)
    expect(parseProgress(storage.getItem(PROGRESS_KEY))).toEqual({ [second.id]: [second.exercises[0]] })
  })
})

describe('learn progress store, shared storage', () => {
  it('follows what another tab saved or the visitor cleared, with a stable snapshot in between', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage)
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    storage.setItem(PROGRESS_KEY, JSON.stringify({ envelope: ['two-recipients'] }))
    expect(store.getSnapshot().progress).toEqual({ envelope: ['two-recipients'] })
    storage.clear()
    expect(store.getSnapshot().progress).toEqual({})
  })
})
