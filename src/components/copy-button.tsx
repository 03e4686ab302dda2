import { useState } from 'react'
import { useTranslation } from 'react-i18next'

type Status = 'idle' | 'copied' | 'failed'

/**
 * Copies `text` (or what the function returns at click time, e.g. the page address, which a
 * prerendered page cannot know); the result is announced politely and shown next to the button.
 */
export function CopyButton({ text, label }: { text: string | (() => string); label?: string }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Status>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <span className="copy-button">
      <button type="button" onClick={copy}>
        {label ?? t('copy.copy')}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? t('copy.copied') : status === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  )
}
