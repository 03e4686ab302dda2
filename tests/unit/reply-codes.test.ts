// The whole basic reply code catalogue (2xx–5xx and non-standard codes) against RFC 5321 §4.2 and the
// rules the code pages rely on: shape, order, references, links between codes, and complete text in
// both languages, read through the same namespace merge the app uses.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getEnhancedCode } from '../../src/smtp/codes/enhanced-codes'
import {
  ACTORS,
  findReplyCode,
  isReplyCodeShape,
  PROVENANCES,
  REPLY_CLASSES,
  REPLY_CODES,
  RETRY_ADVICE,
  replyClassOf,
  SECOND_DIGITS,
  STAGES,
  secondDigitOf,
} from '../../src/smtp/codes/reply-codes'
import type { RetryAdvice } from '../../src/smtp/codes/types'
import { namespaceText } from '../helpers/locale-text'

// RFC 5321 §4.2.3, "Reply Codes in Numeric Order".
const RFC_5321_CODES = [
  '211',
  '214',
  '220',
  '221',
  '250',
  '251',
  '252',
  '354',
  '421',
  '450',
  '451',
  '452',
  '455',
  '500',
  '501',
  '502',
  '503',
  '504',
  '550',
  '551',
  '552',
  '553',
  '554',
  '555',
]
// Codes first defined by standards-track extensions: RFC 4954 (AUTH), RFC 7504, RFC 1985 (ETRN).
const EXTENSION_CODES = [
  '235',
  '334',
  '432',
  '454',
  '530',
  '534',
  '535',
  '538',
  '521',
  '556',
  '253',
  '458',
  '459',
]
const TEXT_KEYS = ['title', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'realWorld']
const RETRY_BY_CLASS: Record<number, RetryAdvice> = {
  2: 'not-needed',
  3: 'continue',
  4: 'retry-later',
  5: 'do-not-retry',
}
// Values that are legitimately the same in both languages: protocol tokens such as "MAIL FROM".
const PROTOCOL_TOKEN = /^[A-Z][A-Z0-9 ]*$/

const codesText = (language: string) => namespaceText(language, 'codes')

function lookup(tree: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    tree,
  )
}

const codes = REPLY_CODES.map((entry) => entry.code)

