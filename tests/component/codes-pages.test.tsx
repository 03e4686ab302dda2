import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'

describe('code pages', () => {
  it('explains a basic code with fixes, simulator, compare and reference links', async () => {
    await renderApp('/en/codes/550/')
    expect(
      await screen.findByRole('heading', { level: 1, name: '550 Mailbox unavailable' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('550 Mailbox unavailable · SMTP Code Lab')
    expect(screen.getByText('5xx · Do not retry')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'If you sent the mail' })).toBeInTheDocument()
    expect(screen.getByText('The person sending the mail')).toBeInTheDocument()
    expect(screen.getByText(/^550 5\.1\.1 <bob@example\.org>/, { selector: 'code' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy example line' })).toBeInTheDocument()

    const simulator = screen.getByRole('region', { name: 'See it in the simulator' })
    const sim = within(simulator).getByRole('link', { name: /^Unknown recipient, step \d+$/ })
    expect(sim.getAttribute('href')).toMatch(/^\/en\/simulator\/\?scenario=unknown-user&step=\d+$/)

    const compare = screen.getByRole('region', { name: 'Compare with…' })
    expect(within(compare).getByRole('link', { name: '550 vs 5.1.1' })).toHaveAttribute(
      'href',
      '/en/compare/550/5.1.1/',
    )
    expect(
      within(screen.getByRole('region', { name: 'Usual enhanced codes' })).getByRole('link', {
        name: '5.1.1',
      }),
    )
    expect(screen.getByText('RFC 5321 §4.2.3')).toBeInTheDocument()
  })

  it('quotes each RFC that words a code differently, with its own source', async () => {
    await renderApp('/en/codes/454/')
    const auth = await screen.findByText('454 4.7.0 Temporary authentication failure')
    expect(auth.closest('figure')).toHaveTextContent('Wording in RFC 4954 §6')
    const tls = screen.getByText('454 TLS not available due to temporary reason')
    expect(tls.closest('figure')).toHaveTextContent('Wording in RFC 3207 §4')
    expect(screen.queryByText('Wording in the defining RFC')).not.toBeInTheDocument()
  })

  it('says when no RFC defines a code', async () => {
    await renderApp('/en/codes/571/')
    expect(
      await screen.findByRole('heading', { name: 'References (no RFC defines this code)' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Non-standard')).toBeInTheDocument()
    expect(screen.queryByText('Wording in the defining RFC')).not.toBeInTheDocument()
  })

  it("notes a vendor's own use of a registered enhanced code, with the vendor's source", async () => {
    await renderApp('/en/codes/5.7.27/')
    const section = await screen.findByRole('region', { name: 'In the real world' })
    expect(
      within(section).getByRole('heading', {
        name: 'Gmail / Google Workspace uses this registered code with a meaning of its own',
      }),
    ).toBeInTheDocument()
    expect(section).toHaveTextContent('SPF authentication did not pass')
    expect(section).toHaveTextContent('support.google.com/a/answer/14229414')
  })

  it('notes it on the any-class page too, in Turkish', async () => {
    await renderApp('/tr/codes/X.7.30/')
    expect(await screen.findByRole('region', { name: 'Uygulamada' })).toHaveTextContent('DKIM')
  })

  it('explains an enhanced code: class, subject, detail and its basic codes', async () => {
    await renderApp('/tr/codes/5.1.1/')
    expect(
      await screen.findByRole('heading', { level: 1, name: '5.1.1 Geçersiz alıcı posta kutusu' }),
    ).toBeInTheDocument()
    // The parts of the code are terms the glossary defines.
    expect(screen.getByRole('link', { name: 'Konu 1: Adresleme' })).toHaveAttribute(
      'href',
      '/tr/glossary/#term-subject-detail',
    )
    const basic = screen.getByRole('region', { name: 'İlişkili temel kodlar' })
    expect(within(basic).getByRole('link', { name: '550' })).toHaveAttribute('href', '/tr/codes/550/')
    expect(screen.getByText('RFC 3463 §3.2')).toBeInTheDocument()
    // The registry's own (English) wording, fetched by the route for enhanced code pages only.
    expect(screen.getByText(/^The mailbox specified in the address does not exist\./)).toHaveAttribute(
      'lang',
      'en',
    )
  })

  it('shows the any-class form with the codes as they are sent', async () => {
    await renderApp('/en/codes/X.1.1/')
    expect(await screen.findByText('Any class (X)')).toBeInTheDocument()
    const parts = screen.getByRole('region', { name: 'Class, subject and detail' })
    expect(within(parts).getByRole('link', { name: '5.1.1' })).toBeInTheDocument()
    expect(within(parts).getByRole('link', { name: '4.1.1' })).toBeInTheDocument()
  })

  it('flags a deprecated enhanced code', async () => {
    await renderApp('/en/codes/X.6.10/')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getAllByText('Deprecated').length).toBeGreaterThan(0)
  })

  for (const [code, nearest] of [
    ['599', '571'],
    ['9.9.9', '5.7.9'],
    ['5.1.99', '5.1.10'],
  ] as const) {
    it(`shows a translated not-found page with the nearest codes for ${code}`, async () => {
      await renderApp(`/tr/codes/${code}/`)
      expect(
        await screen.findByRole('heading', { level: 1, name: `“${code}” diye bir kod yok` }),
      ).toBeInTheDocument()
      const list = screen.getByRole('region', { name: 'En yakın kodlar' })
      expect(within(list).getByRole('link', { name: nearest })).toBeInTheDocument()
      expect(screen.getByRole('link', { name: `“${code}” için ara` })).toBeInTheDocument()
    })
  }

  it('has no suggestions but a search link for text that is not a code', async () => {
    await renderApp('/en/codes/abc/')
    expect(await screen.findByRole('heading', { level: 1, name: 'No code “abc”' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Search for “abc”' })).toHaveAttribute('href', '/en/codes/?q=abc')
  })
})
