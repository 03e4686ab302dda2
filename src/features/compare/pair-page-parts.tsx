// A comparison's parts: its module, text and catalogues, loaded together (see
// components/page-parts.ts). Kept apart from the page so the route's own chunk stays small.
import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'
import { type PageBody, pageParts } from '../../components/page-parts'
import { loadMissingLocaleFiles } from '../../i18n/create-i18n'
import { asLanguage } from '../../i18n/languages'
import { comparePairLocaleFiles } from './locale-files'

export interface PairPageParts extends PageBody {
  head: PageHead
}

export const pairPageParts = (i18n: I18n, lang: string, a: string, b: string) =>
  pageParts(`compare/${lang}/${a}/${b}`, async (): Promise<PairPageParts> => {
    const [page, heads] = await Promise.all([
      import('./compare-pair-page'),
      import('./pair-head'),
      loadMissingLocaleFiles(i18n, asLanguage(lang), comparePairLocaleFiles(a, b)),
    ])
    return {
      head: heads.comparePairHead(i18n, a, b),
      body: () => <page.ComparePairPage a={a} b={b} />,
    }
  })
