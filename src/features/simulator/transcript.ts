// The wire transcript of a scenario up to a step, in the usual C:/S: notation.
import type { ScenarioStep } from '../../smtp/scenarios/scenarios'

export interface TranscriptLine {
  side: 'C' | 'S'
  text: string
  step: number
}

/** Lines of steps 0…`upto`; the replies of step `upto` only when `withLastReply`. */
export function transcriptLines(
  steps: ScenarioStep[],
  upto: number,
  withLastReply: boolean,
): TranscriptLine[] {
  const lines: TranscriptLine[] = []
  for (const step of steps.slice(0, upto + 1)) {
    for (const text of step.sent) lines.push({ side: 'C', text, step: step.index })
    if (step.index < upto || withLastReply)
      for (const reply of step.replies)
        for (const text of reply.lines) lines.push({ side: 'S', text, step: step.index })
  }
  return lines
}

export const transcriptText = (lines: TranscriptLine[]) =>
  lines.map((line) => `${line.side}: ${line.text}`).join('\n')
