import { createContext } from 'react'

/**
 * Filled during a server render so the prerenderer can write each page's <title> and
 * description into its HTML. In the browser there is no provider and effects set them.
 */
export interface HeadCollector {
  title?: string
  description?: string
}

export const HeadContext = createContext<HeadCollector | null>(null)
