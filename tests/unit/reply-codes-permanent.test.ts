import { describe, expect, it } from 'vitest'
import enJson from '../../locales/en/codes-5xx.json'
import trJson from '../../locales/tr/codes-5xx.json'
import { findEnhancedCode } from '../../src/smtp/codes/enhanced-codes'
import { PERMANENT_REPLY_CODES } from '../../src/smtp/codes/reply-codes-permanent'
import type { ReplyCode } from '../../src/smtp/codes/types'
import { namespaceText } from '../helpers/locale-text'

type CodeTexts = Record<string, Record<string, string>>
// Titles and summaries live in codes-5xx.json; the long text in one file per code (codes/550.json).
const en = namespaceText('en', 'codes').reply as CodeTexts
const tr = namespaceText('tr', 'codes').reply as CodeTexts

const TEXT_KEYS = ['title', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'realWorld']

// The 2xx–4xx codes written in reply-codes.ts; `related` may point at them.
const OTHER_BASIC_CODES =
  '211 214 220 221 235 250 251 252 253 334 354 421 432 450 451 452 454 455 458 459'.split(' ')

const byCode = new Map(PERMANENT_REPLY_CODES.map((c) => [c.code, c]))
const get = (code: string): ReplyCode => {
  const found = byCode.get(code)
  if (!found) throw new Error(`missing ${code}`)
  return found
}
const nonStandard = PERMANENT_REPLY_CODES.filter((c) => c.provenance === 'non-standard')
const standard = PERMANENT_REPLY_CODES.filter((c) => c.provenance !== 'non-standard')

describe('PERMANENT_REPLY_CODES', () => {
  it('holds every standard 5yz code once, sorted numerically', () => {
    const codes = PERMANENT_REPLY_CODES.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)))
    expect(standard.map((c) => c.code)).toEqual(
      '500 501 502 503 504 521 530 534 535 538 550 551 552 553 554 555 556'.split(' '),
    )
  })

  it('holds only 5yz codes and codes marked non-standard', () => {
    for (const c of PERMANENT_REPLY_CODES) {
      expect(c.code).toMatch(/^\d{3}$/)
      if (!c.code.startsWith('5')) expect(c.provenance, c.code).toBe('non-standard')
    }
  })

  it('never tells a client to retry a 5yz reply', () => {
    for (const c of PERMANENT_REPLY_CODES.filter((x) => x.code.startsWith('5'))) {
      expect(c.retry, c.code).toBe('do-not-retry')
    }
  })

  it('marks the RFC 5321 §4.2.3 codes core and cites that section first', () => {
    const core = PERMANENT_REPLY_CODES.filter((c) => c.provenance === 'core').map((c) => c.code)
    expect(core).toEqual(['500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555'])
    for (const code of core) expect(get(code).refs[0], code).toEqual({ rfc: 5321, section: '4.2.3' })
  })

  it('cites RFC 7504 for 521 and 556, and RFC 7505 for the null MX pairing of 556', () => {
    expect(get('521')).toMatchObject({ provenance: 'extension', stages: ['connection'] })
    expect(get('521').refs[0]).toEqual({ rfc: 7504, section: '3' })
    expect(get('556').provenance).toBe('extension')
    expect(get('556').refs[0]).toEqual({ rfc: 7504, section: '4' })
    expect(get('556').refs).toContainEqual({ rfc: 7505, section: '4.1' })
    expect(get('556').enhanced).toEqual(['5.1.10'])
  })

  it('cites RFC 4954 §6 for the AUTH codes, with their registered enhanced codes', () => {
    const pairs: Record<string, string> = { '530': '5.7.0', '534': '5.7.9', '535': '5.7.8', '538': '5.7.11' }
    for (const [code, enhanced] of Object.entries(pairs)) {
      const c = get(code)
      expect(c.provenance, code).toBe('extension')
      expect(c.refs[0], code).toEqual({ rfc: 4954, section: '6' })
      expect(c.enhanced, code).toContain(enhanced)
    }
    for (const code of ['534', '535', '538']) expect(get(code).stages, code).toEqual(['auth'])
  })

  it('gives 500 its RFC 4954 meaning too: AUTH line too long, 5.5.6', () => {
    const c = get('500')
    expect(c.refs).toContainEqual({ rfc: 4954, section: '6' })
    expect(c.enhanced).toContain('5.5.6')
    expect(c.stages).toContain('auth')
  })

  it('quotes the RFC wording for standard codes only', () => {
    for (const c of standard) expect(c.rfcText.length, c.code).toBeGreaterThan(0)
    for (const c of nonStandard) expect(c.rfcText, c.code).toBe('')
  })
})

