import type { ReactNode } from 'react'

/** The page's one h1 and its lead paragraph (the document's title and description come from the route's head()). */
export function PageHeader({
  title,
  description,
  children,
}: {
  title: string
  description?: string | undefined
  children?: ReactNode
}) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {description ? <p className="lead">{description}</p> : null}
      {children}
    </header>
  )
}
