import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name })
const region = (name: string | RegExp) => within(screen.getByRole('region', { name }))
const differenceItems = () =>
  within(screen.getByRole('region', { name: /^(Key differences|Temel farklar)$/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)

describe('comparison card', () => {
  it('explains 450 vs 550 in English: both codes, numbered differences, the note and guidance', async () => {
    await renderApp('/en/compare/450/550/')
    await h1('450 vs 550')
    expect(document.title).toBe('450 vs 550 · SMTP Code Lab')

    const first = region('450 Mailbox temporarily unavailable')
    expect(first.getByRole('heading', { name: 'When you see it' })).toBeInTheDocument()
    expect(first.getByText('If you sent the mail').tagName).toBe('DT')
    expect(first.getByRole('link', { name: '450' })).toHaveAttribute('href', '/en/codes/450/')
    const second = region('550 Mailbox unavailable')
    expect(second.getByText(/550 is SMTP's broadest permanent refusal/)).toBeInTheDocument()
    expect(second.getByRole('link', { name: '550' })).toHaveAttribute('href', '/en/codes/550/')

    const differences = region('Key differences')
    expect(differences.getAllByRole('list')[0]?.tagName).toBe('OL')
    expect(differenceItems()).toEqual(
      expect.arrayContaining([
        '450 is temporary, but 550 is permanent.',
        'After 450 the client should: keep the message and try again later. After 550: stop and report the failure; something must change before another attempt.',
      ]),
    )
    // The curated note for the pair follows the derived list.
    expect(differences.getByText(/Greylisting and a locked or busy mailbox produce 450/)).toBeInTheDocument()

    const guidance = region('When to use which')
    expect(
      guidance.getByRole('heading', { name: 'If you run the server and choose the reply' }),
    ).toBeInTheDocument()
  })

  it('joins lists of stages with the words of the page language', async () => {
    await renderApp('/tr/compare/450/550/')
    expect(
      await screen.findByText(
        '450 şu aşamalarda görülebilir: RCPT TO ve DATA sonu. 550 ise şu aşamalarda: EHLO, HELO, MAIL FROM, RCPT TO, DATA sonu, VRFY ve EXPN.',
      ),
    ).toBeInTheDocument()
  })

  it('keeps the order of the URL and links the swap control to the reversed pair', async () => {
    const { user, router } = await renderApp('/en/compare/550/450/')
    await h1('550 vs 450')
    const swap = screen.getByRole('link', { name: 'Swap: 450 vs 550' })
    expect(swap).toHaveAttribute('href', '/en/compare/450/550/')
    await user.click(swap)
    await h1('450 vs 550')
    expect(router.state.location.pathname).toBe('/en/compare/450/550/')
  })

  it('links each code to the simulator step where it occurs', async () => {
    await renderApp('/en/compare/450/550/')
    await h1('450 vs 550')
    const list = screen.getByRole('list', { name: 'Simulator scenarios with 450' })
    const greylisting = within(list).getByRole('link', { name: /^Greylisting, step \d+$/ })
    const href = new URL(greylisting.getAttribute('href') ?? '', 'http://x')
    expect(href.pathname).toBe('/en/simulator/')
    expect(href.searchParams.get('scenario')).toBe('greylisting')
    expect(Number(href.searchParams.get('step'))).toBeGreaterThan(0)
  })

  it('explains a basic and an enhanced code together (550 vs 5.1.1)', async () => {
    await renderApp('/en/compare/550/5.1.1/')
    await h1('550 vs 5.1.1')
    const enhanced = region('5.1.1 Bad destination mailbox address')
    expect(enhanced.getByText(/The mailbox does not exist/)).toBeInTheDocument()
    expect(enhanced.getByRole('heading', { name: 'Subject: Addressing' })).toBeInTheDocument()
    expect(enhanced.getByRole('heading', { name: 'Class: Permanent failure' })).toBeInTheDocument()
    expect(differenceItems()).toContain(
      '550 is a basic reply code, while 5.1.1 is a three-part enhanced status code.',
    )
    expect(screen.getByText(/not rivals but two layers of the same reply/)).toBeInTheDocument()
  })

  it('reads entirely in Turkish on /tr/compare/220/221/', async () => {
    await renderApp('/tr/compare/220/221/')
    await h1('220 ile 221 karşılaştırması')
    expect(document.title).toBe('220 ile 221 karşılaştırması · SMTP Code Lab')
    for (const heading of [
      'Ne zaman görürsünüz',
      'Nasıl düzeltilir',
      'Temel farklar',
      'Hangisi ne zaman kullanılır',
    ])
      expect(screen.getAllByRole('heading', { name: heading }).length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: 'Yer değiştir: 221 ile 220' })).toHaveAttribute(
      'href',
      '/tr/compare/221/220/',
    )
    expect(screen.getByRole('button', { name: 'Bağlantıyı kopyala' })).toBeInTheDocument()
    const main = screen.getByRole('main')
    for (const english of [
      'Key differences',
      'When you see it',
      'How to fix',
      'Swap',
      'the client should',
      ' vs ',
    ])
      expect(main.textContent).not.toContain(english)
  })

  it('does not claim an any-class code (X.7.1) shares "not a failure" with a success code', async () => {
    await renderApp('/en/compare/X.7.1/221/')
    await h1('X.7.1 vs 221')
    const shared = within(screen.getByRole('region', { name: 'Key differences' })).getAllByRole('list')[1]
    expect(shared).toHaveTextContent('Origin: part of the base standard')
    expect(shared).not.toHaveTextContent('Temporary or permanent')
    expect(differenceItems()).toContain(
      'They belong to different classes: X.7.1 is any class (X), 221 is positive completion (success).',
    )
  })

  it('explains the same code twice and offers real pairs with it', async () => {
    await renderApp('/en/compare/550/550/')
    await h1('550 compared with itself')
    expect(screen.getByRole('link', { name: '550 vs 450' })).toHaveAttribute('href', '/en/compare/550/450/')
    expect(screen.getByRole('link', { name: 'Choose another pair' })).toHaveAttribute(
      'href',
      '/en/compare/?a=550',
    )
  })

  it('names an unknown code and suggests the nearest known ones', async () => {
    await renderApp('/en/compare/559/550/')
    await h1('Unknown code: 559')
    expect(screen.getByText(/“559” is not a known SMTP reply code/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '556 vs 550' })).toHaveAttribute('href', '/en/compare/556/550/')
  })

  it('says so in Turkish for an unknown enhanced code', async () => {
    await renderApp('/tr/compare/550/5.1.99/')
    await h1('Bilinmeyen kod: 5.1.99')
    expect(screen.getByRole('link', { name: '550 ile 5.1.9 karşılaştırması' })).toHaveAttribute(
      'href',
      '/tr/compare/550/5.1.9/',
    )
    expect(screen.getByRole('link', { name: 'Karşılaştırılacak kodları seç' })).toHaveAttribute(
      'href',
      '/tr/compare/?a=550',
    )
  })
})
