import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'

export const homeHead = (i18n: I18n): PageHead => ({
  title: i18n.t('home.title'),
  description: i18n.t('home.intro'),
})
