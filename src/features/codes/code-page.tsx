import { findEnhancedCode } from '../../smtp/codes/enhanced-codes'
import { findReplyCode } from '../../smtp/codes/reply-codes'
import { CodeNotFound } from './code-not-found'
import { EnhancedCodePage } from './enhanced-code-page'
import { ReplyCodePage } from './reply-code-page'
import './codes.css'

/**
 * One page per code: a basic reply code, an enhanced code (5.1.1 or X.1.1), or a helpful not-found.
 * `registryText` is the registry's wording of an enhanced code (see registry-text.ts).
 */
export function CodePage({ code, registryText }: { code: string; registryText?: string | undefined }) {
  const trimmed = code.trim()
  const reply = /^\d{3}$/.test(trimmed) ? findReplyCode(trimmed) : undefined
  if (reply) return <ReplyCodePage key={reply.code} reply={reply} />
  const enhanced = findEnhancedCode(trimmed)
  if (enhanced)
    return (
      <EnhancedCodePage
        key={`${enhanced.cls}.${enhanced.entry.id}`}
        entry={enhanced.entry}
        cls={enhanced.cls}
        registryText={registryText}
      />
    )
  return <CodeNotFound code={trimmed} />
}
