import { useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages'

/** The language of the current URL, falling back to the active i18n language outside `/$lang`. */
export function useCurrentLanguage(): Language {
  const params = useParams({ strict: false }) as { lang?: string }
  const { i18n } = useTranslation()
  if (isLanguage(params.lang)) return params.lang
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}
