import { createFileRoute, redirect } from '@tanstack/react-router'
import { detectLanguage } from '../i18n/detect-language'

// `/` has no page of its own: it sends the visitor to their language.
export const Route = createFileRoute('/')({
  staticData: { prerenderParams: () => [] },
  beforeLoad: () => {
    throw redirect({ to: '/$lang/', params: { lang: detectLanguage() }, replace: true })
  },
})
