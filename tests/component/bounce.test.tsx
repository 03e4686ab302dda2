import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BOUNCE_FIXTURES } from '../fixtures/bounces'
import { renderApp } from '../helpers/render-app'

const fixture = (id: string) => {
  const found = BOUNCE_FIXTURES.find((f) => f.id === id)
  if (!found) throw new Error(`no fixture ${id}`)
  return found.text
}

describe('bounce explainer', () => {
  it('explains every code of a pasted bounce, with the command it answered', async () => {
    const { user, router } = await renderApp('/en/bounce/')
    const box = await screen.findByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    await user.click(box)
    await user.paste(fixture('postfix-gmail-multiline'))

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 codes found'))
    const found = screen.getByRole('region', { name: 'Codes found' })
    const items = within(found).getAllByRole('listitem')
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['550', '5.1.1'])
    expect(items[0]).toHaveTextContent('answer to RCPT TO')
    expect(items[0]).toHaveTextContent('Mailbox unavailable')
    expect(items[1]).toHaveTextContent('Bad destination mailbox address')
    // Its description arrives with the first finding (the page itself does not download it).
    expect(items[1]).toHaveTextContent('The mailbox does not exist: the part before the @ is not known')

    const headline = screen.getByRole('region', { name: 'In short' })
    expect(within(headline).getByRole('link', { name: '5.1.1' })).toHaveAttribute('href', '/en/codes/5.1.1/')
    expect(headline).toHaveTextContent('The person sending the mail')

    const marked = screen.getByRole('region', { name: 'Your text, with the codes marked' })
    expect(marked.querySelectorAll('mark').length).toBeGreaterThanOrEqual(8)
    // The pasted text stays out of the URL.
    expect(router.state.location.href).toBe('/en/bounce/')
  })

  it('renders pasted markup as text, never as HTML', async () => {
    const { user } = await renderApp('/en/bounce/')
    const box = await screen.findByRole('textbox', { name: 'Bounce message, NDR or server reply' })
    await user.click(box)
    await user.paste('<script>window.hacked = 1</script><img src=x onerror="window.hacked=1"> 550 5.1.1 nope')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 codes found'))
    const marked = screen.getByRole('region', { name: 'Your text, with the codes marked' })
    expect(marked).toHaveTextContent('<script>window.hacked = 1</script>')
    expect(document.querySelector('main script, main img')).toBeNull()
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  it('tries the translated examples and clears', async () => {
    const { user } = await renderApp('/tr/bounce/')
    await user.click(await screen.findByRole('button', { name: 'Postfix: posta kutusu dolu' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 kod bulundu'))
    const headline = screen.getByRole('region', { name: 'Kısaca' })
    expect(within(headline).getByRole('link', { name: '5.2.2' })).toBeInTheDocument()
    expect(headline).toHaveTextContent('Posta kutusu dolu')
    await user.click(screen.getByRole('button', { name: 'Temizle' }))
    expect(screen.getByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })).toHaveValue('')
    expect(screen.queryByRole('region', { name: 'Kısaca' })).not.toBeInTheDocument()
  })

  it('says so when the text holds no code', async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: 'Bounce message, NDR or server reply' }))
    await user.paste('Hello, the meeting moved to room 12.')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No SMTP reply code or enhanced status code found in this text.',
      ),
    )
  })

  it('stays bounded on a huge paste: analysis truncates and the view is capped', async () => {
    const { user } = await renderApp('/en/bounce/')
    const line = `${'x'.repeat(70)} 550 5.1.1 user unknown\n`
    const huge = line.repeat(Math.ceil((1024 * 1024 + 10) / line.length))
    await user.click(await screen.findByRole('textbox', { name: 'Bounce message, NDR or server reply' }))
    await user.paste(huge)
    expect(
      await screen.findByText('The text is very long: only its beginning was analysed.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Only the first 100,000 characters are shown here.')).toBeInTheDocument()
    const pre = screen.getByRole('region', { name: 'Your text, with the codes marked' }).querySelector('pre')
    expect(pre?.textContent?.length).toBe(100_000)
  })
})
