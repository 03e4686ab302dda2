// Exercises of lessons 1–3: a whole session, reading a code's digits, the greeting and goodbye.
// Replies quoted here are the engine's own; the unit test replays each moment to prove it.
import type { Exercise } from '../types'

const EHLO = 'EHLO client.example'
const MAIL = 'MAIL FROM:<alice@example.com>'
const RCPT = 'RCPT TO:<bob@example.org>'
const MESSAGE = ['Subject: Hello', '', 'Hi Bob!', '.']
const GOODBYE = 'mail.example.org Service closing transmission channel'

export const MAIL_SESSION: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'reach-354',
    preset: 'default',
    goal: [{ code: '354' }],
    solution: [EHLO, MAIL, RCPT, 'DATA'],
    typicalWrong: [EHLO, 'DATA'],
  },
  {
    kind: 'order',
    id: 'order-session',
    preset: 'default',
    blocks: [
      { id: 'ehlo', lines: [EHLO] },
      { id: 'mail', lines: [MAIL] },
      { id: 'rcpt', lines: [RCPT] },
      { id: 'data', lines: ['DATA'] },
      { id: 'message', lines: MESSAGE },
      { id: 'quit', lines: ['QUIT'] },
    ],
    start: ['data', 'rcpt', 'quit', 'ehlo', 'message', 'mail'],
    valid: [['ehlo', 'mail', 'rcpt', 'data', 'message', 'quit']],
  },
  {
    kind: 'choose',
    id: 'after-dot',
    moment: ['C: DATA', 'S: 354 End data with <CR><LF>.<CR><LF>', ...MESSAGE.map((line) => `C: ${line}`)],
    options: [
      { id: 'queued', reply: '250 2.0.0 Ok: queued as FEC47E4A3106' },
      { id: 'again', reply: '354 End data with <CR><LF>.<CR><LF>' },
      { id: 'goodbye', reply: `221 2.0.0 ${GOODBYE}` },
    ],
    answer: 'queued',
    replay: { preset: 'default', lines: [EHLO, MAIL, RCPT, 'DATA', ...MESSAGE] },
    typicalWrong: 'goodbye',
  },
]

export const REPLY_CODES: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'get-503',
    preset: 'default',
    goal: [{ code: '503' }],
    solution: [EHLO, RCPT],
    typicalWrong: [EHLO, MAIL, RCPT],
  },
  {
    kind: 'choose',
    id: 'second-digit',
    moment: [`C: ${EHLO}`, 'S: 250 8BITMIME', 'C: HELLO there'],
    options: [
      { id: 'not-implemented', reply: '502 5.5.1 HELLO command not implemented' },
      { id: 'unrecognized', reply: '500 5.5.2 Syntax error, command unrecognized' },
      { id: 'sequence', reply: '503 5.5.1 Bad sequence of commands' },
    ],
    answer: 'unrecognized',
    replay: { preset: 'default', lines: [EHLO, 'HELLO there'] },
    typicalWrong: 'not-implemented',
  },
]

export const OPEN_AND_CLOSE: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'quit-221',
    preset: 'default',
    goal: [{ code: '221' }],
    solution: [EHLO, 'QUIT'],
    typicalWrong: [EHLO, 'BYE'],
  },
  {
    kind: 'choose',
    id: 'who-speaks-first',
    moment: [],
    options: [
      { id: 'hello', reply: '250 mail.example.org Hello client.example' },
      { id: 'greeting', reply: '220 mail.example.org ESMTP SMTP Code Lab' },
      { id: 'goodbye', reply: `221 ${GOODBYE}` },
    ],
    answer: 'greeting',
    replay: { preset: 'default', lines: [] },
    typicalWrong: 'hello',
  },
  {
    kind: 'choose',
    id: 'refused-greeting',
    moment: ['S: 554 5.7.1 mail.example.org Service unavailable; access denied', `C: ${EHLO}`],
    options: [
      { id: 'hello', reply: '250 mail.example.org Hello client.example' },
      { id: 'goodbye', reply: `221 ${GOODBYE}` },
      { id: 'sequence', reply: '503 Bad sequence of commands' },
    ],
    answer: 'sequence',
    replay: { preset: 'connection-refused', lines: [EHLO] },
    typicalWrong: 'hello',
  },
]
