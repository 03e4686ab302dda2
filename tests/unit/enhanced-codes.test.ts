import { describe, expect, it } from 'vitest'
import type enTitles from '../../locales/en/enhanced.json'
import type trTitles from '../../locales/tr/enhanced.json'
import {
  ENHANCED_CLASSES,
  ENHANCED_CODES,
  ENHANCED_DRAFT_REFS,
  ENHANCED_SUBJECTS,
  findEnhancedCode,
  formatEnhanced,
  getEnhancedCode,
  parseEnhancedCode,
} from '../../src/smtp/codes/enhanced-codes'
import { REGISTRY_TEXT } from '../../src/smtp/codes/enhanced-registry-text'
import { namespaceText } from '../helpers/locale-text'

// Every enumerated code of the IANA "SMTP Enhanced Status Codes" registry, typed
// out by hand from the registry so that a lost or invented entry fails here.
// Titles in enhanced.json, descriptions in enhanced/descriptions.json: one namespace, as merged by the app.
const en = namespaceText('en', 'enhanced') as typeof enTitles
const tr = namespaceText('tr', 'enhanced') as typeof trTitles

const REGISTRY_IDS = [
  '0.0',
  ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10'],
  ...['2.0', '2.1', '2.2', '2.3', '2.4'],
  ...['3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6'],
  ...['4.0', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7'],
  ...['5.0', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6'],
  ...['6.0', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'],
  ...Array.from({ length: 31 }, (_, detail) => `7.${detail}`),
]

type Text = { title: string; description: string }
type Locale = typeof en
const codeText = (locale: Locale, id: string): Text | undefined => {
  const [subject = '', detail = ''] = id.split('.')
  const bySubject = (locale.codes as unknown as Record<string, Record<string, Text> | undefined>)[subject]
  return bySubject?.[detail]
}
// A sentence ends in . ! or ? followed by a space or the end; dots inside '5.2.1' or '"."' do not count.
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length

describe('ENHANCED_CODES', () => {
  it('holds exactly the registry entries X.0.0 to X.7.30, sorted by subject then detail', () => {
    expect(ENHANCED_CODES.map((entry) => entry.id)).toEqual(REGISTRY_IDS)
  })

  it('has unique ids', () => {
    expect(new Set(ENHANCED_CODES.map((entry) => entry.id)).size).toBe(ENHANCED_CODES.length)
  })

  it('lists each entry for at least one class, only among 2, 4 and 5, without repeats', () => {
    for (const entry of ENHANCED_CODES) {
      expect(entry.classes.length, entry.id).toBeGreaterThan(0)
      expect(new Set(entry.classes).size, entry.id).toBe(entry.classes.length)
      for (const cls of entry.classes) expect(ENHANCED_CLASSES, entry.id).toContain(cls)
    }
  })

  it('only associates basic codes whose first digit is one of the listed classes', () => {
    for (const entry of ENHANCED_CODES) {
      for (const basic of entry.basic) {
        expect(basic, entry.id).toMatch(/^[245]\d\d$/)
        expect(entry.classes, `${entry.id} with ${basic}`).toContain(Number(basic[0]))
      }
    }
  })

  it('cites an RFC section for every entry, except the one registered from an Internet-Draft', () => {
    for (const entry of ENHANCED_CODES) {
      if (entry.refs.length === 0) {
        expect(ENHANCED_DRAFT_REFS[entry.id], entry.id).toMatch(/^draft-/)
        continue
      }
      for (const ref of entry.refs) {
        expect(ref.rfc, entry.id).toBeGreaterThan(0)
        expect(ref.section.trim(), entry.id).not.toBe('')
      }
    }
    expect(Object.keys(ENHANCED_DRAFT_REFS)).toEqual(['7.28'])
  })

  it('keeps the registry description for every entry, and only for those', () => {
    for (const entry of ENHANCED_CODES) expect(REGISTRY_TEXT[entry.id]?.trim(), entry.id).toBeTruthy()
    expect(Object.keys(REGISTRY_TEXT).sort()).toEqual(ENHANCED_CODES.map((entry) => entry.id).sort())
  })

  it('marks only X.6.10 as deprecated, as the registry does', () => {
    expect(ENHANCED_CODES.filter((entry) => entry.deprecated).map((entry) => entry.id)).toEqual(['6.10'])
  })

  it('carries the registry facts callers rely on', () => {
    expect(getEnhancedCode('1.1')).toMatchObject({
      basic: ['451', '550'],
      refs: [{ rfc: 3463, section: '3.2' }],
    })
    expect(getEnhancedCode('1.10')?.basic).toEqual(['556'])
    expect(getEnhancedCode('2.2')?.basic).toEqual(['552'])
    expect(getEnhancedCode('7.1')?.classes).toEqual([4, 5])
    expect(getEnhancedCode('7.8')?.basic).toEqual(['535', '554'])
    expect(getEnhancedCode('7.29')?.refs[0]?.rfc).toBe(8617)
    expect(getEnhancedCode('7.30')?.refs[0]?.rfc).toBe(8689)
    expect(getEnhancedCode('1.5')?.classes).toEqual([2])
    expect(getEnhancedCode('7.31')).toBeUndefined()
  })

  it('has an entry for every subject, and every subject is one of ENHANCED_SUBJECTS', () => {
    expect(ENHANCED_SUBJECTS).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    const subjects = new Set(ENHANCED_CODES.map((entry) => Number(entry.id.split('.')[0])))
    expect([...subjects]).toEqual([...ENHANCED_SUBJECTS])
  })
})

describe('parseEnhancedCode', () => {
  it('reads class, subject and detail', () => {
    expect(parseEnhancedCode('5.1.1')).toEqual({ cls: 5, subject: 1, detail: 1 })
    expect(parseEnhancedCode('4.7.30')).toEqual({ cls: 4, subject: 7, detail: 30 })
    expect(parseEnhancedCode('2.0.0')).toEqual({ cls: 2, subject: 0, detail: 0 })
  })

  it('accepts X or x for "any class" and ignores surrounding spaces', () => {
    expect(parseEnhancedCode('X.7.1')).toEqual({ cls: 'X', subject: 7, detail: 1 })
    expect(parseEnhancedCode('x.1.1')).toEqual({ cls: 'X', subject: 1, detail: 1 })
    expect(parseEnhancedCode('  5.1.1\n')).toEqual({ cls: 5, subject: 1, detail: 1 })
  })

  it('allows up to three digits for subject and detail (RFC 3463 §2)', () => {
    expect(parseEnhancedCode('5.123.456')).toEqual({ cls: 5, subject: 123, detail: 456 })
    expect(parseEnhancedCode('5.1000.1')).toBeUndefined()
    expect(parseEnhancedCode('5.1.1000')).toBeUndefined()
  })

  it.each([
    '5.1.1.1',
    '1.1.1',
    '3.1.1',
    '6.1.1',
    'abc',
    '',
    '   ',
    '5.1',
    '5..1',
    '5.1.',
    '.1.1',
    '5 .1.1',
    '5.1.1 x',
    '550 5.1.1',
    'Y.1.1',
    '5.-1.1',
    '５.1.1',
  ])('rejects %j', (input) => {
    expect(parseEnhancedCode(input)).toBeUndefined()
  })
})

describe('findEnhancedCode', () => {
  it('finds a registered code with a listed class', () => {
    expect(findEnhancedCode('5.1.1')).toEqual({ entry: getEnhancedCode('1.1'), cls: 5 })
    expect(findEnhancedCode('4.1.1')?.entry.id).toBe('1.1')
    expect(findEnhancedCode('2.1.5')?.entry.id).toBe('1.5')
    expect(findEnhancedCode('5.7.30')?.entry.id).toBe('7.30')
  })

  it('tells 1.10 apart from 1.1', () => {
    expect(findEnhancedCode('5.1.10')?.entry.id).toBe('1.10')
  })

  it('matches X against any listed class', () => {
    expect(findEnhancedCode('X.7.1')).toEqual({ entry: getEnhancedCode('7.1'), cls: 'X' })
    expect(findEnhancedCode('x.1.5')?.entry.id).toBe('1.5')
  })

  it('lists X.5.3 in both failure classes: RFC 3463 §3.6 does not restrict it, though 451 is its only basic code (fact review 51)', () => {
    expect(getEnhancedCode('5.3')?.classes).toEqual([4, 5])
    expect(findEnhancedCode('5.5.3')).toEqual({ entry: getEnhancedCode('5.3'), cls: 5 })
  })

  it('accepts either failure class for a failure entry, as real servers send them (550 5.4.1, 5.5.3)', () => {
    expect(findEnhancedCode('5.4.1')?.entry.id).toBe('4.1')
    expect(findEnhancedCode('5.5.3')?.entry.id).toBe('5.3')
    expect(findEnhancedCode('4.1.1')?.cls).toBe(4)
  })

  it('returns undefined for a success class on an entry that is never a success', () => {
    expect(findEnhancedCode('2.1.1')).toBeUndefined()
    expect(findEnhancedCode('5.1.5')).toBeUndefined()
    expect(findEnhancedCode('2.7.8')).toBeUndefined()
  })

  it('returns undefined for an unregistered subject.detail', () => {
    expect(findEnhancedCode('5.1.99')).toBeUndefined()
    expect(findEnhancedCode('5.8.0')).toBeUndefined()
    expect(findEnhancedCode('X.7.31')).toBeUndefined()
  })

  it.each(['5.1.1.1', '1.1.1', 'abc', ''])('returns undefined for malformed %j', (input) => {
    expect(findEnhancedCode(input)).toBeUndefined()
  })

  it('finds every entry under every class it lists', () => {
    for (const entry of ENHANCED_CODES) {
      for (const cls of entry.classes) {
        expect(findEnhancedCode(formatEnhanced(cls, entry.id)), `${cls}.${entry.id}`).toEqual({ entry, cls })
      }
    }
  })
})

describe('formatEnhanced', () => {
  it('joins class and id', () => {
    expect(formatEnhanced('5', '1.1')).toBe('5.1.1')
    expect(formatEnhanced(4, '7.30')).toBe('4.7.30')
    expect(formatEnhanced('X', '0.0')).toBe('X.0.0')
  })
})

describe('locales/*/enhanced.json and enhanced/descriptions.json', () => {
  const locales = { en, tr } as const

  it('names and explains every class and subject in both languages, differently', () => {
    for (const key of ['2', '4', '5'] as const) {
      const [e, t] = [en.class[key], tr.class[key]]
      for (const field of ['name', 'meaning'] as const) {
        expect(e[field].trim(), `class ${key} ${field}`).not.toBe('')
        expect(t[field].trim(), `class ${key} ${field}`).not.toBe('')
        expect(t[field], `class ${key} ${field}`).not.toBe(e[field])
      }
    }
    for (const subject of ENHANCED_SUBJECTS) {
      const key = String(subject) as keyof typeof en.subject
      for (const field of ['name', 'meaning'] as const) {
        expect(en.subject[key][field].trim(), `subject ${key}`).not.toBe('')
        expect(tr.subject[key][field], `subject ${key}`).not.toBe(en.subject[key][field])
      }
    }
  })

  it('gives every entry a title and a 2–3 sentence description in both languages', () => {
    for (const entry of ENHANCED_CODES) {
      for (const [lng, locale] of Object.entries(locales)) {
        const text = codeText(locale, entry.id)
        expect(text, `${lng} ${entry.id}`).toBeDefined()
        if (!text) continue
        expect(text.title.trim(), `${lng} ${entry.id}`).not.toBe('')
        expect(text.description, `${lng} ${entry.id}`).not.toBe(text.title)
        const count = sentences(text.description)
        expect(count, `${lng} ${entry.id}: ${text.description}`).toBeGreaterThanOrEqual(2)
        expect(count, `${lng} ${entry.id}: ${text.description}`).toBeLessThanOrEqual(3)
      }
    }
  })

  it('never reuses the English text in Turkish', () => {
    for (const entry of ENHANCED_CODES) {
      const [e, t] = [codeText(en, entry.id), codeText(tr, entry.id)]
      expect(t?.title, entry.id).not.toBe(e?.title)
      expect(t?.description, entry.id).not.toBe(e?.description)
    }
  })

  it('has no text for codes the registry does not list', () => {
    for (const locale of Object.values(locales)) {
      const ids = Object.entries(locale.codes).flatMap(([subject, details]) =>
        Object.keys(details).map((detail) => `${subject}.${detail}`),
      )
      expect(ids.sort()).toEqual([...REGISTRY_IDS].sort())
    }
  })
})
