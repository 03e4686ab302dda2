import type { i18n as I18n } from 'i18next'
import { useTranslation } from 'react-i18next'

type DataNamespace = 'codes' | 'enhanced' | 'scenarios' | 'compare' | 'bounce' | 'learn'
export type DataText = (key: string, options?: Record<string, unknown>) => string

/**
 * `t` for keys built at run time from data ids (`reply.${code}.title`). Typed keys cannot
 * describe them; the translation completeness and data tests guarantee they exist.
 */
export function useDataText(ns: DataNamespace): DataText {
  const { t } = useTranslation(ns)
  return t as unknown as DataText
}

/** The same outside React: a route's head() or loader, given the router context's instance. */
export function dataText(i18n: I18n, ns: DataNamespace): DataText {
  return i18n.getFixedT(null, ns) as unknown as DataText
}
