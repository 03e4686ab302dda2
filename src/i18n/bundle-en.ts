// Every English namespace in one chunk, so a visitor downloads only the active language's text.
import { namespacesFromFiles } from './namespaces'

export const resources = namespacesFromFiles(
  import.meta.glob<Record<string, unknown>>('../../locales/en/*.json', { eager: true, import: 'default' }),
)
