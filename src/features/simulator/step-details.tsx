import { useTranslation } from 'react-i18next'
import { CodeChip } from '../../components/code-chip'
import type { ScenarioRun, ScenarioStep } from '../../smtp/scenarios/scenarios'
import { type Narration, withHosts } from './use-narration'

interface Props {
  scenario: ScenarioRun
  step: ScenarioStep
  total: number
  /** False while the reply is still on its way or waiting for a guess. */
  revealed: boolean
  narration: Narration
}

/** The reply code and any enhanced code as links to their pages. */
export function ReplyChips({ step, narration }: { step: ScenarioStep; narration: Narration }) {
  if (!step.code) return null
  return (
    <span className="chips">
      <CodeChip code={step.code} label={narration.codeTitle(step.code)} />
      {step.enhanced ? (
        <CodeChip code={step.enhanced} label={narration.enhancedTitle(step.enhanced)} />
      ) : null}
    </span>
  )
}

/** Chips with their titles spelled out, for the step being explained; one per reply in a batch. */
function ReplyCodes({ step, narration }: { step: ScenarioStep; narration: Narration }) {
  if (step.kind === 'batch')
    return (
      <ol className="reply-codes batch-codes">
        {step.replies.map((reply, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: replies pair with commands by position (RFC 2920 §3.2)
          <li key={i}>
            <code translate="no">{step.sent[i]}</code> → <CodeChip code={reply.code} />{' '}
            {narration.codeTitle(reply.code)}
          </li>
        ))}
      </ol>
    )
  if (!step.code) return null
  return (
    <p className="reply-codes">
      <span>
        <CodeChip code={step.code} /> {narration.codeTitle(step.code)}
      </span>
      {step.enhanced ? (
        <span>
          <CodeChip code={step.enhanced} /> {narration.enhancedTitle(step.enhanced)}
        </span>
      ) : null}
    </p>
  )
}

/** The current step in words: what the client sent and why, what the server answered and what it means. */
export function StepDetails({ scenario, step, total, revealed, narration }: Props) {
  const { t } = useTranslation('simulator')
  const hosts = { client: scenario.client.host, server: scenario.server.host }
  return (
    <article className="step-details" aria-labelledby="step-heading">
      <h3 id="step-heading">{t('step.heading', { n: step.index + 1, total })}</h3>
      <div className="step-side step-client">
        <h4>{t('step.client', hosts)}</h4>
        {step.kind === 'connect' ? (
          <p>
            {step.laterMinutes === undefined
              ? t('step.connect', hosts)
              : t('step.reconnect', { ...hosts, minutes: step.laterMinutes })}
          </p>
        ) : (
          <>
            <pre className="wire-lines" translate="no">
              {step.sent.map((line) => `C: ${line}`).join('\n')}
            </pre>
            {step.kind === 'message' ? <p className="hint">{t('step.messageEnd')}</p> : null}
            {step.narration.command ? (
              <p>{narration.command(withHosts(step.narration.command, hosts))}</p>
            ) : null}
          </>
        )}
      </div>
      <div className="step-side step-server">
        <h4>{t('step.server', hosts)}</h4>
        {revealed ? (
          <>
            <pre className="wire-lines" translate="no">
              {step.replies.flatMap((reply) => reply.lines.map((line) => `S: ${line}`)).join('\n')}
            </pre>
            {step.replies.some((reply) => reply.lines.length > 1) ? (
              <p className="hint">{t('step.multiline')}</p>
            ) : null}
            <ReplyCodes step={step} narration={narration} />
            <p>{narration.reply(withHosts(step.narration.reply, hosts))}</p>
          </>
        ) : (
          <p className="hint">{t('step.waiting')}</p>
        )}
      </div>
    </article>
  )
}
