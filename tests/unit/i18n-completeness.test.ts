// Both languages must be complete: same keys, no empty values, same {{placeholders}}, and Turkish
// actually translated; and each speaks with one voice: the glossary's term for every concept, never
// a variant it rules out (locales/glossary.json, docs/STYLE.md). Failures list every offending key
// so they can be fixed in one pass.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeViolation, findGlossaryViolations, type Glossary, glossaryTexts } from './glossary-check'

const LOCALES = join(import.meta.dirname, '../../locales')

/** Values that are the same in both languages by nature: protocol tokens, names, numbers ('2×'). */
// Protocol tokens, section references ("RFC {{rfc}} §{{section}}") and names read the same in both.
const SAME_IN_BOTH =
  /^(?:(?:[A-Z0-9 .:_\-/<>=@'"*+()[\],×§]|\{\{\w+\}\})+|SMTP Code Lab|English|Türkçe|\{\{\w+\}\}.*)$/

type Flat = Map<string, string>

function flatten(value: unknown, prefix: string, out: Flat) {
  if (typeof value === 'string') out.set(prefix, value)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  else out.set(prefix, String(value))
}

/** Every file of a language, parts in subfolders included ('codes/550.json' → keys 'codes/550.…'). */
function load(language: string): Flat {
  const out: Flat = new Map()
  const files = readdirSync(join(LOCALES, language), { recursive: true, encoding: 'utf8' })
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')), file.replace(/\.json$/, ''), out)
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

describe('translations', () => {
  const en = load('en')
  const tr = load('tr')

  it('have the same keys in both languages', () => {
    expect(
      [...en.keys()].filter((k) => !tr.has(k)),
      'missing in tr',
    ).toEqual([])
    expect(
      [...tr.keys()].filter((k) => !en.has(k)),
      'missing in en',
    ).toEqual([])
  })

  it('have no empty values', () => {
    const empty = [...en, ...tr].filter(([, v]) => v.trim() === '').map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    const mismatched = [...en]
      .filter(([k, v]) => tr.has(k) && placeholders(v).join() !== placeholders(tr.get(k) ?? '').join())
      .map(([k]) => k)
    expect(mismatched).toEqual([])
  })

  it('translate every Turkish value that is not a protocol token', () => {
    const untranslated = [...en]
      .filter(([k, v]) => tr.get(k) === v && !SAME_IN_BOTH.test(v))
      .map(([k, v]) => `${k}: ${v}`)
    expect(untranslated).toEqual([])
  })
})

describe('glossary', () => {
  const glossary = JSON.parse(readFileSync(join(LOCALES, 'glossary.json'), 'utf8')) as Glossary
  const texts = { en: load('en'), tr: load('tr') }

  it('has at least 40 concepts, each with a term and a definition in both languages', () => {
    expect(glossary.concepts.length).toBeGreaterThanOrEqual(40)
    const ids = glossary.concepts.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    const incomplete = glossary.concepts
      .filter((c) => [c.en.term, c.en.definition, c.tr.term, c.tr.definition].some((v) => !v?.trim()))
      .map((c) => c.id)
    expect(incomplete).toEqual([])
  })

  it('never lists a preferred term among the variants to avoid', () => {
    const clash = [
      ...findGlossaryViolations(glossaryTexts(glossary, 'tr'), 'tr', glossary),
      ...findGlossaryViolations(glossaryTexts(glossary, 'en'), 'en', glossary),
    ].map(describeViolation)
    expect(clash).toEqual([])
  })

  it.each(['tr', 'en'] as const)('is followed by every %s value', (language) => {
    expect(findGlossaryViolations(texts[language], language, glossary).map(describeViolation)).toEqual([])
  })

  it('catches a planted variant, in any case and with suffixes, and passes the preferred term', () => {
    const planted = {
      'a.title': 'Genişletilmiş Durum Kodları',
      'a.body': 'Adres KARA LİSTEDE; süzgeçleri temizleyin.',
      'a.fine': 'Adres bir engel listesinde; filtreleri ve gelişmiş durum kodunu denetleyin.',
      'a.email': 'e-posta programı',
    }
    expect(findGlossaryViolations(planted, 'tr', glossary).map((v) => [v.key, v.entry])).toEqual([
      ['a.title', 'enhanced-status-code'],
      ['a.body', 'blocklist'],
      ['a.body', 'filter'],
    ])
    const english = { 'b.one': 'The IP is on a Blacklist.', 'b.two': 'It is on a blocklist.' }
    expect(findGlossaryViolations(english, 'en', glossary).map((v) => [v.key, v.entry])).toEqual([
      ['b.one', 'blocklist'],
    ])
  })

  it('matches whole words only, and leaves verbatim names alone', () => {
    const texts = {
      portal: "Microsoft'un listeden çıkarma portalı",
      quoted: 'Tenant Allow/Block List',
      port: '587 numaralı bağlantı noktası',
    }
    expect(findGlossaryViolations(texts, 'tr', glossary).map((v) => v.key)).toEqual(['port'])
    expect(findGlossaryViolations({ quoted: 'Tenant Allow/Block List' }, 'en', glossary)).toEqual([])
  })
})
