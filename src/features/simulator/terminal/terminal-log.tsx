import type { Ref } from 'react'
import { CodeChip } from '../../../components/code-chip'
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
      <ol>
        {entries.map((entry) =>
          entry.side === 'client' ? (
            <li key={entry.id} className="line-client">
              <pre translate="no">{`C: ${entry.text}`}</pre>
            </li>
          ) : (
            <li key={entry.id} className="line-server">
              <pre translate="no">{entry.reply.lines.map((line) => `S: ${line}`).join('\n')}</pre>
              <p className="explain">
                <CodeChip code={entry.reply.code} label={narration.codeTitle(entry.reply.code)} />
                {entry.reply.enhanced ? (
                  <>
                    {' '}
                    <CodeChip
                      code={entry.reply.enhanced}
                      label={narration.enhancedTitle(entry.reply.enhanced)}
                    />
                  </>
                ) : null}{' '}
                {narration.reply(entry.narration)}
              </p>
            </li>
          ),
        )}
      </ol>
    </div>
  )
}
