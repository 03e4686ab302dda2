// Exercises of lessons 6–7: enhanced status codes, and what EHLO's extensions change.
import type { Exercise } from '../types'

const EHLO = 'EHLO client.example'
const HELO = 'HELO client.example'
const MAIL = 'MAIL FROM:<alice@example.com>'
const NOBODY = 'RCPT TO:<nobody@example.org>'
/** Larger than the 1 MiB the message-too-large server advertises with SIZE. */
const BIG = `${MAIL} SIZE=2000000`

export const ENHANCED_CODES: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'get-5-1-1',
    preset: 'unknown-user',
    goal: [{ enhanced: '5.1.1' }],
    solution: [EHLO, MAIL, NOBODY],
    typicalWrong: [HELO, MAIL, NOBODY],
  },
  {
    kind: 'choose',
    id: 'pair-class',
    moment: [`C: ${MAIL}`, 'S: 250 2.1.0 Sender <alice@example.com> ok', `C: ${NOBODY}`],
    options: [
      { id: 'class-4', reply: '550 4.1.1 <nobody@example.org>: Recipient address rejected: User unknown' },
      { id: 'reply-4', reply: '450 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown' },
      { id: 'agree', reply: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown' },
    ],
    answer: 'agree',
    replay: { preset: 'unknown-user', lines: [EHLO, MAIL, NOBODY] },
    typicalWrong: 'class-4',
  },
]

export const EXTENSIONS: readonly Exercise[] = [
  {
    kind: 'terminal',
    id: 'list-extensions',
    preset: 'default',
    goal: [{ reason: 'ehloExtensions' }],
    solution: [EHLO],
    typicalWrong: [HELO],
  },
  {
    kind: 'terminal',
    id: 'size-too-big',
    preset: 'message-too-large',
    goal: [{ reason: 'sizeExceeded' }],
    solution: [EHLO, BIG],
    typicalWrong: [HELO, BIG],
  },
  {
    kind: 'choose',
    id: 'after-starttls',
    moment: ['C: STARTTLS', 'S: 220 2.0.0 Ready to start TLS', `C: ${MAIL}`],
    options: [
      { id: 'accepted', reply: '250 2.1.0 Sender <alice@example.com> ok' },
      { id: 'need-ehlo', reply: '503 Send HELO/EHLO first' },
      { id: 'need-tls', reply: '530 5.7.0 Must issue a STARTTLS command first' },
    ],
    answer: 'need-ehlo',
    replay: { preset: 'default', lines: [EHLO, 'STARTTLS', MAIL] },
    typicalWrong: 'accepted',
  },
]
