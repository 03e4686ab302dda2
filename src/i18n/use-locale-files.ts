import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadMissingLocaleFiles, missingLocaleFiles } from './create-i18n'
import type { Language } from './languages'

/**
 * True once the current language has `files` (e.g. 'enhanced/descriptions'); starts loading them
 * when `enabled`. For text a page shows only after the visitor acts (search results, a pasted
 * bounce), so the page's first download need not carry it. The caller shows nothing that needs
 * the text until this is true, so no raw key is ever rendered.
 */
export function useLocaleFiles(files: readonly string[], enabled = true): boolean {
  const { i18n } = useTranslation()
  const language = i18n.language as Language
  // The list as a string, so a new array with the same names does not restart the effect.
  const names = files.join(',')
  const key = `${language}:${names}`
  const present = missingLocaleFiles(i18n, language, files).length === 0
  const [loaded, setLoaded] = useState<string>()
  useEffect(() => {
    if (!enabled || present) return
    let live = true
    loadMissingLocaleFiles(i18n, language, names.split(',')).then(
      () => {
        if (live) setLoaded(key)
      },
      // A failed chunk (offline after a deploy) leaves the results hidden; the next render retries.
      () => {},
    )
    return () => {
      live = false
    }
  }, [enabled, present, i18n, language, names, key])
  return present || loaded === key
}
