import { createFileRoute } from '@tanstack/react-router'
import { CodesPage } from '../../../features/codes/codes-page'

export const Route = createFileRoute('/$lang/codes/')({ component: CodesPage })
