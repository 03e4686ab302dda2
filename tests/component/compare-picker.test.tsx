import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CURATED_PAIRS } from '../../src/smtp/compare/compare'
import { renderApp } from '../helpers/render-app'

const options = async (name: string) =>
  within(await screen.findByRole('listbox', { name })).getAllByRole('option')

describe('compare pair picker', () => {
  it('searches by words, chooses with the keyboard and navigates on Compare', async () => {
    const { user, router } = await renderApp('/en/compare/')
    await screen.findByRole('heading', { level: 1, name: 'Compare codes' })
    const first = screen.getByRole('combobox', { name: 'First code' })
    await user.click(first)
    await user.type(first, 'greylist')
    const found = await options('First code')
    expect(found.length).toBeGreaterThan(0)
    expect(first).toHaveAttribute('aria-expanded', 'true')

    // ↓ marks the first option active (focus stays in the input), Enter chooses it.
    await user.keyboard('{ArrowDown}')
    const active = found[0]
    expect(active).toHaveAttribute('aria-selected', 'true')
    expect(first).toHaveAttribute('aria-activedescendant', active?.id)
    const code = active?.querySelector('.code-picker-code')?.textContent ?? ''
    await user.keyboard('{Enter}')
    expect(first).toHaveValue(code)
    expect(first).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByText(new RegExp(`^${code.replace(/\./g, '\\.')} chosen: `))).toBeInTheDocument()

    const second = screen.getByRole('combobox', { name: 'Second code' })
    await user.click(second)
    await user.type(second, '5.1.1')
    await waitFor(async () =>
      expect((await options('Second code')).map((o) => o.textContent)).toContain(
        '5.1.1Bad destination mailbox address',
      ),
    )
    const list = (await options('Second code')).map((o) => o.querySelector('.code-picker-code')?.textContent)
    for (let i = 0; i <= list.indexOf('5.1.1'); i++) await user.keyboard('{ArrowDown}')
    await user.keyboard('{Enter}')
    expect(second).toHaveValue('5.1.1')

    await user.click(screen.getByRole('button', { name: 'Compare' }))
    await screen.findByRole('heading', { level: 1, name: `${code} vs 5.1.1` })
    expect(router.state.location.pathname).toBe(`/en/compare/${code}/5.1.1/`)
  })

  it('closes the list with Escape and accepts a code typed in full', async () => {
    const { user, router } = await renderApp('/en/compare/')
    const first = await screen.findByRole('combobox', { name: 'First code' })
    await user.click(first)
    await user.type(first, '421')
    await options('First code')
    await user.keyboard('{Escape}')
    expect(first).toHaveAttribute('aria-expanded', 'false')
    expect(first).toHaveValue('421')
    await user.type(screen.getByRole('combobox', { name: 'Second code' }), '554{Enter}')
    await screen.findByRole('heading', { level: 1, name: '421 vs 554' })
    expect(router.state.location.pathname).toBe('/en/compare/421/554/')
  })

  it('explains what is missing instead of navigating, and focuses the field to fix', async () => {
    const { user, router } = await renderApp('/tr/compare/?a=550')
    const first = await screen.findByRole('combobox', { name: 'Birinci kod' })
    expect(first).toHaveValue('550')
    await user.click(screen.getByRole('button', { name: 'Karşılaştır' }))
    expect(screen.getByText('İki alanda da bilinen bir kod seçin.')).toBeInTheDocument()
    const second = screen.getByRole('combobox', { name: 'İkinci kod' })
    expect(second).toHaveFocus()
    expect(second).toHaveAttribute('aria-invalid', 'true')
    await user.type(second, '550')
    await user.click(screen.getByRole('button', { name: 'Karşılaştır' }))
    expect(screen.getByText('Birbirinden farklı iki kod seçin.')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/tr/compare/')
  })

  it('lists every curated pair with its teaser', async () => {
    await renderApp('/en/compare/')
    const popular = within(await screen.findByRole('region', { name: 'Popular comparisons' }))
    const items = popular.getAllByRole('listitem')
    expect(items).toHaveLength(CURATED_PAIRS.length)
    expect(items.length).toBeGreaterThanOrEqual(18)
    const link = popular.getByRole('link', { name: '450 vs 550' })
    expect(link).toHaveAttribute('href', '/en/compare/450/550/')
    expect(link.parentElement).toHaveTextContent(/450 vs 550\S/)
  })
})
