import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SCENARIO_IDS } from '../../src/smtp/scenario-ids'
import { scenarioSteps } from '../../src/smtp/scenarios'
import { renderSimulator, settle } from './simulator-helpers'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const diagram = () => screen.getByRole('list', { name: 'Sequence diagram of the session so far' })

describe('the sequence diagram', () => {
  it('holds, at the last step of every scenario, one arrow per command and per reply of the transcript', async () => {
    for (const id of SCENARIO_IDS) {
      const steps = scenarioSteps(id)
      await renderSimulator(`/en/simulator/?scenario=${id}&step=${steps.length - 1}`)
      const arrows = within(diagram()).getAllByRole('button')
      const replies = steps.filter((s) => s.replies.length > 0).length
      expect(arrows, id).toHaveLength(steps.length + replies)
      cleanup()
      vi.useRealTimers()
    }
  })

  it('shows AUTH secrets decoded, marks the encrypted part and goes to a step from its arrow', async () => {
    const { router, user } = await renderSimulator('/en/simulator/?scenario=happy-path&step=9')
    const list = diagram()
    expect(within(list).getByText(/decoded: alice \/ correct-horse/)).toBeInTheDocument()
    expect(within(list).getByText('Encrypted (TLS) from here on')).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: /^Step 3, client to server: STARTTLS/ }))
    await settle()
    expect(router.state.location.search).toMatchObject({ scenario: 'happy-path', step: 2 })
  })

  it('marks a refusal by its code and a mark, not by colour alone', async () => {
    await renderSimulator('/en/simulator/?scenario=unknown-user&step=4')
    const refusal = within(diagram()).getByRole('button', { name: /^Step 5, server to client: 550 5\.1\.1/ })
    expect(refusal).toHaveTextContent('✗ 550 5.1.1')
  })
})
