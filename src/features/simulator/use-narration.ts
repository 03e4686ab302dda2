import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import type { NarrationRef, ScenarioStep } from '../../smtp/scenarios/scenarios'

/**
 * Text for engine narration refs and code titles, read from the data namespaces: the
 * simulator never retypes what scenarios.json, codes.json and enhanced.json already say.
 */
export function useNarration() {
  const scenarios = useDataText('scenarios')
  const codeText = useCodeText()
  return {
    command: (ref: NarrationRef) => scenarios(`command.${ref.key}`, ref.params),
    reply: (ref: NarrationRef) => scenarios(`reply.${ref.key}`, ref.params),
    codeTitle: codeText.title,
    /** '5.1.1' → the title of X.1.1 (enhanced.json `codes.<subject>.<detail>`). */
    enhancedTitle: codeText.title,
    scenarioTitle: (id: string) => scenarios(`scenario.${id}.title`),
    scenarioDescription: (id: string) => scenarios(`scenario.${id}.description`),
    host: (role: 'client' | 'server') => scenarios(`host.${role}`),
    preset: (id: string) => scenarios(`preset.${id}`),
  }
}

export type Narration = ReturnType<typeof useNarration>

/** The first line the client sent, or '' for the connect step (the caller words that one). */
export function sentSummary(step: ScenarioStep): string {
  return step.kind === 'command' ? (step.sent[0] ?? '') : ''
}

/** A step's narration ref with its run's hosts filled in (the build drops them: scenarios.ts). */
export function withHosts(ref: NarrationRef, hosts: { client: string; server: string }): NarrationRef {
  return { ...ref, params: { ...hosts, ...ref.params } }
}
