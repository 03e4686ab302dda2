// The build-time index (virtual:scenario-index) that code and compare pages read must give the same
// answer as running the scenarios through the engine, for every code in the catalogue.
import index from 'virtual:scenario-index'
import { describe, expect, it } from 'vitest'
import { ENHANCED_CODES } from '../../src/smtp/enhanced-codes'
import { REPLY_CODES } from '../../src/smtp/reply-codes'
import { scenarioStepsWithCode } from '../../src/smtp/scenario-index'
import { scenarioCodeIndex, scenariosWithCode } from '../../src/smtp/scenarios'

const basic = REPLY_CODES.map((r) => r.code)
const enhanced = ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`))
// Every class compare pages try for an 'X.y.z' code, even where the registry does not list it.
const anyClass = ENHANCED_CODES.flatMap((e) => ['2', '4', '5'].map((cls) => `${cls}.${e.id}`))

describe('scenario index', () => {
  it('matches scenariosWithCode for every basic code', () => {
    for (const code of basic) expect(scenarioStepsWithCode(code), code).toEqual(scenariosWithCode(code))
  })

  it('matches scenariosWithCode for every enhanced code, in any class', () => {
    for (const code of new Set([...enhanced, ...anyClass]))
      expect(scenarioStepsWithCode(code), code).toEqual(scenariosWithCode(code))
  })

  it('is the same object the engine builds, with no empty or extra entries', () => {
    expect(index).toEqual(scenarioCodeIndex())
    for (const [code, steps] of Object.entries(index)) expect(steps.length, code).toBeGreaterThan(0)
  })

  it('finds the everyday codes', () => {
    for (const code of ['250', '550', '5.1.1'])
      expect(scenarioStepsWithCode(code).length, code).toBeGreaterThan(0)
  })

  it('answers nothing for codes no scenario shows, or for inherited keys', () => {
    expect(scenarioStepsWithCode('999')).toEqual([])
    expect(scenarioStepsWithCode('constructor')).toEqual([])
  })
})
