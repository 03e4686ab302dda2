import { useState } from 'react'
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'

/** The learner's guesses, per scenario and step, and the score they add up to for one scenario. */
export function useGuesses(scenarioId: string, steps: ScenarioStep[]) {
  const [answers, setAnswers] = useState<Record<string, Record<number, string>>>({})
  const mine = answers[scenarioId] ?? {}
  const answered = Object.keys(mine).length
  const correct = Object.entries(mine).filter(([index, code]) => steps[Number(index)]?.code === code).length
  return {
    chosen: (step: number): string | undefined => mine[step],
    choose: (step: number, code: string) =>
      setAnswers((all) => ({ ...all, [scenarioId]: { ...all[scenarioId], [step]: code } })),
    reset: () => setAnswers((all) => ({ ...all, [scenarioId]: {} })),
    score: { correct, answered },
  }
}
