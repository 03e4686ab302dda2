import type { i18n as I18n } from 'i18next'
import type { PageHead } from '../../components/page-head'
import { enhancedTextKey } from '../../i18n/code-text'
import { dataText } from '../../i18n/dynamic-text'
import { findEnhancedCode } from '../../smtp/codes/enhanced-codes'
import { findReplyCode } from '../../smtp/codes/reply-codes'
import type { EnhancedClass, EnhancedCode, ReplyCode } from '../../smtp/codes/types'

// The heads of the three kinds of code page. The pages' h1 and lead use these too, so the
// document title and the page can never say different things. Loaded with the code route's
// loader, not with the route tree: they need the catalogues.

export function replyCodeHead(i18n: I18n, reply: ReplyCode): PageHead {
  const codes = dataText(i18n, 'codes')
  const { code } = reply
  return {
    title: i18n.t('code.title', { ns: 'browser', code, title: codes(`reply.${code}.title`) }),
    description: codes(`reply.${code}.summary`),
  }
}

export function enhancedCodeHead(
  i18n: I18n,
  { cls, entry }: { cls: EnhancedClass | 'X'; entry: EnhancedCode },
): PageHead {
  const enhanced = dataText(i18n, 'enhanced')
  const code = `${cls}.${entry.id}`
  return {
    title: i18n.t('code.title', {
      ns: 'browser',
      code,
      title: enhanced(`codes.${enhancedTextKey(entry.id)}.title`),
    }),
    description: enhanced(`codes.${enhancedTextKey(entry.id)}.description`),
  }
}

export function unknownCodeHead(i18n: I18n, code: string): PageHead {
  return {
    title: i18n.t('notFound.title', { ns: 'browser', code }),
    description: i18n.t('notFound.body', { ns: 'browser', code }),
  }
}

/** `/{lang}/codes/{code}/`: whichever of the three pages the code gets (see code-page.tsx). */
export function codePageHead(i18n: I18n, code: string): PageHead {
  const trimmed = code.trim()
  const reply = /^\d{3}$/.test(trimmed) ? findReplyCode(trimmed) : undefined
  if (reply) return replyCodeHead(i18n, reply)
  const enhanced = findEnhancedCode(trimmed)
  return enhanced ? enhancedCodeHead(i18n, enhanced) : unknownCodeHead(i18n, trimmed)
}
