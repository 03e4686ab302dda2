// Exercises of lessons 4–5: the envelope (one RCPT, one answer), and transient versus permanent.
import type { Exercise } from '../types'

const EHLO = 'EHLO client.example'
const MAIL = 'MAIL FROM:<alice@example.com>'
const BOB = 'RCPT TO:<bob@example.org>'
const NOBODY = 'RCPT TO:<nobody@example.org>'
const MTA = { ehlo: 'EHLO mx.example.net', mail: 'MAIL FROM:<dave@example.net>' }

export const ENVELOPE: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'two-recipients',
    preset: 'unknown-user',
    goal: [{ reason: 'rcptUnknownUser' }, { reason: 'messageQueued' }],
    solution: [EHLO, MAIL, BOB, NOBODY, 'DATA', 'Subject: Hello', '', 'Hi both!', '.'],
    typicalWrong: [EHLO, MAIL, NOBODY, 'DATA'],
  },
  {
    kind: 'choose',
    id: 'data-after-refusal',
    moment: [
      `C: ${BOB}`,
      'S: 250 2.1.5 Recipient <bob@example.org> ok',
      `C: ${NOBODY}`,
      'S: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown',
      'C: DATA',
    ],
    options: [
      { id: 'need-rcpt', reply: '503 5.5.1 Need RCPT command' },
      {
        id: 'refused-again',
        reply: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown',
      },
      { id: 'go-ahead', reply: '354 End data with <CR><LF>.<CR><LF>' },
    ],
    answer: 'go-ahead',
    replay: { preset: 'unknown-user', lines: [EHLO, MAIL, BOB, NOBODY, 'DATA'] },
    typicalWrong: 'need-rcpt',
  },
  {
    kind: 'order',
    id: 'order-envelope',
    preset: 'default',
    blocks: [
      { id: 'ehlo', lines: [EHLO] },
      { id: 'mail', lines: [MAIL] },
      { id: 'rcpt-bob', lines: [BOB] },
      { id: 'rcpt-carol', lines: ['RCPT TO:<carol@example.org>'] },
      { id: 'data', lines: ['DATA'] },
      {
        id: 'message',
        lines: [
          'From: Alice <alice@example.com>',
          'To: Bob <bob@example.org>',
          'Subject: Lunch',
          '',
          'Noon?',
          '.',
        ],
      },
      { id: 'quit', lines: ['QUIT'] },
    ],
    start: ['message', 'rcpt-carol', 'data', 'mail', 'quit', 'rcpt-bob', 'ehlo'],
    valid: [
      ['ehlo', 'mail', 'rcpt-bob', 'rcpt-carol', 'data', 'message', 'quit'],
      ['ehlo', 'mail', 'rcpt-carol', 'rcpt-bob', 'data', 'message', 'quit'],
    ],
  },
]

export const RETRY_OR_GIVE_UP: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'greylist-retry',
    preset: 'greylisting',
    goal: [{ reason: 'greylisted' }, { reason: 'recipientOk' }],
    solution: [EHLO, MAIL, BOB, BOB],
    typicalWrong: [EHLO, MAIL, BOB],
  },
  {
    kind: 'choose',
    id: 'greylist-reply',
    moment: [`C: ${MTA.mail}`, 'S: 250 2.1.0 Sender <dave@example.net> ok', `C: ${BOB}`],
    options: [
      { id: 'accepted', reply: '250 2.1.5 Recipient <bob@example.org> ok' },
      {
        id: 'transient',
        reply: '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, try again later',
      },
      { id: 'unknown', reply: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown' },
    ],
    answer: 'transient',
    replay: { preset: 'greylisting', lines: [MTA.ehlo, MTA.mail, BOB] },
    typicalWrong: 'unknown',
  },
  {
    kind: 'choose',
    id: 'mailbox-full',
    moment: [`C: ${MTA.mail}`, 'S: 250 2.1.0 Sender <dave@example.net> ok', 'C: RCPT TO:<carol@example.org>'],
    options: [
      { id: 'permanent', reply: '552 5.2.2 <carol@example.org>: Mailbox full' },
      { id: 'transient', reply: '452 4.2.2 <carol@example.org>: Mailbox full, try again later' },
      { id: 'unknown', reply: '550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown' },
    ],
    answer: 'transient',
    replay: { preset: 'mailbox-full', lines: [MTA.ehlo, MTA.mail, 'RCPT TO:<carol@example.org>'] },
    typicalWrong: 'permanent',
  },
]
