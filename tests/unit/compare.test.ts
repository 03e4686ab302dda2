import { describe, expect, it } from 'vitest'
import { compareLocaleFiles, comparePairLocaleFiles } from '../../src/features/compare/locale-files'
import { ENHANCED_CODES } from '../../src/smtp/codes/enhanced-codes'
import { REPLY_CODES } from '../../src/smtp/codes/reply-codes'
import {
  type Comparison,
  CURATED_PAIRS,
  compareCodes,
  DIFFERENCE_IDS,
  describeCode,
  GENERIC_GUIDANCE_IDS,
  isComparison,
} from '../../src/smtp/compare/compare'
import { pageText } from '../helpers/locale-text'

// The compare namespace as a page has it: the files its route declares (a pair's page adds the
// pair's own part, if any).
const cache = new Map<string, Record<string, unknown> | undefined>()
function textFor(lng: string, files: readonly string[]) {
  const key = `${lng} ${files.join()}`
  if (!cache.has(key)) cache.set(key, pageText(lng, files).compare)
  return cache.get(key)
}
const textForPair = (lng: string, a: string, b: string) => textFor(lng, comparePairLocaleFiles(a, b))
const locales = { en: textFor('en', compareLocaleFiles()), tr: textFor('tr', compareLocaleFiles()) }

/** Looks up a dotted key ('guidance.450-550.operator') in a locale object. */
function lookup(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj)
}

function compared(a: string, b: string): Comparison {
  const result = compareCodes(a, b)
  if (!isComparison(result)) throw new Error(`${a}/${b}: ${result.error}`)
  return result
}

const diff = (c: Comparison, id: string) => c.differences.find((d) => d.id === id)

