import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readSetting, writeSetting } from '../i18n/storage'

type Theme = 'light' | 'dark'
const STORAGE_KEY = 'smtp-code-lab.theme'

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Follows the system until the visitor picks a theme; the pick is saved (an inline script in index.html applies it before first paint). */
export function ThemeToggle() {
  const { t } = useTranslation()
  const [theme, setTheme] = useState<Theme | null>(null)

  useEffect(() => {
    const saved = readSetting(STORAGE_KEY)
    setTheme(saved === 'dark' || saved === 'light' ? saved : systemTheme())
  }, [])

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark'
    document.documentElement.dataset.theme = next
    writeSetting(STORAGE_KEY, next)
    setTheme(next)
  }

  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-pressed={theme === 'dark'}>
      {t('theme.dark')}
    </button>
  )
}
