import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SCENARIO_IDS } from '../../src/smtp/scenarios/scenario-ids'
import { scenarioSteps } from '../../src/smtp/scenarios/scenarios'
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
      // A batch (PIPELINING) is one arrow per command and one per reply; other steps one of each.
      const expected = steps.reduce(
        (n, s) =>
          n + (s.kind === 'batch' ? s.sent.length + s.replies.length : 1 + Math.min(1, s.replies.length)),
        0,
      )
      expect(arrows, id).toHaveLength(expected)
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

  it('shows a pipelined batch as its commands, then the replies in the same order', async () => {
    await renderSimulator('/en/simulator/?scenario=pipelining&step=2')
    const labels = within(diagram())
      .getAllByRole('button')
      .slice(-8)
      .map((b) => b.textContent)
    expect(labels).toEqual([
      'MAIL FROM:<dave@example.net>',
      'RCPT TO:<bob@example.org>',
      'RCPT TO:<nobody@example.org>',
      'DATA',
      expect.stringMatching(/^✓ 250 2\.1\.0/),
      expect.stringMatching(/^✓ 250 2\.1\.5/),
      expect.stringMatching(/^✗ 550 5\.1\.1/),
      expect.stringMatching(/^→ 354/),
    ])
  })

  it('shows greylisting over time: a refused session, "15 minutes later", and the retry delivered', async () => {
    const steps = scenarioSteps('greylisting')
    await renderSimulator(`/en/simulator/?scenario=greylisting&step=${steps.length - 1}`)
    const list = diagram()
    expect(within(list).getByText('15 minutes later')).toBeInTheDocument()
    const replies = within(list)
      .getAllByRole('button', { name: /server to client: (450|250 2\.1\.5)/ })
      .map((b) => b.textContent?.slice(0, 9))
    expect(replies).toEqual(['↻ 450 4.7', '✓ 250 2.1'])
    expect(within(list).getAllByRole('button', { name: /server to client: 220 / })).toHaveLength(2)
  })

  it('marks a refusal by its code and a mark, not by colour alone', async () => {
    await renderSimulator('/en/simulator/?scenario=unknown-user&step=4')
    const refusal = within(diagram()).getByRole('button', { name: /^Step 5, server to client: 550 5\.1\.1/ })
    expect(refusal).toHaveTextContent('✗ 550 5.1.1')
  })
})

describe('what the sender receives', () => {
  it('shows the bounce an unknown recipient ends in and opens it in the explainer', async () => {
    const steps = scenarioSteps('unknown-user')
    const { user, router } = await renderSimulator(
      `/en/simulator/?scenario=unknown-user&step=${steps.length - 1}`,
    )
    const section = screen.getByRole('region', { name: 'What the sender receives' })
    await user.click(within(section).getByRole('button', { name: 'Show the bounce' }))
    await settle()
    expect(within(section).getByText(/Final-Recipient: rfc822; nobody@example\.org/)).toBeInTheDocument()
    await user.click(
      within(section).getByRole('link', { name: 'Explain this bounce in the bounce explainer' }),
    )
    await settle()
    expect(router.state.location.pathname).toBe('/en/bounce/')
    expect(router.state.location.search).toEqual({ example: 'unknown-user' })
  })

  it('is not offered when nobody was refused for good', async () => {
    const steps = scenarioSteps('happy-path')
    await renderSimulator(`/en/simulator/?scenario=happy-path&step=${steps.length - 1}`)
    expect(screen.queryByRole('region', { name: 'What the sender receives' })).toBeNull()
  })
})
