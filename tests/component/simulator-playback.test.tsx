import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DWELL_MS, REDUCED_STEP_MS, TRAVEL_MS } from '../../src/features/simulator/use-playback'
import { mockReducedMotion, renderSimulator, settle, stepHeading } from './simulator-helpers'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** One full step at 1×: command out, reply back, pause. */
const STEP_MS = 2 * TRAVEL_MS + DWELL_MS

describe('simulator playback', () => {
  it('opens a deep link paused at that step (0-based), with the reply shown', async () => {
    const { router } = await renderSimulator('/en/simulator/?scenario=greylisting&step=3')
    expect(stepHeading()).toHaveTextContent('Step 4 of 12')
    expect(screen.getByRole('button', { name: /^Play$/ })).toBeInTheDocument()
    const details = screen.getByRole('article')
    expect(within(details).getByText(/S: 450 4\.7\.1/)).toBeInTheDocument()
    expect(within(details).getByRole('link', { name: '450' })).toHaveAttribute('href', '/en/codes/450/')
    expect(within(details).getByRole('link', { name: '4.7.1' })).toHaveAttribute('href', '/en/codes/4.7.1/')
    await settle(5 * STEP_MS)
    expect(router.state.location.search).toEqual({ scenario: 'greylisting', step: 3 })
  })

  it('falls back to the happy path and the nearest valid step on bad values', async () => {
    await renderSimulator('/en/simulator/?scenario=nope&step=99')
    expect(stepHeading()).toHaveTextContent('Step 10 of 10')
    expect(screen.getByRole('option', { name: 'A successful delivery' })).toHaveProperty('selected', true)
  })

  it('treats a step that is not a number as the first step', async () => {
    await renderSimulator('/en/simulator/?scenario=mailbox-full&step=abc')
    expect(stepHeading()).toHaveTextContent('Step 1 of 5')
    expect(screen.getByRole('button', { name: /First step/ })).toBeDisabled()
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled()
  })

  it('plays step by step, updates the URL without new history entries, and pauses', async () => {
    const { router, user } = await renderSimulator('/en/simulator/')
    const historyLength = router.history.length
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 2 of 10')
    expect(screen.getByText('The reply is on its way…')).toBeInTheDocument()
    await settle(2 * TRAVEL_MS)
    expect(within(screen.getByRole('article')).getByText(/S: 250 8BITMIME/)).toBeInTheDocument()
    await settle(DWELL_MS)
    expect(stepHeading()).toHaveTextContent('Step 3 of 10')
    expect(router.state.location.search).toEqual({ scenario: 'happy-path', step: 2 })
    expect(router.history.length).toBe(historyLength)

    await user.click(screen.getByRole('button', { name: /Pause/ }))
    await settle(10 * STEP_MS)
    expect(stepHeading()).toHaveTextContent('Step 3 of 10')
    // The step that was travelling still arrives.
    expect(within(screen.getByRole('article')).getByText(/S: 220 2\.0\.0/)).toBeInTheDocument()
  })

  it('plays to the end (220 first, 221 last) and stops there', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    expect(within(screen.getByRole('article')).getByText(/S: 220 mail\.example\.org/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle(12 * STEP_MS)
    expect(stepHeading()).toHaveTextContent('Step 10 of 10')
    expect(within(screen.getByRole('article')).getByText(/S: 221 2\.0\.0/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Play again/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Next/ })).toBeDisabled()
  })

  it('plays twice as fast at 2× and half as fast at 0.5×', async () => {
    const { user } = await renderSimulator('/en/simulator/?step=1')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '2×')
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle(STEP_MS / 2)
    expect(stepHeading()).toHaveTextContent('Step 4 of 10')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '0.5×')
    await settle(STEP_MS)
    expect(stepHeading()).toHaveTextContent('Step 4 of 10')
    await settle(STEP_MS)
    expect(stepHeading()).toHaveTextContent('Step 5 of 10')
  })

  it('steps with the buttons and the timeline markers; a step pushes a history entry', async () => {
    const { router, user } = await renderSimulator('/en/simulator/?scenario=relay-denied')
    await user.click(screen.getByRole('button', { name: /^Next/ }))
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 2 of 5')
    await user.click(screen.getByRole('button', { name: /Last step/ }))
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 5 of 5')
    await user.click(screen.getByRole('button', { name: /Previous/ }))
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 4 of 5')
    expect(within(screen.getByRole('article')).getByText(/S: 550 5\.7\.1/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Step 3: MAIL FROM:<dave@example.net>' }))
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 3 of 5')
    expect(screen.getByRole('button', { name: /^Step 3:/ })).toHaveAttribute('aria-current', 'step')
    router.history.back()
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 4 of 5')
  })

  it('answers the keyboard: Space, ←/→, Home/End, but not inside a text field', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.keyboard('{ArrowRight}')
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 2 of 10')
    await user.keyboard('{End}')
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 10 of 10')
    await user.keyboard('{ArrowLeft}')
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 9 of 10')
    await user.keyboard('{Home}')
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 1 of 10')
    await user.keyboard(' ')
    await settle()
    expect(screen.getByRole('button', { name: /Pause/ })).toBeInTheDocument()
    await user.keyboard(' ')
    await settle()
    expect(screen.getByRole('button', { name: /^Play$/ })).toBeInTheDocument()

    await user.click(screen.getByRole('textbox', { name: 'Your command' }))
    await user.keyboard('{End}{ArrowRight} ')
    await settle()
    expect(stepHeading()).toHaveTextContent('Step 2 of 10')
  })

  it('pauses when the tab is hidden', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle()
    Object.defineProperty(document, 'hidden', { configurable: true, value: true })
    document.dispatchEvent(new Event('visibilitychange'))
    await settle(10 * STEP_MS)
    Object.defineProperty(document, 'hidden', { configurable: true, value: false })
    expect(stepHeading()).toHaveTextContent('Step 2 of 10')
    expect(screen.getByRole('button', { name: /^Play$/ })).toBeInTheDocument()
  })

  it('with reduced motion shows each reply at once, without travel', async () => {
    mockReducedMotion(true)
    const { user } = await renderSimulator('/en/simulator/')
    await user.click(screen.getByRole('button', { name: /^Next/ }))
    await settle()
    expect(screen.queryByText('The reply is on its way…')).not.toBeInTheDocument()
    expect(within(screen.getByRole('article')).getByText(/S: 250 8BITMIME/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^Play$/ }))
    await settle(REDUCED_STEP_MS - 1)
    expect(stepHeading()).toHaveTextContent('Step 3 of 10')
    await settle(1)
    expect(stepHeading()).toHaveTextContent('Step 4 of 10')
  })

  it('announces each new step politely, but not the step a link opened', async () => {
    const { user } = await renderSimulator('/en/simulator/?scenario=unknown-user&step=3')
    const live = screen.getByRole('status', { name: 'Step announcements' })
    expect(live.textContent).toBe('')
    await user.click(screen.getByRole('button', { name: /^Next/ }))
    await settle()
    expect(live.textContent).toBe('')
    await settle(2 * TRAVEL_MS)
    expect(live).toHaveTextContent(
      'Step 5 of 8: RCPT TO:<nobody@example.org>. Reply 550, Mailbox unavailable.',
    )
  })

  it('switches scenario from the picker, starting at its first step', async () => {
    const { router, user } = await renderSimulator('/en/simulator/?step=4')
    const picker = screen.getByRole('combobox', { name: 'Scenario' })
    // Grouped by how the session ends.
    expect(
      within(picker).getByRole('group', { name: 'Temporary refusal (4xx): the client retries' }),
    ).toContainElement(screen.getByRole('option', { name: 'Mailbox full' }))
    await user.selectOptions(picker, 'Mailbox full')
    await settle()
    expect(router.state.location.search).toEqual({ scenario: 'mailbox-full', step: 0 })
    expect(screen.getByRole('heading', { level: 2, name: 'Mailbox full' })).toBeInTheDocument()
    expect(stepHeading()).toHaveTextContent('Step 1 of 5')
  })
})
