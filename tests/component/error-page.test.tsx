// The error page is the app's own component; a tiny route tree makes a page throw on demand,
// since nothing in the real tree throws on purpose.
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it, vi } from 'vitest'
import { ErrorPage } from '../../src/components/error-page'
import { createI18n } from '../../src/i18n/create-i18n'
import { loadLocaleFiles } from '../../src/i18n/load-language'

describe('error page', () => {
  it('shows a translated message with a way back instead of a blank screen, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React logs the thrown error
    let broken = true
    const root = createRootRoute()
    const page = createRoute({
      getParentRoute: () => root,
      path: '/$lang/',
      component: () => {
        if (broken) throw new Error('boom')
        return <h1>Recovered</h1>
      },
      errorComponent: ErrorPage,
    })
    const router = createRouter({
      routeTree: root.addChildren([page]),
      history: createMemoryHistory({ initialEntries: ['/tr/'] }),
      trailingSlash: 'always',
    })
    const i18n = createI18n('tr', await loadLocaleFiles('tr', ['common']))
    await router.load()
    render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    )
    expect(await screen.findByRole('heading', { name: 'Bir şeyler ters gitti' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ana sayfaya git' })).toHaveAttribute('href', '/tr/')
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Yeniden dene' }))
    expect(await screen.findByRole('heading', { name: 'Recovered' })).toBeInTheDocument()
  })
})