describe('non-standard codes', () => {
  it('are the ones backed by real servers', () => {
    expect(nonStandard.map((c) => c.code)).toEqual(['511', '541', '571'])
  })

  it('never cite RFC 5321 as their definition', () => {
    for (const c of nonStandard) {
      expect(c.refs[0]?.rfc, c.code).not.toBe(5321)
      for (const ref of c.refs) {
        if (ref.rfc === 5321) expect(['4.2.2', '4.2.3'], c.code).not.toContain(ref.section)
      }
    }
  })

  it('say in both languages that no RFC defines them and name the standard code', () => {
    for (const { code } of nonStandard) {
      expect(en[code]?.description, code).toMatch(/No RFC defines/)
      expect(tr[code]?.description, code).toMatch(/Hiçbir RFC/)
      expect(`${en[code]?.description} ${en[code]?.realWorld}`, code).toMatch(/\b550 5\.\d\.\d+\b/)
      expect(`${tr[code]?.description} ${tr[code]?.realWorld}`, code).toMatch(/\b550 5\.\d\.\d+\b/)
    }
  })
})

describe('links and examples', () => {
  it('relate only to other catalogued codes', () => {
    const known = new Set([...byCode.keys(), ...OTHER_BASIC_CODES])
    for (const c of PERMANENT_REPLY_CODES) {
      expect(c.related.length, c.code).toBeGreaterThan(0)
      for (const r of c.related) {
        expect(known.has(r), `${c.code} → ${r}`).toBe(true)
        expect(r, c.code).not.toBe(c.code)
      }
    }
  })

  it('pair with real IANA enhanced codes of the same class', () => {
    for (const c of PERMANENT_REPLY_CODES) {
      expect(c.enhanced.length, c.code).toBeGreaterThan(0)
      for (const e of c.enhanced) {
        expect(e.startsWith(`${c.code[0]}.`), `${c.code} ${e}`).toBe(true)
        // findEnhancedCode also rejects a class the registry does not list for that subject.detail.
        expect(findEnhancedCode(e), `${c.code} ${e}`).toBeDefined()
      }
    }
  })

  it('show a reply line that starts with the code and lists its enhanced code', () => {
    for (const c of PERMANENT_REPLY_CODES) {
      expect(c.example, c.code).toMatch(new RegExp(`^${c.code}[ -]`))
      const shown = /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(c.example)?.[1]
      if (shown) expect(c.enhanced, c.code).toContain(shown)
    }
  })

  it('use only documentation domains and addresses in examples', () => {
    for (const c of PERMANENT_REPLY_CODES) {
      for (const domain of c.example.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi) ?? []) {
        expect(domain, c.code).toMatch(/(^|\.)example\.(org|com|net)$/i)
      }
      for (const ip of c.example.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
        expect(ip, c.code).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\./)
      }
    }
  })
})

describe('codes-5xx texts', () => {
  const codes = PERMANENT_REPLY_CODES.map((c) => c.code).sort()

  it('cover exactly these codes in both languages', () => {
    expect(Object.keys(enJson.reply).sort()).toEqual(codes)
    expect(Object.keys(trJson.reply).sort()).toEqual(codes)
  })

  it('have every key, non-empty, and Turkish different from English', () => {
    for (const code of codes) {
      for (const [lng, texts] of [
        ['en', en],
        ['tr', tr],
      ] as const) {
        expect(Object.keys(texts[code] ?? {}).sort(), `${lng} ${code}`).toEqual([...TEXT_KEYS].sort())
        for (const key of TEXT_KEYS) {
          expect(texts[code]?.[key]?.trim().length, `${lng} ${code}.${key}`).toBeGreaterThan(0)
          // i18next would try to interpolate these; the texts carry none.
          expect(texts[code]?.[key], `${lng} ${code}.${key}`).not.toMatch(/\{\{|\$t\(/)
        }
      }
      for (const key of TEXT_KEYS) expect(tr[code]?.[key], `${code}.${key}`).not.toBe(en[code]?.[key])
    }
  })
})
