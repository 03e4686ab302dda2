// A deferral the writer later says arrived ("he got it at 10:05", "ileti sonunda ulaştı") was delivered by
// the sending server's own retry: nobody needs to wait or resend. Doubts, questions and denials keep it waiting.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const EXCHANGE_DELAY =
  "Delivery has been delayed to these recipients or groups:\nbob@example.net\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\nServer at example.net returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"'\n"

function actions(text: string) {
  return analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action])
}

describe('a deferral the writer says arrived', () => {
  it.each([
    [
      'a colleague reports it arrived',
      `Got this overnight:\n\n${EXCHANGE_DELAY}\nBob just called, he got it at 10:05. all good`,
    ],
    ['the mail arrived later', `${EXCHANGE_DELAY}\nEDIT: Bob confirmed this morning that the mail arrived.`],
    [
      'in Turkish',
      `Dün gece bu uyarı geldi:\n\n${EXCHANGE_DELAY}\nGüncelleme: ileti sonunda ulaştı, Bob teyit etti.`,
    ],
    ['in German', `${EXCHANGE_DELAY}\nNachtrag: Die Mail ist inzwischen angekommen.`],
  ])('reads delivered: %s', (_, text) => {
    expect(actions(text)).toEqual([['bob@example.net', 'delivered']])
  })

  it.each([
    ['a question', `${EXCHANGE_DELAY}\nDid it arrive? Bob has not said anything.`],
    ['a doubt', `${EXCHANGE_DELAY}\nNot sure it arrived, Bob is out today.`],
    ['a denial', `${EXCHANGE_DELAY}\nBob says he never got it.`],
    ['a Turkish question', `${EXCHANGE_DELAY}\nİleti ulaştı mı, bilen var mı`],
  ])('stays delayed: %s', (_, text) => {
    expect(actions(text)).toEqual([['bob@example.net', 'delayed']])
  })

  it('stays delayed when another recipient arrived, which is listed as delivered', () => {
    const text = `${EXCHANGE_DELAY}\nThe copy to alice@example.org went through fine, it arrived at 10:05.`
    expect(actions(text)).toEqual([
      ['bob@example.net', 'delayed'],
      ['alice@example.org', 'delivered'],
    ])
  })

  it('leaves a refusal failed: an address refused for good does not receive by waiting', () => {
    const text =
      'Mail to bob@example.net came back:\n550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\nLater he got it, strangely.'
    expect(actions(text)).toEqual([['bob@example.net', 'failed']])
  })
})
