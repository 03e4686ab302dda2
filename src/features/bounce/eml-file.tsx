import { type DragEvent, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_BOUNCE_INPUT } from '../../smtp/bounce/limits'

export type FileResult = { name: string; text?: string }

/**
 * Reads a saved message with the File API, on this device. Only the start is read: the analyzer
 * looks at its first MAX_BOUNCE_INPUT characters, and a mail character is at most 4 bytes.
 */
async function readFile(file: File): Promise<FileResult> {
  try {
    const text = await file.slice(0, MAX_BOUNCE_INPUT * 4).text()
    return { name: file.name, text: text.slice(0, MAX_BOUNCE_INPUT + 1) }
  } catch {
    return { name: file.name }
  }
}

/** "Open an .eml file": a real file input behind a visible label, so it works by keyboard. */
export function EmlFileInput({ onFile, hintId }: { onFile: (r: FileResult) => void; hintId: string }) {
  const { t } = useTranslation('bounce')
  const id = useId()
  return (
    <span className="eml-open">
      <input
        id={id}
        type="file"
        className="visually-hidden-file"
        accept=".eml,.txt,.msg,message/rfc822,text/plain"
        aria-describedby={hintId}
        onChange={async (event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(await readFile(file))
        }}
      />
      <label htmlFor={id} className="button-like">
        {t('input.open')}
      </label>
    </span>
  )
}

/** Drop a file on the text box to open it; dropped text is left to the browser. */
export function useEmlDrop(onFile: (r: FileResult) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault()
    },
    onDrop: async (event: DragEvent) => {
      const file = event.dataTransfer.files?.[0]
      if (!file) return
      event.preventDefault()
      onFile(await readFile(file))
    },
  }
}