describe('compareCodes: derived differences', () => {
  it('450 vs 550: class, transience and retry differ, kind does not', () => {
    const c = compared('450', '550')
    expect(diff(c, 'class')).toEqual({ id: 'class', a: '4', b: '5' })
    expect(diff(c, 'transience')).toEqual({ id: 'transience', a: 'transient', b: 'permanent' })
    expect(diff(c, 'retry')).toEqual({ id: 'retry', a: 'retry-later', b: 'do-not-retry' })
    expect(c.same).toContain('kind')
    expect(diff(c, 'kind')).toBeUndefined()
  })

  it('220 vs 221 differ only where they are sent', () => {
    const c = compared('220', '221')
    expect(c.differences.map((d) => d.id)).toEqual(['stages'])
    expect(diff(c, 'stages')).toEqual({ id: 'stages', a: ['connection', 'starttls'], b: ['quit'] })
  })

  it('lists every aspect exactly once, in either differences or same', () => {
    for (const [a, b] of [
      ['354', '250'],
      ['5.1.1', '421'],
      ['X.7.1', '4.7.1'],
    ] as const) {
      const c = compared(a, b)
      const ids = [...c.differences.map((d) => d.id), ...c.same].sort()
      expect(ids).toEqual([...DIFFERENCE_IDS].sort())
    }
  })

  it('derives an enhanced code’s facts from its class and its registry basic codes', () => {
    const enhanced = describeCode('4.2.2')
    expect(enhanced).toMatchObject({ kind: 'enhanced', cls: 4, transient: true, retry: 'retry-later' })
    const permanent = describeCode('5.1.1')
    expect(permanent).toMatchObject({ cls: 5, transient: false, retry: 'do-not-retry', actor: 'sender' })
    // Same-class basic codes only: 5.4.3 is listed with 451 and 550, so it takes 550's stages, not 451's.
    expect(describeCode('5.4.3')?.stages).toEqual(describeCode('550')?.stages)
    expect(describeCode('4.4.3')?.stages).toEqual(describeCode('451')?.stages)
    expect(describeCode('2.0.0')).toMatchObject({
      transient: undefined,
      retry: 'not-needed',
      actor: 'nobody',
    })
    expect(describeCode('X.1.1')).toMatchObject({
      code: 'X.1.1',
      cls: 'X',
      transient: undefined,
      retry: undefined,
    })
  })

  it('names the sender for a message too big and a login problem, as the basic codes they pair with do', () => {
    for (const code of ['5.3.4', '4.3.4', 'X.3.4', '5.2.3', '5.7.8', '5.7.9', '4.7.12', '5.7.13'])
      expect(describeCode(code)?.actor, code).toBe('sender')
    expect(describeCode('552')?.actor).toBe(describeCode('5.3.4')?.actor)
    expect(describeCode('535')?.actor).toBe(describeCode('5.7.8')?.actor)
    // The subject still decides elsewhere: X.3.x mail system trouble is the receiving side's.
    expect(describeCode('4.3.1')?.actor).toBe('recipient-admin')
  })

  it('gives each code the party and stages its own definition names (fact reviews 27 and 28)', () => {
    // Send without the features (RFC 3463 §3.4), STARTTLS before AUTH, the sender's RRVS date (RFC 7293).
    for (const code of ['5.3.3', '5.7.10', '5.7.17', '5.7.18', '5.7.19', '5.4.7'])
      expect(describeCode(code)?.actor, code).toBe('sender')
    expect(describeCode('5.6.4')?.stages).toEqual(['data-end', 'bdat'])
    expect(describeCode('5.7.20')?.stages).toEqual(['data-end', 'bdat'])
    expect(describeCode('5.6.8')?.stages).toEqual(['vrfy', 'expn'])
    expect(describeCode('5.1.3')?.stages).toEqual(['rcpt'])
    // Postfix refuses a sender at RCPT TO by default (smtpd_delay_reject = yes).
    expect(describeCode('5.1.8')?.stages).toEqual(['mail', 'rcpt'])
    expect(describeCode('5.7.27')?.stages).toEqual(['mail', 'rcpt'])
    expect(describeCode('5.6.7')?.stages).toEqual(['mail', 'rcpt'])
  })

  it('does not read 4.4.7 as "still queued": the report’s Action field says so, not the class (fact review 51)', () => {
    // RFC 3463 §2: a class 4 code may come with a failure report (Exchange's "550 4.4.7
    // QUEUE.Expired"); RFC 3464 §2.3.3: Action tells delayed from failed.
    for (const code of ['4.4.7', '5.4.7', 'X.4.7']) expect(describeCode(code)?.actor, code).toBe('sender')
    for (const [a, b] of [
      ['4.4.7', '450'],
      ['450', '4.4.7'],
      ['4.4.7', '5.4.7'],
      ['X.4.7', '4.7.1'],
    ] as const)
      expect(compared(a, b).notes, `${a}/${b}`).toContain('expired')
    expect(compared('4.4.7', '5.4.7').notes.filter((n) => n === 'expired')).toHaveLength(1)
    expect(compared('4.4.6', '450').notes).not.toContain('expired')
    for (const data of Object.values(locales)) expect(lookup(data, 'notes.expired')).toMatch(/Action/)
  })

  it('does not read 4.7.7 as "still queued" either: X.7.7 gets the Action-field note (fact review 52)', () => {
    // RFC 3463 §3.8: X.7.7 may be a successful, persistent transient or permanent code; RFC 3464
    // §2.3.3: the report's Action field, not the class, says what became of the message.
    for (const [a, b] of [
      ['4.7.7', '5.7.7'],
      ['5.7.7', '4.7.7'],
      ['2.7.7', '550'],
      ['X.7.7', '4.7.1'],
    ] as const)
      expect(compared(a, b).notes, `${a}/${b}`).toContain('integrity')
    expect(compared('4.7.7', '5.7.7').notes).toEqual(['integrity'])
    expect(compared('4.7.7', '4.4.7').notes).toEqual(['expired', 'integrity'])
    expect(compared('4.7.6', '5.7.6').notes).not.toContain('integrity')
    for (const data of Object.values(locales))
      expect(lookup(data, 'notes.integrity')).toMatch(/Action: delayed/)
  })

  it('gives a bad mailbox and a bad domain only the stages they occur at (fact review 51)', () => {
    // X.1.1 never answers EHLO, HELO or MAIL FROM, where the sender is judged (X.1.7, X.1.8).
    expect(describeCode('5.1.1')?.stages).toEqual(['rcpt', 'data-end', 'bdat', 'vrfy'])
    expect(describeCode('5.1.2')?.stages).toEqual(['rcpt'])
    expect(diff(compared('5.1.1', '5.1.2'), 'stages')).toEqual({
      id: 'stages',
      a: ['rcpt', 'data-end', 'bdat', 'vrfy'],
      b: ['rcpt'],
    })
  })

  it('lets 502 answer a STARTTLS, ETRN or BDAT the server does not offer (RFC 5321 §4.2.4, fact review 51)', () => {
    expect(describeCode('502')?.stages).toEqual(expect.arrayContaining(['starttls', 'etrn', 'bdat']))
    const c = compared('502', '454')
    expect(c.a.stages).toContain('starttls')
    expect(c.b.stages).toContain('starttls')
  })

  it('does not give a reply and the generic enhanced code it comes with two parties (530 5.7.0, RFC 4954 §6)', () => {
    const c = compared('530', '5.7.0')
    expect(c.paired).toBe(true)
    expect(diff(c, 'actor')).toBeUndefined()
    expect(c.b.actor).toBe(describeCode('530')?.actor)
    // Unpaired, 5.7.0 keeps its own party.
    expect(compared('250', '5.7.0').b.actor).toBe('sender-admin')
  })

  it('compares a basic with an enhanced code and notices when they travel together', () => {
    const c = compared('550', '5.1.1')
    expect(diff(c, 'kind')).toEqual({ id: 'kind', a: 'reply', b: 'enhanced' })
    expect(c.paired).toBe(true)
    expect(c.notes).toContain('paired')
    expect(compared('220', '5.1.1').paired).toBe(false)
  })

  it('normalises input: spaces, x for X, leading zeros', () => {
    expect(compared(' 550 ', 'x.1.1').b.code).toBe('X.1.1')
    expect(compared('5.01.001', '550').a.code).toBe('5.1.1')
  })
})

