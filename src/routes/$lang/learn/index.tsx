import { createFileRoute } from '@tanstack/react-router'
import { LearnIndexPage } from '../../../features/learn/learn-index-page'

export const Route = createFileRoute('/$lang/learn/')({ component: LearnIndexPage })
