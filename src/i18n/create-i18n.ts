import i18next, { type i18n as I18n } from 'i18next'
import type { Language } from './languages'
import { loadLanguage } from './load-language'
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

/** Loads a language's text into the instance if needed, then makes it the active language. */
export async function activateLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    const resources = await loadLanguage(language)
    for (const [ns, bundle] of Object.entries(resources)) {
      instance.addResourceBundle(language, ns, bundle, true, true)
    }
  }
  if (instance.language !== language) await instance.changeLanguage(language)
}
