import { useEffect, useRef, useState } from 'react'

/**
 * Text for a polite live region: `next` becomes the announcement when it changes to a new
 * non-null value. The first value (the step a link opened) is not news, so it is not announced.
 */
export function useAnnouncement(next: string | null): string {
  const [text, setText] = useState('')
  const seen = useRef<string | null>(null)
  useEffect(() => {
    if (next === null || next === seen.current) return
    const first = seen.current === null
    seen.current = next
    if (!first) setText(next)
  }, [next])
  return text
}