describe('reply code catalogue', () => {
  it('lists each code once, in numeric order', () => {
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)))
  })

  it('holds only three-digit codes of class 2–5, standard ones within the RFC 5321 §4.2 grammar', () => {
    expect(codes.filter((code) => !/^[2-5]\d\d$/.test(code))).toEqual([])
    // Non-standard codes are copied from real servers, which do not always keep the second digit in 0–5.
    const standard = REPLY_CODES.filter((entry) => entry.provenance !== 'non-standard')
    expect(standard.filter((entry) => !isReplyCodeShape(entry.code)).map((entry) => entry.code)).toEqual([])
  })

  it('contains every code of RFC 5321 §4.2.3 and of the extension RFCs', () => {
    expect([...RFC_5321_CODES, ...EXTENSION_CODES].filter((code) => !findReplyCode(code))).toEqual([])
  })

  it("marks as 'core' exactly the RFC 5321 §4.2.3 codes, citing that section first", () => {
    const core = REPLY_CODES.filter((entry) => entry.provenance === 'core')
    expect(core.map((entry) => entry.code)).toEqual(RFC_5321_CODES)
    expect(core.filter((entry) => entry.refs[0]?.rfc !== 5321 || entry.refs[0]?.section !== '4.2.3')).toEqual(
      [],
    )
  })

  it('gives standard codes a defining reference, and extension codes one outside RFC 5321', () => {
    const standard = REPLY_CODES.filter((entry) => entry.provenance !== 'non-standard')
    expect(standard.filter((entry) => entry.refs.length === 0).map((entry) => entry.code)).toEqual([])
    const extension = REPLY_CODES.filter((entry) => entry.provenance === 'extension')
    expect(extension.filter((entry) => entry.refs[0]?.rfc === 5321).map((entry) => entry.code)).toEqual([])
  })

  it('gives every reference an RFC number and a section', () => {
    const bad = REPLY_CODES.flatMap((entry) =>
      entry.refs
        .filter((ref) => !Number.isInteger(ref.rfc) || ref.rfc <= 0 || !/^\d+(\.\d+)*$/.test(ref.section))
        .map((ref) => `${entry.code}: ${JSON.stringify(ref)}`),
    )
    expect(bad).toEqual([])
  })

  it('links only to codes that exist, never to itself', () => {
    const bad = REPLY_CODES.flatMap((entry) =>
      entry.related
        .filter((code) => code === entry.code || !findReplyCode(code))
        .map((code) => `${entry.code}→${code}`),
    )
    expect(bad).toEqual([])
  })

  it('pairs enhanced codes of the matching class (2.x.x for 2xx and 3xx)', () => {
    const bad = REPLY_CODES.flatMap((entry) => {
      // RFC 3463 has no class 3: an intermediate reply can only carry a success code.
      const replyClass = replyClassOf(entry.code)
      const wanted = String(replyClass === 3 ? 2 : replyClass)
      return entry.enhanced
        .filter((enhanced) => !/^[245]\.\d{1,3}\.\d{1,3}$/.test(enhanced) || enhanced[0] !== wanted)
        .map((enhanced) => `${entry.code}: ${enhanced}`)
    })
    expect(bad).toEqual([])
  })

  it('pairs only enhanced codes the IANA registry lists for that class', () => {
    const bad = REPLY_CODES.flatMap((entry) =>
      entry.enhanced
        .filter((full) => {
          const known = getEnhancedCode(full.slice(2))
          return !known?.classes.some((enhancedClass) => String(enhancedClass) === full[0])
        })
        .map((full) => `${entry.code}: ${full}`),
    )
    expect(bad).toEqual([])
  })

  it('gives retry advice that follows the class (RFC 5321 §4.2.1)', () => {
    const bad = REPLY_CODES.filter((entry) => entry.retry !== RETRY_BY_CLASS[replyClassOf(entry.code)])
    expect(bad.map((entry) => `${entry.code}: ${entry.retry}`)).toEqual([])
  })

  it('names at least one stage and gives an example reply that starts with the code', () => {
    const bad = REPLY_CODES.filter(
      (entry) => entry.stages.length === 0 || !new RegExp(`^${entry.code}[ -]`).test(entry.example),
    )
    expect(bad.map((entry) => entry.code)).toEqual([])
  })

  it('quotes the defining RFC wording for every standard code', () => {
    const standard = REPLY_CODES.filter((entry) => entry.provenance !== 'non-standard')
    expect(standard.filter((entry) => entry.rfcText.trim() === '').map((entry) => entry.code)).toEqual([])
  })

  it('uses only documentation domains and addresses in examples (RFC 2606, RFC 5737)', () => {
    const bad = REPLY_CODES.flatMap((entry) => {
      const domains = [...entry.example.matchAll(/@([\w.-]+)|\b((?:[\w-]+\.)+(?:com|org|net|edu|io))\b/gi)]
        .map((match) => (match[1] ?? match[2] ?? '').toLowerCase())
        .filter((domain) => !/(^|\.)example\.(com|org|net)$/.test(domain))
      const addresses = [...entry.example.matchAll(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g)]
        .map((match) => match[0])
        .filter((ip) => !/^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip))
      return [...domains, ...addresses].map((found) => `${entry.code}: ${found}`)
    })
    expect(bad).toEqual([])
  })
})

describe('findReplyCode', () => {
  it('finds a code, ignoring surrounding space', () => {
    expect(findReplyCode('250')?.code).toBe('250')
    expect(findReplyCode('  421\n')?.code).toBe('421')
  })

  it('finds nothing for partial, longer or unknown codes', () => {
    expect(findReplyCode('25')).toBeUndefined()
    expect(findReplyCode('2500')).toBeUndefined()
    expect(findReplyCode('250 OK')).toBeUndefined()
    expect(findReplyCode('299')).toBeUndefined()
  })
})

