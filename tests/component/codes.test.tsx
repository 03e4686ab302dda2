import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'

describe('code browser', () => {
  it('lists every basic code by class and the enhanced codes by subject, without a search', async () => {
    await renderApp('/en/codes/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Reply codes' })).toBeInTheDocument()
    const permanent = screen.getByRole('region', { name: /^5xx/ })
    expect(within(permanent).getByRole('link', { name: '550' })).toHaveAttribute('href', '/en/codes/550/')
    expect(within(permanent).getByText('Mailbox unavailable')).toBeInTheDocument()
    const mailbox = screen.getByRole('region', { name: /^X\.2\.x/ })
    expect(within(mailbox).getByRole('link', { name: '5.2.2' })).toBeInTheDocument()
    expect(within(mailbox).getByRole('link', { name: '4.2.2' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/^\d{3} codes listed$/)
  })

  it('searches as you type, keeps the query in the URL without adding history entries', async () => {
    const { user, router } = await renderApp('/en/codes/')
    const box = await screen.findByRole('searchbox', { name: 'Search codes' })
    const before = router.history.length
    await user.type(box, '55')
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 55 }))
    expect(router.history.length).toBe(before)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('7 codes match'))
    const links = within(screen.getByRole('region', { name: 'Search results' })).getAllByRole('link')
    expect(links.slice(0, 3).map((l) => l.textContent)).toEqual(['550', '551', '552'])
  })

  it('opens the best match on Enter', async () => {
    const { user, router } = await renderApp('/en/codes/')
    const box = await screen.findByRole('searchbox', { name: 'Search codes' })
    await user.type(box, '5.7.26')
    await screen.findByRole('region', { name: 'Search results' })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/codes/5.7.26/'))
    expect(
      await screen.findByRole('heading', { level: 1, name: '5.7.26 Multiple authentication checks failed' }),
    ).toBeInTheDocument()
  })

  it('finds Turkish words on the Turkish page, folding ı and ğ', async () => {
    await renderApp('/tr/codes/?q=posta%20kutusu%20dolu')
    const results = await screen.findByRole('region', { name: 'Arama sonuçları' })
    const codes = within(results)
      .getAllByRole('link')
      .map((l) => l.textContent)
    expect(codes).toEqual(expect.arrayContaining(['4.2.2', '5.2.2', '452', '552']))
    // Enhanced results carry their description, fetched with the search.
    const fullMailbox = within(results).getByRole('link', { name: '4.2.2' }).closest('li')
    expect(fullMailbox).toHaveTextContent('Alıcının depolama kotası doldu')
    expect(results.textContent).not.toMatch(/codes\.\d+\.\d+\.description/)
    expect(screen.getByRole('searchbox', { name: 'Kodlarda ara' })).toHaveValue('posta kutusu dolu')
  })

  it('filters by class, stage and provenance through the URL', async () => {
    const { user, router } = await renderApp('/en/codes/')
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Class' }), '4')
    await waitFor(() => expect(router.state.location.search).toEqual({ class: 4 }))
    expect(screen.getByRole('region', { name: /^4xx/ })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^5xx/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '5.1.1' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: '4.2.2' })).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Provenance' }), 'extension')
    await waitFor(() => expect(router.state.location.search).toEqual({ class: 4, provenance: 'extension' }))
    expect(screen.getByRole('link', { name: '454' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '458' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '450' })).not.toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage or command' }), 'starttls')
    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        class: 4,
        provenance: 'extension',
        stage: 'starttls',
      }),
    )
    expect(screen.getByRole('link', { name: '454' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '458' })).not.toBeInTheDocument() // an ETRN reply

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(screen.getByRole('link', { name: '550' })).toBeInTheDocument()
  })

  it('reads filters from a shared link and ignores bad values', async () => {
    await renderApp('/en/codes/?class=9&stage=nope&provenance=non-standard')
    expect(await screen.findByRole('combobox', { name: 'Class' })).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Provenance' })).toHaveValue('non-standard')
    expect(screen.getByRole('link', { name: '571' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '550' })).not.toBeInTheDocument()
  })

  it('suggests clearing the filters and the nearest codes when nothing matches', async () => {
    const { user, router } = await renderApp('/en/codes/?q=mailbox%20full&class=2')
    expect(await screen.findByRole('heading', { name: 'No code matches “mailbox full”' })).toBeInTheDocument()
    expect(screen.getByText(/codes match when the filters are cleared/)).toBeInTheDocument()
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement)
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'mailbox full' }))
    expect(await screen.findByRole('link', { name: '5.2.2' })).toBeInTheDocument()
  })

  it('offers the nearest codes for a number that is not a code', async () => {
    await renderApp('/en/codes/?q=599')
    expect(await screen.findByRole('heading', { name: 'No code matches “599”' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^571/ })).toHaveAttribute('href', '/en/codes/571/')
  })
})
