import type { ReactNode } from 'react'
import type { Reply } from '../smtp/engine/reply'

export type SessionLogEntry =
  | { id: number; side: 'client'; text: string }
  | { id: number; side: 'server'; reply: Reply }

/**
 * The lines of a typed SMTP session, as the wire has them: "C: …" for what the learner typed
 * (plain React text, never markup), "S: …" for each line of a reply, then `explain` for the reply
 * (a code chip, a narration). Shared by the simulator's terminal and Learn's terminal exercises.
 */
export function SessionLogLines<E extends SessionLogEntry>({
  entries,
  explain,
}: {
  entries: readonly E[]
  explain: (entry: Extract<E, { side: 'server' }>) => ReactNode
}) {
  return (
    <ol>
      {entries.map((entry) =>
        entry.side === 'client' ? (
          <li key={entry.id} className="line-client">
            <pre translate="no">{`C: ${entry.text}`}</pre>
          </li>
        ) : (
          <li key={entry.id} className="line-server">
            <pre translate="no">{entry.reply.lines.map((line) => `S: ${line}`).join('\n')}</pre>
            {explain(entry as Extract<E, { side: 'server' }>)}
          </li>
        ),
      )}
    </ol>
  )
}