describe('isReplyCodeShape', () => {
  it('accepts exactly the RFC 5321 Reply-code grammar', () => {
    expect(['200', '259', '354', '559'].every(isReplyCodeShape)).toBe(true)
    expect(['199', '600', '260', '5x0', '55', '5500', ' 550', ''].some(isReplyCodeShape)).toBe(false)
  })
})

describe('replyClassOf and secondDigitOf', () => {
  it('read the first and second digits, also of codes not in the catalogue', () => {
    expect(replyClassOf('250')).toBe(2)
    expect(replyClassOf(' 354 ')).toBe(3)
    expect(replyClassOf('459')).toBe(4)
    expect(replyClassOf('571')).toBe(5)
    expect(secondDigitOf('421')).toBe(2)
    expect(secondDigitOf('550')).toBe(5)
  })

  it('give no category for a second digit RFC 5321 §4.2.1 does not define', () => {
    expect(secondDigitOf('571')).toBeUndefined()
  })

  it('refuse anything that is not a three-digit code of class 2–5', () => {
    expect(() => replyClassOf('650')).toThrow(RangeError)
    expect(() => replyClassOf('199')).toThrow(RangeError)
    expect(() => replyClassOf('abc')).toThrow(RangeError)
    expect(() => secondDigitOf('5.1.1')).toThrow(RangeError)
  })
})

describe('codes text', () => {
  const text = { en: codesText('en'), tr: codesText('tr') }

  /** Every [key, en, tr] the code pages and badges read from the `codes` namespace. */
  const keys: string[][] = [
    ...REPLY_CODES.flatMap((entry) => TEXT_KEYS.map((key) => ['reply', entry.code, key])),
    ...REPLY_CLASSES.flatMap((n) => ['name', 'meaning', 'short'].map((key) => ['class', String(n), key])),
    ...SECOND_DIGITS.flatMap((n) => ['name', 'meaning'].map((key) => ['secondDigit', String(n), key])),
    ...ACTORS.map((actor) => ['actor', actor]),
    ...RETRY_ADVICE.map((retry) => ['retry', retry]),
    ...STAGES.map((stage) => ['stage', stage]),
    ...PROVENANCES.flatMap((provenance) =>
      ['name', 'description'].map((key) => ['provenance', provenance, key]),
    ),
  ]

  it('has every key, non-empty, in English and Turkish', () => {
    const missing = (['en', 'tr'] as const).flatMap((language) =>
      keys
        .filter((path) => {
          const value = lookup(text[language], path)
          return typeof value !== 'string' || value.trim() === ''
        })
        .map((path) => `${language}: ${path.join('.')}`),
    )
    expect(missing).toEqual([])
  })

  it('translates every Turkish value that is not a protocol token', () => {
    const same = keys.filter((path) => {
      const en = lookup(text.en, path)
      return typeof en === 'string' && en === lookup(text.tr, path) && !PROTOCOL_TOKEN.test(en)
    })
    expect(same.map((path) => path.join('.'))).toEqual([])
  })
})

describe('locales/*/codes/<code>.json', () => {
  // A code page loads only its own code's file: that file must hold that code's long text, all of
  // it, and nothing else, or the page would show raw keys or another code's text.
  const LONG_TEXT = ['description', 'fixAdmin', 'fixSender', 'realWorld', 'whenYouSee']
  it.each(['en', 'tr'])('%s: one file per code, holding exactly its long text', (language) => {
    const dir = join(import.meta.dirname, '../../locales', language, 'codes')
    const files = readdirSync(dir).sort()
    expect(files).toEqual(codes.map((code) => `${code}.json`).sort())
    for (const file of files) {
      const code = file.replace(/\.json$/, '')
      const content = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      expect(Object.keys(content), file).toEqual(['reply'])
      expect(Object.keys(content.reply), file).toEqual([code])
      expect(Object.keys(content.reply[code]).sort(), file).toEqual(LONG_TEXT)
    }
  })
})
