import type { Language } from './languages'
import { fileAnswers, type Namespaces, namespacesFromFiles } from './namespaces'

// One lazy chunk per locale file: a page downloads only its own language's files, and of a
// split namespace only the parts it shows (see namespaces.ts).
const files = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*/*.json', '../../locales/*/*/*.json'],
  {
    import: 'default',
  },
)

/**
 * Loads the named locale files of one language: 'codes' (the namespace's shared files) or
 * 'codes/550' (one part). A name without a file ('codes/999') loads nothing.
 */
export function loadLocaleFiles(language: Language, names: readonly string[]): Promise<Namespaces> {
  // Plain string tests on the paths: this runs before the first render, on every page load.
  const dir = `../../locales/${language}/`
  return loadWhere(
    (path) => path.startsWith(dir) && names.some((name) => fileAnswers(path.slice(dir.length), name)),
  )
}

/** Every file of a language: for server renders and tests that may show any page. */
export function loadLanguage(language: Language): Promise<Namespaces> {
  return loadWhere((path) => path.includes(`/locales/${language}/`))
}

async function loadWhere(wanted: (path: string) => boolean): Promise<Namespaces> {
  const chosen = Object.entries(files).filter(([path]) => wanted(path))
  const loaded = await Promise.all(chosen.map(async ([path, load]) => [path, await load()] as const))
  return namespacesFromFiles(Object.fromEntries(loaded))
}
