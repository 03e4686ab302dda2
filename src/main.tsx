import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from './i18n/create-i18n'
import { detectLanguage } from './i18n/detect-language'
import { isLanguage } from './i18n/languages'
import { loadLanguage } from './i18n/load-language'
import { createAppRouter } from './router'
import './styles/global.css'

async function boot() {
  // The URL's language wins; otherwise the saved or browser language (the `/` route redirects there).
  const fromPath = window.location.pathname.split('/')[1]
  const language = isLanguage(fromPath) ? fromPath : detectLanguage()
  const i18n = createI18n(language, await loadLanguage(language))
  const router = createAppRouter({ i18n })
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </StrictMode>,
  )
}

void boot()
