// A code page's parts: its module, text and catalogues, loaded together (see
// components/page-parts.ts). Kept apart from the page so the route's own chunk stays small.
import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'
import { type PageBody, pageParts } from '../../components/page-parts'
import { loadMissingLocaleFiles } from '../../i18n/create-i18n'
import { asLanguage } from '../../i18n/languages'
import { codePageLocaleFiles } from './locale-files'
import { loadRegistryText } from './registry-text'

export interface CodePageParts extends PageBody {
  head: PageHead
}

export const codePageParts = (i18n: I18n, lang: string, code: string) =>
  pageParts(`codes/${lang}/${code}`, async (): Promise<CodePageParts> => {
    const [page, heads, registryText] = await Promise.all([
      import('./code-page'),
      import('./code-page-head'),
      loadRegistryText(code),
      loadMissingLocaleFiles(i18n, asLanguage(lang), codePageLocaleFiles(code)),
    ])
    return {
      head: heads.codePageHead(i18n, code),
      body: () => <page.CodePage code={code} registryText={registryText} />,
    }
  })
