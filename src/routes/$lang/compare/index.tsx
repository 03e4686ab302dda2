import { createFileRoute } from '@tanstack/react-router'
import { CompareIndexPage } from '../../../features/compare/compare-index-page'

export const Route = createFileRoute('/$lang/compare/')({ component: CompareIndexPage })
