import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileAnswers, namespaceOfFile, namespacesFromFiles } from '../../src/i18n/namespaces'

const LOCALES = join(import.meta.dirname, '../../locales')

/**
 * One namespace of one language merged from all its files, parts included (`codes.json`,
 * `codes-5xx.json`, `codes/550.json`, …), as the app has it once a page has loaded them all.
 */
export function namespaceText(language: string, ns: string): Record<string, unknown> {
  const dir = join(LOCALES, language)
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && namespaceOfFile(`/locales/${language}/${file}`) === ns)
    .map((file) => [`/locales/${language}/${file}`, JSON.parse(readFileSync(join(dir, file), 'utf8'))])
  return namespacesFromFiles(Object.fromEntries(files))[ns] ?? {}
}

/**
 * The namespaces of one language holding exactly the named files ('compare', 'codes/550'), as
 * loaded by a page that asks for those names (see route-locale-files.ts).
 */
export function pageText(
  language: string,
  names: readonly string[],
): Record<string, Record<string, unknown>> {
  const dir = join(LOCALES, language)
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && names.some((name) => fileAnswers(file, name)))
    .map((file) => [`/locales/${language}/${file}`, JSON.parse(readFileSync(join(dir, file), 'utf8'))])
  return namespacesFromFiles(Object.fromEntries(files))
}
