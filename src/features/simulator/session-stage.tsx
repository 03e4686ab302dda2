import { useTranslation } from 'react-i18next'
import type { ScenarioRun, ScenarioStep } from '../../smtp/scenarios'
import type { Narration } from './use-narration'
import type { Phase, Speed } from './use-playback'

interface Props {
  scenario: ScenarioRun
  step: ScenarioStep
  isLast: boolean
  phase: Phase
  speed: Speed
  narration: Narration
}

/** What travels on the wire: the verb (not a whole base64 line), or a word for the message. */
function packetLabel(step: ScenarioStep, messageWord: string): string {
  if (step.kind === 'message') return messageWord
  return (step.sent[0] ?? '').split(' ')[0] ?? ''
}

/**
 * The two parties and the wire between them. The moving parts are decoration (aria-hidden):
 * everything they show is also in the step details and the live region as text.
 */
export function SessionStage({ scenario, step, isLast, phase, speed, narration }: Props) {
  const { t } = useTranslation('simulator')
  const closed = isLast && (step.code === '221' || step.code === '421')
  const opening = step.kind === 'connect' && phase === 'out'
  const wireClass = opening ? 'wire wire-opening' : closed && phase === 'done' ? 'wire wire-closed' : 'wire'
  const code = step.code ?? ''
  let packet: { className: string; label: string } | null = null
  if (phase === 'out' && step.kind !== 'connect')
    packet = { className: 'packet packet-out', label: packetLabel(step, t('stage.message')) }
  else if (phase === 'guess') packet = { className: 'packet packet-waiting', label: '?' }
  else if (phase === 'back')
    packet = { className: `packet packet-back code-class-${code.charAt(0)}`, label: code }

  return (
    // A class per speed, not an inline style: the page's CSP (style-src 'self') blocks style attributes.
    <div className={`stage speed-${String(speed).replace('.', '-')}`}>
      <div className="party">
        <span className="party-role">{narration.host('client')}</span>
        <span className="party-host" translate="no">
          {scenario.client.host}
        </span>
      </div>
      <div className="wire-area" aria-hidden="true">
        <div className={wireClass} />
        {packet ? (
          <div key={`${step.index}:${phase}`} className="packet-track">
            <span className={packet.className} translate="no">
              {packet.label}
            </span>
          </div>
        ) : null}
      </div>
      <div className="party">
        <span className="party-role">{narration.host('server')}</span>
        <span className="party-host" translate="no">
          {scenario.server.host}
        </span>
      </div>
    </div>
  )
}
