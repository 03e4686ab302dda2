import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROGRESS_KEY } from '../../src/components/learn-progress-store'
import { renderApp } from '../helpers/render-app'

// The terminal exercises download the engine on first use; load it once so that is instant here.
beforeAll(async () => {
  await import('../../src/smtp/scenarios/terminal-session')
})

describe('learn pages', () => {
  it('lists the eight lessons with their status in words', async () => {
    await renderApp('/en/learn/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Learn SMTP step by step' }),
    ).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Lessons' })
    const links = within(list).getAllByRole('link')
    expect(links).toHaveLength(8)
    expect(links[3]).toHaveAttribute('href', '/en/learn/envelope/')
    expect(links[3]).toHaveTextContent('The envelope is not the letter')
    expect(within(list).getAllByText('Not started')).toHaveLength(8)
  })

  it('renders a lesson in Turkish with its text, links and exercises', async () => {
    await renderApp('/tr/learn/envelope/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zarf, mektup değildir' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Zarf, mektup değildir · SMTP Code Lab')
    expect(screen.getByText('Ders 4 / 8')).toBeInTheDocument()
    expect(screen.getByText(/^Bir ileti, tıpkı bir mektup gibi/)).toBeInTheDocument()
    const links = screen.getByRole('region', { name: 'Sitedeki ilgili sayfalar' })
    expect(within(links).getByRole('link', { name: '550 kodu' })).toHaveAttribute('href', '/tr/codes/550/')
    expect(within(links).getByRole('link', { name: /^Simülatörde .+, 5\. adım$/ })).toHaveAttribute(
      'href',
      '/tr/simulator/?scenario=unknown-user&step=4',
    )
    expect(
      screen.getByRole('heading', { level: 3, name: 'Alıştırma 1: Komutları yazın' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Alıştırma 3: Sıraya koyun' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^Sonraki: Yeniden denemek mi/ })).toHaveAttribute(
      'href',
      '/tr/learn/retry-or-give-up/',
    )
  })

  it('renders the same lesson in English', async () => {
    await renderApp('/en/learn/envelope/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The envelope is not the letter' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/^A message travels in an envelope/)).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 3, name: 'Exercise 2: Choose the reply' }),
    ).toBeInTheDocument()
  })

  it('explains a wrong choice with a hint, then saves the right one', async () => {
    const { user } = await renderApp('/en/learn/envelope/')
    const card = await screen.findByRole('region', { name: 'Exercise 2: Choose the reply' })
    await user.click(within(card).getByRole('button', { name: 'Check' }))
    expect(within(card).getByRole('status')).toHaveTextContent('Choose a reply first.')
    await user.click(within(card).getByRole('radio', { name: /503 5\.5\.1 Need RCPT command/ }))
    await user.click(within(card).getByRole('button', { name: 'Check' }))
    const status = within(card).getByRole('status')
    expect(status).toHaveTextContent(/^Not yet\. 503 “Need RCPT command” comes only when/)
    expect(status).toHaveTextContent('Hint: DATA needs at least one accepted recipient')
    await user.click(within(card).getByRole('radio', { name: /354 End data/ }))
    await user.click(within(card).getByRole('button', { name: 'Check' }))
    expect(within(card).getByRole('status')).toHaveTextContent(/^Right\. 354: bob@example\.org was accepted/)
    expect(within(card).getByText('Solved')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')).toEqual({
      envelope: ['data-after-refusal'],
    })
    expect(screen.getByText('In progress: 1 of 3 solved')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Reset this lesson' }))
    expect(screen.getByText("This lesson's progress has been reset.")).toBeInTheDocument()
    expect(screen.queryByText('Solved')).not.toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')).toEqual({})
  })

  it('puts blocks in order with move buttons, keeping focus on the moved block', async () => {
    const { user } = await renderApp('/en/learn/mail-session/')
    const card = await screen.findByRole('region', { name: 'Exercise 2: Put in order' })
    const up = within(card).getByRole('button', { name: 'Move up: EHLO client.example' })
    up.focus()
    await user.keyboard('{Enter}{Enter}{Enter}')
    expect(within(card).getByRole('button', { name: 'Move down: EHLO client.example' })).toHaveFocus()
    expect(within(card).getAllByRole('listitem')[0]).toHaveTextContent('C: EHLO client.example')
    expect(within(card).getByText('EHLO client.example is now at position 1 of 6.')).toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: 'Check' }))
    expect(within(card).getAllByRole('status').at(-1)).toHaveTextContent(
      /^Not yet\. Hint: Introduce yourself/,
    )
  })

  it('checks a terminal goal from what the engine answered', async () => {
    const { user } = await renderApp('/en/learn/extensions/')
    const card = await screen.findByRole('region', { name: 'Exercise 1: Type it' })
    const input = within(card).getByRole('textbox', { name: 'Your command' })
    await waitFor(() => expect(input).toBeEnabled())
    await user.type(input, 'HELO client.example{Enter}')
    await user.click(within(card).getByRole('button', { name: 'Check' }))
    expect(within(card).getByText(/^Hint: HELO gets a one-line 250/)).toBeInTheDocument()
    await user.type(input, 'EHLO client.example{Enter}')
    expect(await within(card).findByText(/^EHLO got a multi-line 250/)).toBeInTheDocument()
    expect(within(card).getByRole('log', { name: 'Session' })).toHaveTextContent('S: 250-PIPELINING')
  })

  it('shows the translated not-found page for an unknown lesson', async () => {
    await renderApp('/tr/learn/no-such-lesson/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sayfa bulunamadı' })).toBeInTheDocument()
  })

  it('offers to continue on the home page once there is progress, and links code pages to their lesson', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ 'mail-session': ['reach-354', 'order-session', 'after-dot'] }),
    )
    await renderApp('/en/')
    expect(
      await screen.findByRole('link', { name: 'Continue where you left off: Reading a reply code' }),
    ).toHaveAttribute('href', '/en/learn/reply-codes/')
  })

  it('links a code page back to the lesson that teaches the code', async () => {
    await renderApp('/tr/codes/5.1.1/')
    expect(
      await screen.findByRole('link', { name: 'Bunu 6. derste öğren: Gelişmiş durum kodları' }),
    ).toHaveAttribute('href', '/tr/learn/enhanced-codes/')
  })
})
