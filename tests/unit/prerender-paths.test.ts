import { describe, expect, it } from 'vitest'
import { prerenderPaths } from '../../src/entry-server'
import { ENHANCED_CODES } from '../../src/smtp/codes/enhanced-codes'
import { REPLY_CODES } from '../../src/smtp/codes/reply-codes'
import { CURATED_PAIRS } from '../../src/smtp/compare/compare'

// The page list comes from the route tree and each route's params, not from a hand-kept list.
describe('prerendered pages', () => {
  it('are every page route in both languages, every catalogue code and every curated pair', async () => {
    const paths = await prerenderPaths()
    const enhanced = ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.id}`))
    for (const lang of ['en', 'tr']) {
      for (const page of ['', 'simulator/', 'codes/', 'compare/', 'bounce/', 'glossary/'])
        expect(paths).toContain(`/${lang}/${page}`)
      for (const code of [...REPLY_CODES.map((c) => c.code), ...enhanced])
        expect(paths).toContain(`/${lang}/codes/${code}/`)
      for (const { a, b } of CURATED_PAIRS) expect(paths).toContain(`/${lang}/compare/${a}/${b}/`)
    }
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('leave out the redirect at / and every address without a language', async () => {
    const paths = await prerenderPaths()
    expect(paths).not.toContain('/')
    expect(paths.filter((p) => !/^\/(en|tr)\//.test(p))).toEqual([])
    expect(paths.filter((p) => p.includes('$'))).toEqual([])
  })
})
