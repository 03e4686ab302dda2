import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'

describe('app shell and routes', () => {
  it('redirects / to the browser language (en in jsdom)', async () => {
    const { router } = await renderApp('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SMTP reply codes, explained' }),
    ).toBeInTheDocument()
  })

  it('redirects / to the saved language, which beats the browser language', async () => {
    window.localStorage.setItem('smtp-code-lab.language', 'tr')
    const { router } = await renderApp('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/tr/'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SMTP yanıt kodları, anlaşılır biçimde' }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('tr')
  })

  it('lets an explicit language in the URL win over the saved choice', async () => {
    window.localStorage.setItem('smtp-code-lab.language', 'tr')
    await renderApp('/en/codes/')
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument()
  })

  it('switches language on a deep link, keeping the page and its search params', async () => {
    const { router, user } = await renderApp('/en/codes/550/?q=x')
    await user.click(await screen.findByRole('link', { name: 'Türkçe' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/tr/codes/550/'))
    expect(router.state.location.search).toEqual({ q: 'x' })
    expect(await screen.findByRole('navigation', { name: 'Ana menü' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('tr')
    expect(window.localStorage.getItem('smtp-code-lab.language')).toBe('tr')
    expect(screen.getByRole('link', { name: 'Türkçe' })).toHaveAttribute('aria-current', 'true')
    // The route's head follows the language: the document title is the Turkish page's.
    await waitFor(() => expect(document.title).toBe('550 Posta kutusu kullanılamıyor · SMTP Code Lab'))
  })

  it('keeps working when storage throws', async () => {
    const original = Storage.prototype.setItem
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    try {
      const { router, user } = await renderApp('/en/')
      await user.click(await screen.findByRole('link', { name: 'Türkçe' }))
      await waitFor(() => expect(router.state.location.pathname).toBe('/tr/'))
      await user.click(await screen.findByRole('button', { name: 'Koyu tema' }))
      expect(document.documentElement.dataset.theme).toBe('dark')
    } finally {
      Storage.prototype.setItem = original
    }
  })

  it('redirects an unsupported language to the same page in the detected language', async () => {
    const { router } = await renderApp('/de/codes/550/?q=x')
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/codes/550/'))
    expect(router.state.location.search).toEqual({ q: 'x' })
  })

  it('shows a translated not-found page with links onward for an unknown path', async () => {
    await renderApp('/tr/no-such-page/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sayfa bulunamadı' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ana sayfaya git' })).toHaveAttribute('href', '/tr/')
    expect(document.title).toBe('Sayfa bulunamadı · SMTP Code Lab')
  })
})
