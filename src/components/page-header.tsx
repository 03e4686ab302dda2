import type { ReactNode } from 'react'
import { usePageMeta } from './use-page-meta'

/** The page's one h1, its lead paragraph, and the document title/description to match. */
export function PageHeader({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children?: ReactNode
}) {
  usePageMeta(title, description)
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {description ? <p className="lead">{description}</p> : null}
      {children}
    </header>
  )
}
