// Every named scenario runs to its end through the engine, and every narration key it
// carries exists in both languages with the placeholders its params fill.
import { describe, expect, it } from 'vitest'
import enNarration from '../../locales/en/scenarios/narration.json'
import enShared from '../../locales/en/scenarios.json'
import trNarration from '../../locales/tr/scenarios/narration.json'
import trShared from '../../locales/tr/scenarios.json'
import { PRESET_IDS } from '../../src/smtp/engine/policy'
import { REPLY_REASONS } from '../../src/smtp/engine/reasons'
import { SCENARIO_IDS } from '../../src/smtp/scenarios/scenario-ids'
import {
  findScenario,
  firstStepWithCode,
  runScenario,
  SCENARIOS,
  scenarioSteps,
  scenariosWithCode,
} from '../../src/smtp/scenarios/scenarios'
import { COMMAND_KEYS, FALLBACK_REPLY_KEY, NO_REPLY_KEY } from '../../src/smtp/scenarios/scenarios-narration'

type Tree = { [key: string]: string | Tree }

function lookup(tree: Tree, path: string[]): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))

describe('SCENARIOS', () => {
  it('are exactly the ids the URL accepts, in the same order', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_IDS])
  })

  it('starts with happy-path and covers every failure branch', () => {
    expect(SCENARIOS[0]?.id).toBe('happy-path')
    const ids = SCENARIOS.map((s) => s.id)
    for (const id of [
      'greylisting',
      'unknown-user',
      'mailbox-full',
      'message-too-large',
      'relay-denied',
      'auth-required',
      'auth-failed',
      'tls-required',
      'too-many-recipients',
      'rate-limit',
    ]) {
      expect(ids).toContain(id)
    }
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s runs to its end', (id, scenario) => {
    const steps = runScenario(scenario)
    const first = steps[0]
    const last = steps.at(-1)
    expect(first?.kind).toBe('connect')
    expect(first?.code).toBe(id === 'connection-refused' ? '554' : '220')
    expect(['221', '421']).toContain(last?.code)
    // Every script line was sent: no session closed before its part of the script ended.
    expect(steps.flatMap((s) => s.sent)).toEqual(scenario.script.flat().filter((x) => typeof x === 'string'))
    steps.forEach((step, index) => {
      expect(step.index).toBe(index)
      expect(step.replies.length).toBeGreaterThan(0)
      expect(step.code).toBe(step.replies.at(-1)?.code)
    })
  })

  it('happy-path goes through STARTTLS, AUTH, DATA and QUIT with success codes only', () => {
    const steps = scenarioSteps('happy-path')
    expect(steps.map((s) => s.code)).toEqual([
      '220',
      '250',
      '220',
      '250',
      '235',
      '250',
      '250',
      '354',
      '250',
      '221',
    ])
    const message = steps.find((s) => s.kind === 'message')
    expect(message?.sent.at(-1)).toBe('.')
    expect(message?.sent).toContain('..signature')
  })

  it('is deterministic: two runs give the same transcript', () => {
    for (const s of SCENARIOS) expect(runScenario(s)).toEqual(runScenario(s))
  })

  it('each failure scenario shows its code', () => {
    const expected: [string, string][] = [
      ['greylisting', '4.7.1'],
      ['unknown-user', '5.1.1'],
      ['mailbox-full', '4.2.2'],
      ['message-too-large', '5.3.4'],
      ['relay-denied', '5.7.1'],
      ['auth-required', '530'],
      ['auth-failed', '5.7.8'],
      ['tls-required', '530'],
      ['too-many-recipients', '4.5.3'],
      ['rate-limit', '421'],
      ['bad-sequence', '503'],
      ['connection-refused', '554'],
    ]
    for (const [id, code] of expected) expect(firstStepWithCode(id, code), `${id} ${code}`).toBeDefined()
  })
})

