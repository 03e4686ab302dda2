// Playback of one scenario: which phase the current step is in and whether it plays on.
//
// The step itself lives in the URL (the page passes `step` and `setStep`); this hook only
// adds what a link should not carry: playing/paused, speed and the animation phase. A phase
// belongs to one scenario+step, so any step change from outside (back button, a link, the
// scenario picker) simply shows that step finished: no effect has to reset anything.
import { useEffect, useState } from 'react'
import { useTimeout } from './use-timeout'

/**
 * - 'out'   the command (or, at step 0, the connection) is travelling to the server
 * - 'guess' guess mode: the command has arrived and the reply waits for the learner's guess
 * - 'back'  the reply is travelling back to the client
 * - 'done'  the step is complete and its reply is shown
 */
export type Phase = 'out' | 'guess' | 'back' | 'done'

export const SPEEDS = [0.5, 1, 2] as const
export type Speed = (typeof SPEEDS)[number]

/** Milliseconds at 1×: each leg of the trip, and the pause on a finished step while playing. */
export const TRAVEL_MS = 700
export const DWELL_MS = 1300
/** Without travel the step simply stays up this long before the next one. */
export const REDUCED_STEP_MS = 1600

interface Options {
  scenarioId: string
  step: number
  stepCount: number
  setStep: (step: number, replace: boolean) => void
  reducedMotion: boolean
  /** True when the learner still has to guess this step's reply. */
  needsGuess: (step: number) => boolean
}

export function usePlayback({ scenarioId, step, stepCount, setStep, reducedMotion, needsGuess }: Options) {
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<Speed>(1)
  const [phaseOf, setPhaseOf] = useState<{ key: string; phase: Phase } | null>(null)
  const key = `${scenarioId}:${step}`
  const phase: Phase = phaseOf?.key === key ? phaseOf.phase : 'done'
  const last = stepCount - 1
  const atStart = step <= 0
  const atEnd = step >= last

  const setPhase = (target: number, next: Phase) =>
    setPhaseOf({ key: `${scenarioId}:${target}`, phase: next })

  /** Moves to `target`; forward moves play the trip (and ask for a guess), jumps just show the step. */
  const enter = (target: number, { animate, replace }: { animate: boolean; replace: boolean }) => {
    const clamped = Math.min(last, Math.max(0, target))
    setStep(clamped, replace)
    if (!animate) setPhase(clamped, 'done')
    else if (!reducedMotion) setPhase(clamped, 'out')
    else setPhase(clamped, needsGuess(clamped) ? 'guess' : 'done')
  }

  const delay =
    phase === 'out' || phase === 'back'
      ? TRAVEL_MS / speed
      : phase === 'done' && playing
        ? (reducedMotion ? REDUCED_STEP_MS : DWELL_MS) / speed
        : null

  useTimeout(
    () => {
      if (phase === 'out') setPhase(step, needsGuess(step) ? 'guess' : 'back')
      else if (phase === 'back') setPhase(step, 'done')
      else if (atEnd) setPlaying(false)
      else enter(step + 1, { animate: true, replace: true })
    },
    delay,
    `${key}:${phase}:${playing}`,
  )

  // A hidden tab cannot be watched: stop rather than play on unseen.
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) setPlaying(false)
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => document.removeEventListener('visibilitychange', onVisibility)
  }, [])

  const play = () => {
    setPlaying(true)
    // From the end, play starts over; otherwise the next step comes at once, not after a pause.
    if (atEnd) enter(0, { animate: true, replace: true })
    else if (phase === 'done') enter(step + 1, { animate: true, replace: true })
  }

  return {
    phase,
    playing,
    speed,
    setSpeed,
    atStart,
    atEnd,
    play,
    pause: () => setPlaying(false),
    toggle: () => (playing ? setPlaying(false) : play()),
    next: () => {
      if (!atEnd) enter(step + 1, { animate: true, replace: false })
    },
    previous: () => {
      if (!atStart) enter(step - 1, { animate: false, replace: false })
    },
    first: () => enter(0, { animate: false, replace: false }),
    last: () => enter(last, { animate: false, replace: false }),
    goTo: (target: number) => enter(target, { animate: false, replace: false }),
    /** The guess is in: let the reply travel back (or just show it). */
    revealReply: () => setPhase(step, reducedMotion ? 'done' : 'back'),
  }
}

export type Playback = ReturnType<typeof usePlayback>
