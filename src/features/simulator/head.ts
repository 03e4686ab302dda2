import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'

export const simulatorHead = (i18n: I18n): PageHead => ({
  title: i18n.t('pages.simulator.title'),
  description: i18n.t('pages.simulator.description'),
})
