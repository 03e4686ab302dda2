// Both languages must be complete: same keys, no empty values, same {{placeholders}}, and Turkish
// actually translated. Failures list every offending key so they can be fixed in one pass.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const LOCALES = join(import.meta.dirname, '../../locales')

/** Values that are the same in both languages by nature: protocol tokens, names, numbers ('2×'). */
const SAME_IN_BOTH = /^(?:[A-Z0-9 .:_\-/<>=@'"*+()[\],×]+|SMTP Code Lab|English|Türkçe|\{\{\w+\}\}.*)$/

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
