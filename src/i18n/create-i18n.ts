import type { i18n as I18n } from 'i18next'
import type { Language } from './languages'
import { loadLocaleFiles } from './load-language'

export { createI18n } from './i18n-instance'

// Parts ('codes/550') merge into a namespace that is already there, so the bundle check cannot
// tell whether they were loaded: remember them per instance and language.
const loadedParts = new WeakMap<I18n, Set<string>>()

function partsOf(instance: I18n): Set<string> {
  const parts = loadedParts.get(instance) ?? new Set<string>()
  loadedParts.set(instance, parts)
  return parts
}

/** The names among `files` (see route-locale-files.ts) that the instance lacks in `language`. */
export function missingLocaleFiles(instance: I18n, language: Language, files: readonly string[]): string[] {
  const parts = partsOf(instance)
  return files.filter((name) =>
    name.includes('/') ? !parts.has(`${language}:${name}`) : !instance.hasResourceBundle(language, name),
  )
}

/** Loads whatever of `files` the instance lacks in `language` and adds it to the instance. */
export async function loadMissingLocaleFiles(instance: I18n, language: Language, files: readonly string[]) {
  const missing = missingLocaleFiles(instance, language, files)
  if (missing.length === 0) return
  const resources = await loadLocaleFiles(language, missing)
  for (const [ns, bundle] of Object.entries(resources))
    instance.addResourceBundle(language, ns, bundle, true, true)
  for (const name of missing) if (name.includes('/')) partsOf(instance).add(`${language}:${name}`)
}

/**
 * Loads whatever of `files` the instance lacks in `language`, then makes it the active language:
 * text arrives before the switch, so the page never renders raw keys.
 */
export async function activateLanguage(instance: I18n, language: Language, files: readonly string[]) {
  await loadMissingLocaleFiles(instance, language, files)
  if (instance.language !== language) await instance.changeLanguage(language)
}
