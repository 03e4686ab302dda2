import { DEFAULT_LANGUAGE, isLanguage, type Language, matchLanguage } from './languages'
import { readSetting, writeSetting } from './storage'

const STORAGE_KEY = 'smtp-code-lab.language'

/** The saved choice, else the browser's language when supported, else English. */
export function detectLanguage(): Language {
  const saved = readSetting(STORAGE_KEY)
  if (isLanguage(saved)) return saved
  const nav = globalThis.navigator
  const preferences = nav ? (nav.languages?.length ? nav.languages : [nav.language]) : []
  return matchLanguage(preferences) ?? DEFAULT_LANGUAGE
}

export function saveLanguage(language: Language): void {
  writeSetting(STORAGE_KEY, language)
}
