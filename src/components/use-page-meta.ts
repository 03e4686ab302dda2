import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Keeps the document title and description in step with the page and the active language. */
export function usePageMeta(title: string, description?: string) {
  const { t } = useTranslation()
  const appName = t('appName')
  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description)
  }, [title, description, appName])
}
