import { screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderSimulator, settle } from './simulator-helpers'

// The terminal's code loads when it nears the viewport, and it downloads the engine on first use.
// These tests run on fake timers, under which findBy* waits in fake time while a module's first
// load takes real time: load both once here, so the app's own import()s resolve at once, as from
// a warm browser cache.
beforeAll(async () => {
  await import('../../src/features/simulator/terminal/try-terminal')
  await import('../../src/smtp/scenarios/terminal-session')
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const log = () => screen.getByRole('log', { name: 'Session' })
const input = () => screen.getByRole('textbox', { name: 'Your command' })
const allowed = () =>
  within(screen.getByRole('list', { name: 'Commands that make sense now' }))
    .getAllByRole('button')
    .map((b) => b.textContent)

describe('try-it-yourself terminal', () => {
  it('runs a whole session from the 220 greeting to QUIT and 221, explaining each reply', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    expect(within(log()).getByText('S: 220 mail.example.org ESMTP SMTP Code Lab')).toBeInTheDocument()
    expect(allowed()).toContain('EHLO')
    expect(allowed()).not.toContain('MAIL')

    await user.type(input(), 'EHLO client.example{Enter}')
    // Replies come from the engine, downloaded on first use: wait for each one.
    expect(await within(log()).findByText(/S: 250-PIPELINING/)).toBeInTheDocument()
    expect(allowed()).toContain('MAIL')
    await user.type(input(), 'MAIL FROM:<me@example.net>{Enter}')
    await user.type(input(), 'RCPT TO:<bob@example.org>{Enter}')
    expect(await within(log()).findByText(/S: 250 2\.1\.5/)).toBeInTheDocument()
    await user.type(input(), 'DATA{Enter}')
    expect(await within(log()).findByText(/S: 354/)).toBeInTheDocument()
    expect(screen.getByText(/You are writing the message/)).toBeInTheDocument()
    await user.type(input(), 'Subject: hi{Enter}{Enter}Hello{Enter}.{Enter}')
    expect(await within(log()).findByText(/S: 250 2\.0\.0 Ok: queued as/)).toBeInTheDocument()
    await user.type(input(), 'QUIT{Enter}')
    expect(await within(log()).findByText(/S: 221 2\.0\.0/)).toBeInTheDocument()
    expect(within(log()).getByRole('link', { name: /^221/ })).toHaveAttribute('href', '/en/codes/221/')
    expect(
      within(log()).getByText('221: the server says goodbye and closes the connection.'),
    ).toBeInTheDocument()
    expect(input()).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Reset session' }))
    expect(input()).toBeEnabled()
    expect(within(log()).getByText('S: 220 mail.example.org ESMTP SMTP Code Lab')).toBeInTheDocument()
    expect(within(log()).queryByText(/S: 221/)).not.toBeInTheDocument()
  })

  it('shows typed markup as plain text', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.type(input(), '<script>alert(1)</script>{Enter}')
    expect(await within(log()).findByText('C: <script>alert(1)</script>')).toBeInTheDocument()
    expect(log().querySelector('script')).toBeNull()
    expect(await within(log()).findByText(/S: 500/)).toBeInTheDocument()
  })

  it('recalls earlier lines with ↑ and ↓', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.type(input(), 'HELO a.example{Enter}NOOP{Enter}')
    await user.keyboard('{ArrowUp}')
    expect(input()).toHaveValue('NOOP')
    await user.keyboard('{ArrowUp}')
    expect(input()).toHaveValue('HELO a.example')
    await user.keyboard('{ArrowDown}')
    expect(input()).toHaveValue('NOOP')
    await user.keyboard('{ArrowDown}')
    expect(input()).toHaveValue('')
  })

  it('bounds the input length', async () => {
    await renderSimulator('/en/simulator/')
    expect(input()).toHaveAttribute('maxLength', '1000')
  })

  it('serves the same policies as the scenarios: a greylisting server says 450 at RCPT', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Server behaviour' }), 'Greylisting server')
    await user.type(
      input(),
      'EHLO c.example{Enter}MAIL FROM:<a@example.net>{Enter}RCPT TO:<bob@example.org>{Enter}',
    )
    expect(await within(log()).findByText(/S: 450 4\.7\.1/)).toBeInTheDocument()
    expect(within(log()).getByText(/greylisting/)).toBeInTheDocument()
  })

  it('puts a suggested command into the input', async () => {
    const { user } = await renderSimulator('/en/simulator/')
    await user.click(screen.getByRole('button', { name: 'Type EHLO' }))
    expect(input()).toHaveValue('EHLO ')
    expect(input()).toHaveFocus()
    await settle()
  })
})
