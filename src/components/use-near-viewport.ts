import { type RefObject, useEffect, useState } from 'react'

/**
 * True once the element comes within `margin` of the viewport, and from then on; at once where
 * that cannot be told (no IntersectionObserver, as under jsdom). For parts below the fold whose
 * code or engine need not download with the page.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '100px 0px'): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    if (near) return
    const el = ref.current
    if (!el || typeof IntersectionObserver !== 'function') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [near, ref, margin])
  return near
}
