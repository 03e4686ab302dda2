import type { Ref } from 'react'
import { CodeChip } from '../../../components/code-chip'
import { SessionLogLines } from '../../../components/session-log-lines'
import type { Narration } from '../use-narration'
import type { TerminalEntry } from './use-terminal'

interface Props {
  ref: Ref<HTMLDivElement>
  entries: TerminalEntry[]
  label: string
  narration: Narration
}

/**
 * The session so far. role="log" is a polite live region: a screen reader reads each new
 * reply as it arrives. What the learner typed is plain React text, never markup.
 */
export function TerminalLog({ ref, entries, label, narration }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable log must be reachable by keyboard
    <div ref={ref} className="terminal-log" role="log" aria-live="polite" aria-label={label} tabIndex={0}>
      <SessionLogLines
        entries={entries}
        explain={(entry) => (
          <p className="explain">
            <CodeChip code={entry.reply.code} label={narration.codeTitle(entry.reply.code)} />
            {entry.reply.enhanced ? (
              <>
                {' '}
                <CodeChip code={entry.reply.enhanced} label={narration.enhancedTitle(entry.reply.enhanced)} />
              </>
            ) : null}{' '}
            {narration.reply(entry.narration)}
          </p>
        )}
      />
    </div>
  )
}
