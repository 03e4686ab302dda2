import i18next, { type i18n as I18n } from 'i18next'
import type { Language } from './languages'
import { loadNamespaces } from './load-language'
import type { Namespaces } from './namespaces'

/**
 * A fresh i18next instance per app or per render (never the global one), initialised synchronously
 * from resources already in memory. Server renders and tests can run several languages at once.
 */
export function createI18n(language: Language, resources: Namespaces): I18n {
  const instance = i18next.createInstance()
  instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
    returnNull: false,
    initAsync: false,
  })
  return instance
}

/**
 * Loads whatever of `namespaces` the instance lacks in `language`, then makes it the active
 * language: text arrives before the switch, so the page never renders raw keys.
 */
export async function activateLanguage(instance: I18n, language: Language, namespaces: readonly string[]) {
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(language, ns))
  if (missing.length > 0) {
    const resources = await loadNamespaces(language, missing)
    for (const [ns, bundle] of Object.entries(resources))
      instance.addResourceBundle(language, ns, bundle, true, true)
  }
  if (instance.language !== language) await instance.changeLanguage(language)
}
