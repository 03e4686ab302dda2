import { createFileRoute } from '@tanstack/react-router'
import { SimulatorPage } from '../../features/simulator/simulator-page'

export const Route = createFileRoute('/$lang/simulator')({ component: SimulatorPage })
