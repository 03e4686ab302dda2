import type { Language } from './languages'
import type { Namespaces } from './namespaces'

// One dynamic import per language: Vite emits one chunk each, fetched only when that language is used.
const loaders: Record<Language, () => Promise<{ resources: Namespaces }>> = {
  en: () => import('./bundle-en'),
  tr: () => import('./bundle-tr'),
}

export async function loadLanguage(language: Language): Promise<Namespaces> {
  return (await loaders[language]()).resources
}
