// Fact review 46: greetings in more words and languages name the addressee, not the recipient;
// (a run of blanks after an address is timed in bench/micro/bounce.ts); pipelined replies over several lines pair right;
// a server's contact or the sender's own login is no refused recipient; "the server said 550" is a
// refusal and an accepted recipient never shares a list's failure; Outlook's classic report in
// German and French, and with an apostrophe in an address; PHPMailer's comma list names everyone.
import { describe, expect, it } from 'vitest'
import { byRecipient, headline, reasonsByRecipient } from '../helpers/bounce-shown'

describe('fact review 46', () => {
  it.each([
    [
      'Hello Alice (alice@contoso.com),\n\nYour message to sales@fabrikam.com has been rejected by the moderator of the list.',
      'sales@fabrikam.com',
    ],
    [
      'Greetings alice@contoso.com,\nThe message you sent to the group announce@lists.fabrikam.com was rejected because you are not a member of the list.',
      'announce@lists.fabrikam.com',
    ],
    ['Здравствуйте, alice@contoso.com!\n\nВаше письмо не доставлено.\n550 5.1.1 User unknown', null],
    [
      'Expected response code "354" but got code "554", with message "554 5.7.1 The message from (<alice@contoso.com>) with the subject of (Invoice) matches a profile the Internet community may consider spam."',
      null,
    ],
  ] as const)('never names the greeted or quoted sender: %s', (text, recipient) => {
    expect(headline(text)?.recipient ?? null).toBe(recipient)
  })

  it('pairs pipelined replies that run over several lines', () => {
    const text =
      ">>> RCPT TO:<bob@example.net>\n>>> RCPT TO:<carol@example.net>\n>>> DATA\n<<< 550-5.1.1 The email account that you tried to reach does not exist. Please try\n<<< 550-5.1.1 double-checking the recipient's email address for typos or\n<<< 550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\n<<< 250 2.1.5 OK\n<<< 354 Go ahead"
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net'])
  })

  it.each([
    '2026-11-30 10:00:00 CLIENT -> SERVER: RCPT TO:<bob@example.net>\n2026-11-30 10:00:00 SERVER -> CLIENT: 550 5.7.1 Blocked. Please email support@example.net to be whitelisted\n2026-11-30 10:00:00 SMTP ERROR: RCPT TO command failed: 550 5.7.1 Blocked. Please email support@example.net to be whitelisted',
    'Failed to send to bob@example.net: 554 5.7.1 Service unavailable; listed at zen.spamhaus.org\nSee the notice from abuse-desk@example.net: 554 5.7.1 delist first',
  ])("never takes a server's contact for a refused recipient: %s", (text) => {
    expect(Object.keys(byRecipient(text))).toEqual(['bob@example.net'])
  })

  it("counts 'the server said 550' as a refusal, and never fails an accepted recipient", () => {
    expect(
      Object.keys(
        byRecipient(
          'Recipients: bob@example.net, carol@example.net\nDelivery to carol@example.net failed, the server said 550 no such user here',
        ),
      ),
    ).toEqual(['carol@example.net'])
    expect(
      Object.keys(
        byRecipient(
          'Recipients: bob@example.net, carol@example.net\nRCPT TO:<bob@example.net>\n250 2.1.5 Ok\nMAIL refused: 550 5.7.1 Sender blocked',
        ),
      ),
    ).toEqual(['carol@example.net'])
  })

  it.each([
    "Folgende(r) Empfänger kann/können nicht erreicht werden:\n\n      'bob@example.net' am 30.11.2026 10:00\n            550 5.1.1 User unknown\n      'carol@example.net' am 30.11.2026 10:00\n            552 5.2.2 Mailbox over quota",
    "Impossible de remettre le message aux destinataires suivants :\n\n      'bob@example.net' le 30/11/2026 10:00\n            550 5.1.1 User unknown\n      'carol@example.net' le 30/11/2026 10:00\n            552 5.2.2 Mailbox over quota",
  ])("lists every recipient of Outlook's classic report in German and French: %s", (text) => {
    expect(reasonsByRecipient(text)).toEqual({
      'bob@example.net': 'unknown-user',
      'carol@example.net': 'mailbox-full',
    })
  })

  it('keeps an apostrophe inside a quoted address', () => {
    const text =
      "The following recipient(s) cannot be reached:\n      'o'brien@example.net' on 30/11/2026 10:00\n            550 5.1.1 User unknown\n      'pam@example.net' on 30/11/2026 10:00\n            552 5.2.2 Mailbox over quota"
    expect(reasonsByRecipient(text)).toEqual({
      "o'brien@example.net": 'unknown-user',
      'pam@example.net': 'mailbox-full',
    })
  })

  it("names every address of PHPMailer 5's comma list", () => {
    const text = 'SMTP Error: The following recipients failed: bob@example.net, carol@example.net'
    expect(Object.keys(byRecipient(text)).sort()).toEqual(['bob@example.net', 'carol@example.net'])
  })

  it('reads a single Get-MessageTrace record whose longest name has no padding', () => {
    const text =
      'Received        : 30/11/2026 10:00:00\nSenderAddress   : alice@contoso.com\nRecipientAddress: bob@example.net\nSubject         : Invoice\nStatus          : Failed\nFromIP          : 203.0.113.9'
    expect(headline(text)).toMatchObject({ recipient: 'bob@example.net', action: 'failed' })
  })
})
