// The i18next instance itself, apart from how the browser loads locale chunks (create-i18n.ts), so
// Node tools (npm run explain) can make one from files they read themselves.
import i18next, { type i18n as I18n } from 'i18next'
import type { Language } from './languages'
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
