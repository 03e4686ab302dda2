import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TERMINAL_SERVER } from '../../../smtp/scenarios/terminal-hosts'

// The terminal sits below the fold: its code is downloaded and run when the learner scrolls near
// it, not with the page, so the first screen becomes interactive sooner.
const TryTerminal = lazy(() => import('./try-terminal').then((m) => ({ default: m.TryTerminal })))

/** "Try it yourself", loaded when it comes near the viewport (at once where that cannot be told). */
export function LazyTerminal() {
  const { t } = useTranslation('simulator')
  const [wanted, setWanted] = useState(false)
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (wanted) return
    const el = ref.current
    if (!el || typeof IntersectionObserver !== 'function') {
      setWanted(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWanted(true)
      },
      { rootMargin: '100px 0px' },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [wanted])

  // The same heading and text the terminal opens with, so nothing moves when it arrives.
  const placeholder = (
    <section className="terminal terminal-waiting" aria-labelledby="terminal-heading" ref={ref}>
      <h2 id="terminal-heading">{t('terminal.heading')}</h2>
      <p className="hint">{t('terminal.intro', { server: TERMINAL_SERVER })}</p>
    </section>
  )
  if (!wanted) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <TryTerminal />
    </Suspense>
  )
}
