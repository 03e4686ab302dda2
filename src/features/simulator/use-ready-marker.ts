import { useEffect, useRef } from 'react'

/**
 * A ref that marks its element `data-ready` once React has taken over the prerendered page: a
 * control used before that would be lost, so the e2e tests wait for it. Set on the DOM, not
 * through state, so marking it costs no second render of the page (which on a slow phone was
 * one long task).
 */
export function useReadyMarker() {
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    element.current?.setAttribute('data-ready', 'true')
  }, [])
  return element
}
