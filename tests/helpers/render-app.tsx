// Renders the real app (real route tree, real i18n, real locale files) at a URL, in memory.
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from '../../src/i18n/create-i18n'
import { DEFAULT_LANGUAGE, isLanguage } from '../../src/i18n/languages'
import { createAppRouter } from '../../src/router'

export async function renderApp(
  url: string,
  { userOptions }: { userOptions?: Parameters<typeof userEvent.setup>[0] } = {},
) {
  const segment = url.split('/')[1]
  const language = isLanguage(segment) ? segment : DEFAULT_LANGUAGE
  // Empty: loading the URL loads exactly the files its routes declare, as in the browser, so a
  // page using a namespace its route does not list shows raw keys here.
  const i18n = createI18n(language, {})
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createAppRouter({ i18n, history })
  await router.load()
  const user = userEvent.setup(userOptions)
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  )
  return { ...view, router, i18n, user }
}
