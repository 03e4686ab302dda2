import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BOUNCE_FIXTURES } from '../fixtures/bounces'
import { renderApp } from '../helpers/render-app'

const fixture = (id: string) => {
  const found = BOUNCE_FIXTURES.find((f) => f.id === id)
  if (!found) throw new Error(`no fixture ${id}`)
  return found.text
}

const BOX = 'Bounce message, NDR or server reply'

describe('bounce explainer', () => {
  it('headlines the failed recipient, the reason and who acts, then every code with where it stood', async () => {
    const { user, router } = await renderApp('/en/bounce/')
    const box = await screen.findByRole('textbox', { name: BOX })
    await user.click(box)
    await user.paste(fixture('postfix-gmail-multiline'))

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 recipient could not be reached.'),
    )
    const headline = screen.getByRole('region', { name: 'In short' })
    expect(within(headline).getByRole('heading', { level: 3 })).toHaveTextContent(
      'nobody@example.com: Unknown recipient',
    )
    expect(headline).toHaveTextContent('The sender: correct the address')
    expect(headline).toHaveTextContent('Failed: returned to the sender')
    expect(within(headline).getByRole('link', { name: /^5\.1\.1/ })).toHaveAttribute(
      'href',
      '/en/codes/5.1.1/',
    )
    expect(headline).toHaveTextContent('answer to RCPT TO')

    const found = screen.getByRole('region', { name: 'Codes found' })
    const items = within(found).getAllByRole('listitem')
    expect(items.map((li) => within(li).getAllByRole('link')[0]?.textContent)).toEqual(['550', '5.1.1'])
    // Each kind of code links to its glossary entry.
    expect(
      within(items[1] as HTMLElement).getByRole('link', { name: 'Enhanced status code' }),
    ).toHaveAttribute('href', '/en/glossary/#term-enhanced-status-code')
    expect(items[0]).toHaveTextContent('answer to RCPT TO')
    expect(items[0]).toHaveTextContent('Mailbox unavailable')
    expect(items[1]).toHaveTextContent('Bad destination mailbox address')
    // Its description arrives with the first finding (the page itself does not download it).
    expect(items[1]).toHaveTextContent('The mailbox does not exist: the part before the @ is not known')

    const marked = screen.getByRole('region', { name: 'Your text, with the codes marked' })
    expect(marked.querySelectorAll('mark').length).toBeGreaterThanOrEqual(8)
    // The pasted text stays out of the URL.
    expect(router.state.location.href).toBe('/en/bounce/')
  })

  it('says an expired message was returned, and why, instead of "still retrying"', async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste(
      [
        'Reporting-MTA: dns; mail.example.org',
        '',
        'Final-Recipient: rfc822; carol@example.net',
        'Action: failed',
        'Status: 4.4.7',
        'Diagnostic-Code: smtp; 450 4.7.1 <carol@example.net>: Recipient address rejected: Greylisted',
      ].join('\n'),
    )
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 recipient could not be reached.'),
    )
    const headline = screen.getByRole('region', { name: 'In short' })
    expect(headline).toHaveTextContent('Expired after retrying. Last error: Greylisting delay')
    expect(headline).toHaveTextContent('Failed: returned to the sender')
    expect(headline).not.toHaveTextContent('still trying')
  })

  it('lists one line per recipient when several failed', async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste(fixture('exim-rcpt-and-data'))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('3 recipients could not be reached.'),
    )
    const lines = within(screen.getByRole('list', { name: 'Each recipient' })).getAllByRole('listitem')
    expect(lines.map((li) => li.textContent)).toEqual([
      'nobody@example.com — Unknown recipient — 5.1.1 — The sender: correct the address',
      'full@example.com — Mailbox full — 5.2.2 — The recipient: free up space',
      expect.stringMatching(/^spamtrap@example\.net — .+ — 5\.7\.1 — /),
    ])
  })

  it('labels a vendor code outside the IANA registry and gives the vendor meaning', async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste(
      '550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject.',
    )
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 recipient could not be reached.'),
    )
    const found = within(screen.getByRole('region', { name: 'Codes found' })).getAllByRole('listitem')
    expect(found[1]).toHaveTextContent('5.7.509')
    expect(found[1]).toHaveTextContent('Not in the IANA registry')
    expect(found[1]).toHaveTextContent('DMARC')
    // No page exists for it, so the code itself is not a link (only the glossary term is).
    expect(within(found[1] as HTMLElement).queryByRole('link', { name: /5\.7\.509/ })).toBeNull()
  })

  it('renders pasted markup as text, never as HTML', async () => {
    const { user } = await renderApp('/en/bounce/')
    const box = await screen.findByRole('textbox', { name: BOX })
    await user.click(box)
    await user.paste('<script>window.hacked = 1</script><img src=x onerror="window.hacked=1"> 550 5.1.1 nope')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 recipient could not be reached.'),
    )
    const marked = screen.getByRole('region', { name: 'Your text, with the codes marked' })
    expect(marked).toHaveTextContent('<script>window.hacked = 1</script>')
    expect(document.querySelector('main script, main img')).toBeNull()
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  it('tries the translated examples and clears', async () => {
    const { user } = await renderApp('/tr/bounce/')
    await user.click(await screen.findByRole('button', { name: 'Postfix: posta kutusu dolu' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 alıcıya ulaşılamadı.'))
    const headline = screen.getByRole('region', { name: 'Kısaca' })
    expect(within(headline).getByRole('link', { name: /^5\.2\.2/ })).toBeInTheDocument()
    expect(headline).toHaveTextContent('Posta kutusu dolu')
    await user.click(screen.getByRole('button', { name: 'Temizle' }))
    expect(screen.getByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })).toHaveValue('')
    expect(screen.queryByRole('region', { name: 'Kısaca' })).not.toBeInTheDocument()
  })

  it('opens an .eml file chosen with the file input, read on the device', async () => {
    const { user } = await renderApp('/en/bounce/')
    const input = await screen.findByLabelText('Open an .eml file')
    const file = new File([fixture('postfix-user-unknown')], 'bounce.eml', { type: 'message/rfc822' })
    await user.upload(input, file)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opened “bounce.eml”.'))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 recipient could not be reached.'),
    )
    expect(screen.getByRole('textbox', { name: BOX })).toHaveValue(fixture('postfix-user-unknown'))
    expect(input).toHaveAccessibleDescription(/never uploaded/)
  })

  it("says a mail program's own error was never sent, in Turkish too, instead of calling it returned", async () => {
    const { user } = await renderApp('/tr/bounce/')
    const box = await screen.findByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })
    await user.click(box)
    await user.paste(
      "Task 'bob@example.net - Sending' reported error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP).'",
    )
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('İleti gönderilmedi'))
    const headline = screen.getByRole('region', { name: 'Kısaca' })
    // The address in Outlook's task name is the sending account, not a recipient.
    expect(within(headline).getByRole('heading', { level: 3 })).toHaveTextContent(
      /^E-posta programı sunucusuna ulaşamadı$/,
    )
    expect(headline).toHaveTextContent('Gönderilmedi: hatayı e-posta programı bildirdi')
    expect(headline).not.toHaveTextContent('geri döndü')
  })

  it("says an address on the sending service's suppression list was not sent, in Turkish too, instead of calling it returned", async () => {
    const { user } = await renderApp('/tr/bounce/')
    const box = await screen.findByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' })
    await user.click(box)
    await user.paste(
      'Mailgun log: bob@example.net failed (permanent): 605 Not delivering to previously bounced address',
    )
    const headline = screen.getByRole('region', { name: 'Kısaca' })
    await waitFor(() =>
      expect(headline).toHaveTextContent('Başarısız: gönderim hizmetiniz iletiyi göndermedi'),
    )
    expect(headline).not.toHaveTextContent('gönderene geri döndü')
  })

  it('says a message handed to a sending service was passed on, in Turkish too, not that it was delivered', async () => {
    const { user } = await renderApp('/tr/bounce/')
    await user.click(
      await screen.findByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' }),
    )
    await user.paste(
      'Dec  1 10:04:12 web01 postfix/smtp[812]: 3C1A2B0D9: to=<sam.ortiz@example.net>, relay=smtp.provider.example.com[192.0.2.77]:587, delay=0.6, delays=0.01/0/0.3/0.29, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7Hq2LmP0aZ)',
    )
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'iletinin başka bir sunucuya aktarıldığını söylüyor',
      ),
    )
    const headline = screen.getByRole('region', { name: 'Kısaca' })
    expect(headline).toHaveTextContent('Gönderim hizmetine aktarıldı')
    expect(screen.getByRole('status')).not.toHaveTextContent('teslim edildiğini')
  })

  it("says a challenge-response notice holds the message until the sender confirms, in Turkish too, with no 'still retrying'", async () => {
    const { user } = await renderApp('/tr/bounce/')
    await user.click(
      await screen.findByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' }),
    )
    await user.paste(
      'Subject: Please verify your email to reach mlopez@example.org [SpamArrest]\nFrom: mlopez@example.org\nTo: sam.ortiz@example.com\n\nHi, I use Spam Arrest to protect myself from spam. Because this is the first time you have sent me an email, please verify that you are a real person by clicking on this link:\n\nhttps://www.spamarrest.example/verify?a=mlopez%40example.org&c=9f8e7d\n\nYour original message has not been delivered. Once you are verified, your message will be delivered and all future messages will come straight through.\n\nThank you!\n',
    )
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('gönderen doğrulayana kadar iletiyi bekletiyor'),
    )
    const headline = await screen.findByRole('region', { name: 'Kısaca' })
    expect(within(headline).getByRole('heading', { level: 3 })).toHaveTextContent(
      'mlopez@example.org: Gönderen doğrulayana kadar bekletiliyor',
    )
    expect(headline).toHaveTextContent('Gönderen: bildirimdeki bağlantıyla doğrulamalı')
    // No sending server retries a held message: no delivery row.
    expect(headline).not.toHaveTextContent('Teslim')
  })

  it('lists the addresses a form names instead of guessing which one failed, in Turkish too', async () => {
    const { user } = await renderApp('/tr/bounce/')
    await user.click(
      await screen.findByRole('textbox', { name: 'Geri dönen ileti, NDR ya da sunucu yanıtı' }),
    )
    await user.paste(
      'Name: Sam Lee\nEmail: sam.lee@contoso.com\nMessage: bob@client.example does not get our mails: 550 5.1.1 User unknown',
    )
    const headline = await screen.findByRole('region', { name: 'Kısaca' })
    await waitFor(() => expect(headline).toHaveTextContent('Metindeki adresler'))
    const named = within(headline)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(named).toEqual(['sam.lee@contoso.com', 'bob@client.example'])
    expect(headline).toHaveTextContent('hatanın hangisiyle ilgili olduğunu açıkça söylemiyor')
  })

  it("lists the writer's own address alone, saying it may be theirs, when the text does not say mail to them fails", async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste(
      "Hi, I'm Sam (sam.lee@contoso.com). Our mails to customers bounce with 550 5.1.1 User unknown.",
    )
    const headline = await screen.findByRole('region', { name: 'In short' })
    await waitFor(() => expect(headline).toHaveTextContent('Addresses in the text'))
    expect(
      within(headline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['sam.lee@contoso.com'])
    expect(headline).toHaveTextContent("it may be the writer's own")
  })

  it('says so when the text holds no code', async () => {
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste('Hello, the meeting moved to room 12.')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No SMTP reply code or enhanced status code found in this text.',
      ),
    )
  })

  it('explains a cause named without a code, and says the text gives no delivery status', async () => {
    // Exim's log phrase, pasted alone (github.com/ait-aecid/kyoushi-environment/issues/1).
    const { user } = await renderApp('/en/bounce/')
    await user.click(await screen.findByRole('textbox', { name: BOX }))
    await user.paste('all relevant MX records point to non-existent hosts')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'This text names a cause, but not what became of the message',
      ),
    )
    const headline = screen.getByRole('region', { name: 'In short' })
    expect(within(headline).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Recipient domain not found',
    )
    expect(headline).toHaveTextContent('No delivery status')
  })

  it('stays bounded on a huge paste: analysis truncates and the view is capped', async () => {
    await renderApp('/en/bounce/')
    const line = `${'x'.repeat(70)} 550 5.1.1 user unknown\n`
    const huge = line.repeat(Math.ceil((1024 * 1024 + 10) / line.length))
    // Set as a paste does: one input event with the whole text.
    fireEvent.change(await screen.findByRole('textbox', { name: BOX }), { target: { value: huge } })
    expect(
      await screen.findByText(
        'The text is very long: only its first megabyte was analysed.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument()
    expect(
      await screen.findByText(
        'The text is long: only its start and the parts around the codes are shown here (about 20,000 characters).',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/^The first [\d,]+ codes are marked; [\d,]+ more are not\.$/)).toBeInTheDocument()
    const pre = screen.getByRole('region', { name: 'Your text, with the codes marked' }).querySelector('pre')
    expect(pre?.textContent?.length).toBeLessThanOrEqual(20_010)
    expect(pre?.querySelectorAll('mark').length).toBeGreaterThan(100)
  })

  it('shows the code at the end of a long paste, with the text around it', async () => {
    await renderApp('/en/bounce/')
    const received =
      'Received: from relay.example.org by mx.example.net with ESMTPS id 4B2C; Mon, 10 Jun 2024 09:15:02 +0200\n'
    const paste = `${received.repeat(3000)}Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: User unknown\n`
    fireEvent.change(await screen.findByRole('textbox', { name: BOX }), { target: { value: paste } })
    const marked = await screen.findByRole(
      'region',
      { name: 'Your text, with the codes marked' },
      { timeout: 5000 },
    )
    const marks = [...marked.querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toEqual(['550', '5.1.1'])
    expect(marked.querySelector('pre')?.textContent).toContain('<bob@example.net>: User unknown')
  })
})

describe('bounce explainer with a simulator example', () => {
  it('opens the bounce a scenario ends in from ?example=', async () => {
    await renderApp('/en/bounce/?example=unknown-user')
    expect(await screen.findByRole('region', { name: 'In short' }, { timeout: 5000 })).toHaveTextContent(
      'nobody@example.org: Unknown recipient',
    )
    expect((screen.getByRole('textbox', { name: BOX }) as HTMLTextAreaElement).value).toContain(
      'Final-Recipient: rfc822; nobody@example.org',
    )
  })

  it('ignores an unknown example', async () => {
    await renderApp('/en/bounce/?example=nope')
    const box = await screen.findByRole('textbox', { name: BOX })
    await new Promise((r) => setTimeout(r, 50))
    expect(box).toHaveValue('')
    expect(screen.getByRole('status')).toHaveTextContent('Paste a bounce')
  })
})
