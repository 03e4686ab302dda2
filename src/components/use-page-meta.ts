import { useContext, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { HeadContext } from './head-context'

/** Keeps the document title and description in step with the page and the active language. */
export function usePageMeta(title: string, description?: string) {
  const { t } = useTranslation()
  const appName = t('appName')
  const fullTitle = title === appName ? appName : `${title} · ${appName}`
  const collector = useContext(HeadContext)
  if (collector) {
    // Server render: the innermost page renders last, so its title wins.
    collector.title = fullTitle
    if (description) collector.description = description
  }
  useEffect(() => {
    document.title = fullTitle
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description)
  }, [fullTitle, description])
}
