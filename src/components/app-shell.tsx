import { Link, Outlet } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from './current-language'
import { DocumentHead } from './document-head'
import { LanguageSwitcher } from './language-switcher'
import { ThemeToggle } from './theme-toggle'

const NAV = [
  { to: '/$lang/learn/', key: 'nav.learn' },
  { to: '/$lang/simulator/', key: 'nav.simulator' },
  { to: '/$lang/codes/', key: 'nav.codes' },
  { to: '/$lang/compare/', key: 'nav.compare' },
  { to: '/$lang/bounce/', key: 'nav.bounce' },
  { to: '/$lang/glossary/', key: 'nav.glossary' },
] as const

export function AppShell() {
  const { t } = useTranslation()
  const lang = useCurrentLanguage()

  useEffect(() => {
    // React has taken over the page: prerendered controls are visible and focusable before that,
    // but a click on them would be lost, so the end-to-end tests wait for this mark. Here and not
    // at the React root: the router hydrates everything below the root route in a Suspense
    // boundary of its own, later than the root commits. Set on the DOM, not through state, so it
    // costs no second render.
    document.documentElement.dataset.hydrated = 'true'
  }, [])

  useEffect(() => {
    // `lang` drives screen-reader pronunciation and CSS casing rules (İ/ı in Turkish).
    document.documentElement.lang = lang
    // Installing the app after a language switch installs it in that language (the build writes
    // one manifest per language).
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', `/manifest.${lang}.webmanifest`)
  }, [lang])

  return (
    <>
      <DocumentHead />
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/$lang/" params={{ lang }} className="brand" activeOptions={{ exact: true }}>
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} params={{ lang }} activeProps={{ 'aria-current': 'page' }}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.sources')}</p>
        <p>{t('footer.offline')}</p>
      </footer>
    </>
  )
}