describe('compareCodes: errors', () => {
  it('rejects the same code twice, however it is written', () => {
    expect(compareCodes('550', '550')).toEqual({ error: 'same' })
    expect(compareCodes('5.1.1', ' 5.1.1')).toEqual({ error: 'same' })
  })

  it('names the unknown side', () => {
    expect(compareCodes('999', '550')).toEqual({ error: 'unknown-a' })
    expect(compareCodes('550', '5.9.9')).toEqual({ error: 'unknown-b' })
    expect(compareCodes('', '550')).toEqual({ error: 'unknown-a' })
    expect(compareCodes('550', '2.1.1')).toEqual({ error: 'unknown-b' }) // X.1.1 has no class 2
    expect(compareCodes('<script>', 'abc')).toEqual({ error: 'unknown-a' })
  })
})

describe('notes and guidance', () => {
  it('gives the same notes in either order', () => {
    for (const [a, b] of [
      ['220', '221'],
      ['550', '5.1.1'],
      ['4.7.1', '5.7.1'],
      ['250', '421'],
    ] as const) {
      expect(compared(a, b).notes).toEqual(compared(b, a).notes)
    }
    expect(compared('221', '220').notes).toEqual(['220-221'])
  })

  it('falls back to generic guidance by class combination, in either order', () => {
    const c = compared('250', '421')
    expect(c.notes).toEqual([])
    expect(c.curated).toBeUndefined()
    expect(c.guidance).toEqual({
      operator: 'guidance.generic.2-4.operator',
      agent: 'guidance.generic.2-4.agent',
    })
    expect(compared('421', '250').guidance).toEqual(c.guidance)
    expect(compared('X.1.1', '354').guidance.agent).toBe('guidance.generic.3-x.agent')
  })

  it('resolves every curated pair to a comparison whose texts exist in both languages', () => {
    expect(CURATED_PAIRS.length).toBeGreaterThanOrEqual(14)
    const missing: string[] = []
    for (const pair of CURATED_PAIRS) {
      const c = compared(pair.a, pair.b)
      expect(c.curated).toBe(pair.id)
      expect(c.notes).toContain(pair.id)
      const keys = [
        ...c.notes.map((n) => `notes.${n}`),
        `teaser.${pair.id}`,
        c.guidance.operator,
        c.guidance.agent,
      ]
      // Either order of the codes in the URL loads what the card shows.
      for (const lng of ['en', 'tr'])
        for (const [a, b, path] of [
          [pair.a, pair.b, `${pair.a}/${pair.b}`],
          [pair.b, pair.a, `${pair.b}/${pair.a}`],
        ] as const) {
          const data = textForPair(lng, a, b)
          for (const key of keys) {
            const value = lookup(data, key)
            if (typeof value !== 'string' || value.trim() === '') missing.push(`${path}: ${key}`)
          }
        }
    }
    expect(missing).toEqual([])
  })

  it('has generic guidance for every class combination and a template for every difference', () => {
    const missing: string[] = []
    for (const [lng, data] of Object.entries(locales)) {
      for (const id of GENERIC_GUIDANCE_IDS)
        for (const role of ['operator', 'agent'])
          if (typeof lookup(data, `guidance.${id}.${role}`) !== 'string')
            missing.push(`${lng}: ${id}.${role}`)
      for (const id of DIFFERENCE_IDS)
        if (typeof lookup(data, `difference.${id}`) !== 'string') missing.push(`${lng}: difference.${id}`)
    }
    expect(GENERIC_GUIDANCE_IDS).toHaveLength(15)
    expect(missing).toEqual([])
  })

  it('gives every pair of catalogue codes a comparison with existing guidance', () => {
    const codes = [...REPLY_CODES.map((r) => r.code), ...ENHANCED_CODES.map((e) => `${e.classes[0]}.${e.id}`)]
    for (const a of codes.filter((_, i) => i % 7 === 0))
      for (const b of codes) {
        const result = compareCodes(a, b)
        if (!isComparison(result)) {
          expect(result.error).toBe('same')
          continue
        }
        const text = textForPair('en', a, b)
        expect(lookup(text, result.guidance.operator), `${a}/${b}`).toBeTypeOf('string')
      }
  })
})
