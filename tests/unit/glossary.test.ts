// The glossary page: one entry per concept in the active language, sorted by that language's rules,
// with the other language's term, and a static page in both languages like every other page.
import { describe, expect, it } from 'vitest'
import glossary from '../../locales/glossary.json'
import { prerenderPaths, render } from '../../src/entry-server'
import { glossaryEntries } from '../../src/features/glossary/glossary-entries'

describe('glossaryEntries', () => {
  it.each(['en', 'tr'] as const)('lists every concept once, in %s collation order', (language) => {
    const entries = glossaryEntries(language)
    expect(entries.map((e) => e.id).sort()).toEqual(glossary.concepts.map((c) => c.id).sort())
    const collator = new Intl.Collator(language, { sensitivity: 'base' })
    for (let i = 1; i < entries.length; i++) {
      const [previous, current] = [entries[i - 1]?.term ?? '', entries[i]?.term ?? '']
      expect(collator.compare(previous, current), `${previous} / ${current}`).toBeLessThanOrEqual(0)
    }
  })

  it('gives each term with the other language’s term for the same concept', () => {
    const bounce = glossaryEntries('tr').find((e) => e.id === 'bounce')
    expect(bounce).toMatchObject({ term: 'geri dönen ileti (bounce)', otherTerm: 'bounce' })
    const enhanced = glossaryEntries('en').find((e) => e.id === 'enhanced-status-code')
    expect(enhanced).toMatchObject({ term: 'enhanced status code', otherTerm: 'gelişmiş durum kodu' })
  })
})

describe('the glossary page', () => {
  it('is prerendered in both languages', async () => {
    expect(await prerenderPaths()).toEqual(expect.arrayContaining(['/en/glossary/', '/tr/glossary/']))
  })

  it('renders in Turkish with its title, every term and the English beside it', async () => {
    const page = await render('/tr/glossary/')
    expect(page.title).toBe('Terimler sözlüğü · SMTP Code Lab')
    expect(page.language).toBe('tr')
    expect(page.html).toContain('<dt>gelişmiş durum kodu</dt>')
    expect(page.html).toContain('<span lang="en" translate="no">enhanced status code</span>')
    expect(page.html.match(/<dt>/g)).toHaveLength(glossary.concepts.length)
  })
})
