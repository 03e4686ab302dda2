import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { guessChoices } from '../../src/features/simulator/guess-choices'
import { TRAVEL_MS } from '../../src/features/simulator/use-playback'
import { scenarioSteps } from '../../src/smtp/scenarios/scenarios'
import { renderSimulator, settle, stepHeading } from './simulator-helpers'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('guess the reply', () => {
  it('offers 3–4 choices, the right one among them, from the same or a neighbouring class', () => {
    for (const step of scenarioSteps('unknown-user')) {
      const choices = guessChoices(step, `unknown-user:${step.index}`)
      expect(choices.length).toBeGreaterThanOrEqual(3)
      expect(choices.length).toBeLessThanOrEqual(4)
      expect(choices).toContain(step.code)
      expect(new Set(choices).size).toBe(choices.length)
      const cls = Number(step.code?.[0])
      for (const code of choices) expect(Math.abs(Number(code[0]) - cls)).toBeLessThanOrEqual(1)
    }
  })

  it('hides the reply until the learner guesses, explains the answer and keeps score', async () => {
    const { user } = await renderSimulator('/en/simulator/?scenario=greylisting&step=2')
    await user.click(screen.getByRole('checkbox', { name: 'Guess the reply' }))
    await user.click(screen.getByRole('button', { name: /^Next/ }))
    await settle(TRAVEL_MS)
    expect(stepHeading()).toHaveTextContent('Step 4 of 12')
    const question = screen.getByRole('group', { name: 'Which reply do you expect?' })
    const details = screen.getByRole('article')
    expect(within(details).queryByText(/S: 450/)).not.toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'Step announcements' })).toHaveTextContent(
      'Which reply do you expect?',
    )
    // Playing does not run past an open question.
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle(10_000)
    expect(stepHeading()).toHaveTextContent('Step 4 of 12')

    const wrong = within(question)
      .getAllByRole('button')
      .find((b) => b.textContent !== '450')
    if (!wrong) throw new Error('no wrong choice offered')
    await user.click(wrong)
    await settle(TRAVEL_MS)
    expect(screen.getByText(/Not this time: you picked/)).toHaveTextContent(/the server answered 450/)
    expect(within(details).getByText(/S: 450 4\.7\.1/)).toBeInTheDocument()
    expect(screen.getByText(/Score for this scenario: 0 of 1 guess right/)).toBeInTheDocument()

    // Play goes on after the answer; the next step with a reply (QUIT) asks again.
    await settle(2000)
    expect(stepHeading()).toHaveTextContent('Step 5 of 12')
    await settle(TRAVEL_MS)
    await user.click(
      within(screen.getByRole('group', { name: 'Which reply do you expect?' })).getByRole('button', {
        name: '221',
      }),
    )
    await settle(TRAVEL_MS)
    expect(screen.getByText('Right: 221 (Closing connection).')).toBeInTheDocument()
    // The step was announced with its question; the answer is announced without repeating it.
    const live = screen.getByRole('status', { name: 'Step announcements' })
    expect(live).toHaveTextContent('Right guess. Reply 221')
    expect(live).not.toHaveTextContent('Step 5 of 12')
    expect(screen.getByText(/Score for this scenario: 1 of 2 guesses right/)).toBeInTheDocument()
  })
})
