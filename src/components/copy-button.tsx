import { useState } from 'react'
import { useTranslation } from 'react-i18next'

type Status = 'idle' | 'copied' | 'failed'

/** Copies `text`; the result is announced politely and shown next to the button. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Status>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
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
