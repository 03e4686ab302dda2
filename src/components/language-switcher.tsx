import { useLocation, useNavigate } from '@tanstack/react-router'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { saveLanguage } from '../i18n/detect-language'
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages'
import { useCurrentLanguage } from './current-language'

/** Real links, so the other language can also be opened in a new tab; a plain click switches in place. */
export function LanguageSwitcher() {
  const { t } = useTranslation()
  const current = useCurrentLanguage()
  const location = useLocation()
  const navigate = useNavigate()

  const hrefFor = (language: Language) => location.href.replace(/^\/[^/?#]*/, `/${language}`)

  const onClick = (event: MouseEvent<HTMLAnchorElement>, language: Language) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    saveLanguage(language)
    void navigate({ href: hrefFor(language), replace: true, resetScroll: false })
  }

  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={hrefFor(language)}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
              onClick={(event) => onClick(event, language)}
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
