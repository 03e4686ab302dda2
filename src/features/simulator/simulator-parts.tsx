// The simulator's parts: its module and text, loaded together (see components/page-parts.ts).
// Kept apart from the page so the route's own chunk stays small.
import type { i18n as I18n } from 'i18next'
import { type PageBody, pageParts } from '../../components/page-parts'
import { loadMissingLocaleFiles } from '../../i18n/create-i18n'
import { asLanguage } from '../../i18n/languages'
import { simulatorLocaleFiles } from './locale-files'

export const simulatorParts = (i18n: I18n, lang: string) =>
  pageParts(`simulator/${lang}`, async (): Promise<PageBody> => {
    const [page] = await Promise.all([
      import('./simulator-page'),
      loadMissingLocaleFiles(i18n, asLanguage(lang), simulatorLocaleFiles()),
    ])
    return { body: () => <page.SimulatorPage /> }
  })
