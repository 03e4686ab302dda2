import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'

export const bounceHead = (i18n: I18n): PageHead => ({
  title: i18n.t('pages.bounce.title'),
  description: i18n.t('pages.bounce.description'),
})
