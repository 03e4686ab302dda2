import { createFileRoute } from '@tanstack/react-router'
import { BouncePage } from '../../features/bounce/bounce-page'

export const Route = createFileRoute('/$lang/bounce')({ component: BouncePage })