describe('code lookups', () => {
  it('firstStepWithCode finds basic and enhanced codes, or undefined', () => {
    expect(firstStepWithCode('unknown-user', '550')).toBe(4)
    expect(firstStepWithCode('unknown-user', '5.1.1')).toBe(4)
    expect(firstStepWithCode('unknown-user', '552')).toBeUndefined()
    expect(firstStepWithCode('no-such-scenario', '250')).toBeUndefined()
  })
  it('scenariosWithCode lists each scenario once with its first step', () => {
    const found = scenariosWithCode('530')
    expect(found.map((f) => f.scenarioId).sort()).toEqual(['auth-required', 'tls-required'])
    for (const { scenarioId, step } of found) expect(scenarioSteps(scenarioId)[step]?.code).toBe('530')
    // Every scenario ends with QUIT and 221, the rate-limited one on its retry after the 421.
    expect(scenariosWithCode('221').length).toBe(SCENARIOS.length)
  })
  it('findScenario returns undefined for unknown ids', () => {
    expect(findScenario('happy-path')?.id).toBe('happy-path')
    expect(findScenario('nope')).toBeUndefined()
  })
})

describe('locales/*/scenarios.json and scenarios/narration.json', () => {
  // As the simulator page loads them: the shared file and its narration part, one namespace.
  const languages = {
    en: { ...enShared, ...enNarration } as Tree,
    tr: { ...trShared, ...trNarration } as Tree,
  }

  it('has every narration key used by a scenario step, with the placeholders its params fill', () => {
    for (const s of SCENARIOS) {
      for (const step of runScenario(s)) {
        const refs = [
          ['reply', step.narration.reply],
          ...(step.narration.command ? [['command', step.narration.command] as const] : []),
        ] as const
        for (const [group, ref] of refs) {
          for (const [lng, tree] of Object.entries(languages)) {
            const text = lookup(tree, [group, ref.key])
            expect(text, `${lng} ${group}.${ref.key}`).toBeTruthy()
            for (const name of placeholders(text ?? '')) {
              expect(
                ref.params ?? {},
                `${lng} ${group}.${ref.key} needs {{${name}}} in ${s.id}`,
              ).toHaveProperty(name as string)
            }
          }
        }
      }
    }
  })

  it('narrates an EHLO reply with the extensions that reply lists, before and after STARTTLS (fact review 52)', () => {
    // auth-required: the first EHLO offers STARTTLS and no AUTH; the one after TLS offers AUTH and
    // no STARTTLS (RFC 3207 §4.2), and the narration must say so rather than a fixed list.
    const ehlos = scenarioSteps('auth-required').filter(
      (step) => step.narration.reply.key === 'ehloExtensions',
    )
    expect(ehlos.map((step) => step.narration.reply.params?.extensions)).toEqual([
      'PIPELINING, SIZE 10485760, STARTTLS, ENHANCEDSTATUSCODES, 8BITMIME',
      'PIPELINING, SIZE 10485760, AUTH PLAIN LOGIN, ENHANCEDSTATUSCODES, 8BITMIME',
    ])
    for (const step of ehlos) {
      const keywords = step.replies
        .at(-1)
        ?.lines.slice(1)
        .map((line) => line.slice(4))
      expect(step.narration.reply.params?.extensions).toBe(keywords?.join(', '))
    }
    for (const [lng, tree] of Object.entries(languages)) {
      const text = lookup(tree, ['reply', 'ehloExtensions']) ?? ''
      expect(placeholders(text).has('extensions'), lng).toBe(true)
      // No fixed list that would claim AUTH on a plain connection.
      expect(text, lng).not.toMatch(/STARTTLS, AUTH/)
    }
  })

  it('has every reply reason, command key, scenario and preset in both languages', () => {
    const keys = [
      ...REPLY_REASONS.map((r) => ['reply', r]),
      ['reply', FALLBACK_REPLY_KEY],
      ['reply', NO_REPLY_KEY],
      ...COMMAND_KEYS.map((k) => ['command', k]),
      ...SCENARIOS.flatMap((s) => [
        ['scenario', s.id, 'title'],
        ['scenario', s.id, 'description'],
      ]),
      ...PRESET_IDS.map((p) => ['preset', p]),
      ['host', 'client'],
      ['host', 'server'],
    ]
    for (const path of keys) {
      const e = lookup(languages.en, path)
      const t = lookup(languages.tr, path)
      expect(e, `en ${path.join('.')}`).toBeTruthy()
      expect(t, `tr ${path.join('.')}`).toBeTruthy()
      expect(placeholders(t ?? ''), path.join('.')).toEqual(placeholders(e ?? ''))
      expect(t, `tr ${path.join('.')} is untranslated`).not.toBe(e)
    }
  })
})
