import type { Language } from './languages'
import { type Namespaces, namespaceOfFile, namespacesFromFiles } from './namespaces'

// One lazy chunk per locale file: a page downloads only its own language's namespaces.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' })

/** Loads the given namespaces of one language (a split namespace's files are merged). */
export async function loadNamespaces(language: Language, namespaces: readonly string[]): Promise<Namespaces> {
  const wanted = Object.entries(files).filter(
    ([path]) => path.includes(`/locales/${language}/`) && namespaces.includes(namespaceOfFile(path)),
  )
  const loaded = await Promise.all(wanted.map(async ([path, load]) => [path, await load()] as const))
  return namespacesFromFiles(Object.fromEntries(loaded))
}

/** Every namespace of a language: for server renders and tests that may show any page. */
export function loadLanguage(language: Language): Promise<Namespaces> {
  const all = [...new Set(Object.keys(files).map(namespaceOfFile))]
  return loadNamespaces(language, all)
}
