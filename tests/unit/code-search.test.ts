import { beforeAll, describe, expect, it } from 'vitest'
import { type CodeSearch, loadCodeSearch } from '../../src/i18n/code-search'
import { withinDistance, wordMatch } from '../../src/smtp/codes/search-engine'

let search: CodeSearch
beforeAll(async () => {
  search = await loadCodeSearch()
})

const codes = (query: string, language: 'en' | 'tr' = 'en', extra: object = {}) =>
  search.search(query, { language, ...extra }).map((r) => r.code)

describe('code search: codes', () => {
  it('puts the reply codes starting with a number prefix first, in numeric order', () => {
    expect(codes('55').slice(0, 7)).toEqual(['550', '551', '552', '553', '554', '555', '556'])
    expect(search.search('55', { language: 'en' })[0]?.matched).toBe('code')
  })

  it('ranks an exact reply code first', () => {
    expect(codes('550')).toEqual(['550'])
    expect(codes('521')).toEqual(['521'])
    expect(codes('522')).toEqual(['5.2.2']) // no reply code 522: the digits of 5.2.2
    expect(codes(' 421 ')[0]).toBe('421')
  })

  it('finds enhanced codes and enhanced prefixes', () => {
    expect(codes('5.7.26')).toEqual(['5.7.26'])
    const prefix = codes('5.7')
    expect(prefix.length).toBeGreaterThan(20)
    expect(prefix.every((c) => c.startsWith('5.7.'))).toBe(true)
    expect(prefix.slice(0, 2)).toEqual(['5.7.0', '5.7.1'])
  })

  it('answers X.1 with the any-class forms', () => {
    const found = codes('X.1')
    expect(found).toContain('X.1.1')
    expect(found.every((c) => c.startsWith('X.1.'))).toBe(true)
    expect(codes('x.1.1')[0]).toBe('X.1.1')
  })

  it('splits a pasted continuation line into both of its codes', () => {
    expect(codes('550-5.1.1').slice(0, 2)).toEqual(['550', '5.1.1'])
  })
})

describe('code search: words', () => {
  it('finds text in either language whatever the interface language', () => {
    expect(codes('mailbox full', 'tr').slice(0, 2).sort()).toEqual(['4.2.2', '5.2.2'])
    expect(codes('posta kutusu dolu', 'en').slice(0, 2).sort()).toEqual(['4.2.2', '5.2.2'])
  })

  it('finds the mailbox-full codes, basic and enhanced, for "posta kutusu dolu"', () => {
    const found = codes('posta kutusu dolu', 'tr')
    for (const code of ['452', '552', '4.2.2', '5.2.2']) expect(found).toContain(code)
  })

  it('folds Turkish letters and diacritics both ways', () => {
    const folded = codes('yanit', 'tr')
    expect(folded).toEqual(codes('yanıt', 'tr'))
    expect(folded.length).toBeGreaterThan(0)
    expect(codes('ILETI', 'tr')).toEqual(codes('ileti', 'tr'))
    expect(codes('İLETİ', 'tr')).toEqual(codes('ileti', 'tr'))
    expect(codes('kimlik dogrulama', 'tr')).toEqual(codes('kimlik doğrulama', 'tr'))
  })

  it('ranks the interface language first when both languages match', () => {
    // "relay" is English; on the Turkish interface it still matches, only lower.
    const en = search.search('relay', { language: 'en' })[0]
    const tr = search.search('relay', { language: 'tr' })[0]
    expect(en && tr && en.score > tr.score).toBe(true)
  })

  it('tolerates typos', () => {
    expect(codes('mailbx ful').slice(0, 2).sort()).toEqual(['4.2.2', '5.2.2'])
    expect(codes('authentcation').length).toBeGreaterThan(0)
    expect(codes('authentcation')).toEqual(expect.arrayContaining(['535', '530']))
  })

  it('returns nothing for an empty query or text no code is about', () => {
    expect(codes('')).toEqual([])
    expect(codes('   ')).toEqual([])
    expect(codes('zzqxv')).toEqual([])
  })
})

describe('code search: filters and limit', () => {
  it('applies class, stage, provenance and kind filters', () => {
    expect(codes('mailbox', 'en', { filters: { cls: '4' } }).every((c) => c.startsWith('4'))).toBe(true)
    expect(codes('5', 'en', { filters: { provenance: 'non-standard' } })).toEqual(['511', '541', '571'])
    expect(codes('posta kutusu dolu', 'tr', { filters: { kind: 'reply' } }).sort()).toEqual(['452', '552'])
    const atRcpt = codes('55', 'en', { filters: { stage: 'rcpt' } })
    expect(atRcpt).toContain('550')
    // 554 can answer any command when TLS is required (RFC 3207 §4.1), so a stage filter keeps it.
    expect(atRcpt).toContain('554')
    expect(codes('45', 'en', { filters: { stage: 'rcpt' } })).not.toContain('454') // AUTH and STARTTLS only
    expect(codes('52', 'en', { filters: { stage: 'rcpt' } })).toEqual([]) // 521 only at connection
  })

  it('honours the limit', () => {
    expect(codes('5', 'en', { limit: 3 })).toHaveLength(3)
  })
})

describe('fuzzy matching', () => {
  it('allows one edit from 4 letters and two from 8', () => {
    expect(wordMatch('possta', 'posta')).toBeGreaterThan(0)
    expect(wordMatch('abc', 'abd')).toBe(0)
    expect(wordMatch('authentcaton', 'authentication')).toBeGreaterThan(0)
    expect(withinDistance('kitten', 'sitting', 2)).toBe(false)
    expect(withinDistance('kitten', 'sitting', 3)).toBe(true)
  })
})
