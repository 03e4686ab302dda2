// The named sessions of the simulator: who talks to whom, which server policy, and
// what the client types. Transcripts are never written here: runScenario (scenarios.ts)
// produces them by running the engine, so they cannot drift from its behaviour.

import { encodeBase64 } from '../engine/auth'
import { POLICY_PRESETS, type Policy, type PresetId } from '../engine/policy'
import type { ScenarioId } from './scenario-ids'

export type { ScenarioId } from './scenario-ids'

export interface Scenario {
  id: ScenarioId
  /** The policy preset the scenario demonstrates; the terminal can start from the same server. */
  preset: PresetId
  client: { host: string }
  server: { host: string }
  policy: Partial<Policy>
  /**
   * Lines the client sends, without CRLF; message content and the final '.' included. An array
   * is a batch sent at once without waiting for replies (PIPELINING, RFC 2920 §3.1); a
   * `{ laterMinutes }` item ends the session and opens a new one that much later (a retry).
   */
  script: ScriptItem[]
}

export type ScriptItem = string | string[] | { laterMinutes: number }

const SERVER = { host: 'mail.example.org' }
/** A mail user agent submitting for alice@example.org. */
const MUA = { host: 'laptop.example.org' }
/** Another domain's mail server delivering to us. */
const MTA = { host: 'mx.example.net' }

const PLAIN_OK = `AUTH PLAIN ${encodeBase64('\0alice\0correct-horse')}`
const PLAIN_BAD = `AUTH PLAIN ${encodeBase64('\0alice\0wrong-password')}`

// Date and From are the two header fields every message must have (RFC 5322 §3.6).
const DATE = 'Date: Mon, 30 Nov 2026 09:00:00 +0000'

const message = (from: string, to: string, subject: string) => [
  DATE,
  `From: <${from}>`,
  `To: <${to}>`,
  `Subject: ${subject}`,
  '',
  'Hello!',
  '.',
]

function scenario(
  id: ScenarioId,
  preset: PresetId,
  client: { host: string },
  script: ScriptItem[],
): Scenario {
  return { id, preset, client, server: SERVER, policy: POLICY_PRESETS[preset], script }
}

export const SCENARIOS: readonly Scenario[] = [
  scenario('happy-path', 'default', MUA, [
    `EHLO ${MUA.host}`,
    'STARTTLS',
    `EHLO ${MUA.host}`,
    PLAIN_OK,
    'MAIL FROM:<alice@example.org>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    DATE,
    'From: Alice <alice@example.org>',
    'To: Bob <bob@example.org>',
    'Subject: Lunch?',
    '',
    'Hi Bob, lunch at noon?',
    // Dot-stuffing (RFC 5321 §4.5.2): the body line '.signature' is sent as '..signature'.
    '..signature',
    '.',
    'QUIT',
  ]),
  // The sending server keeps the message queued and retries later (RFC 5321 §4.5.4.1 suggests
  // at least 30 minutes; greylists typically accept after 5); the retry is accepted.
  scenario('greylisting', 'greylisting', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'QUIT',
    { laterMinutes: 15 },
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    ...message('dave@example.net', 'bob@example.org', 'Minutes'),
    'QUIT',
  ]),
  scenario('unknown-user', 'unknown-user', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'RCPT TO:<nobody@example.org>',
    'DATA',
    ...message('dave@example.net', 'bob@example.org', 'Minutes'),
    'QUIT',
  ]),
  // RFC 2920 §3.1: MAIL, RCPT… and DATA go out in one batch; the replies come back in order and
  // the client pairs each with its command. One recipient is refused; DATA still gets 354
  // because another was accepted.
  scenario('pipelining', 'unknown-user', MTA, [
    `EHLO ${MTA.host}`,
    ['MAIL FROM:<dave@example.net>', 'RCPT TO:<bob@example.org>', 'RCPT TO:<nobody@example.org>', 'DATA'],
    ...message('dave@example.net', 'bob@example.org', 'Minutes'),
    'QUIT',
  ]),
  scenario('mailbox-full', 'mailbox-full', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<carol@example.org>',
    'QUIT',
  ]),
  scenario('message-too-large', 'message-too-large', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net> SIZE=5242880',
    'QUIT',
  ]),
  scenario('relay-denied', 'relay-denied', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<erin@elsewhere.example>',
    'QUIT',
  ]),
  scenario('auth-required', 'auth-required', MUA, [
    `EHLO ${MUA.host}`,
    'STARTTLS',
    `EHLO ${MUA.host}`,
    'MAIL FROM:<alice@example.org>',
    'QUIT',
  ]),
  scenario('auth-failed', 'default', MUA, [
    `EHLO ${MUA.host}`,
    'STARTTLS',
    `EHLO ${MUA.host}`,
    PLAIN_BAD,
    'AUTH LOGIN',
    encodeBase64('alice'),
    encodeBase64('correct-horse'),
    'QUIT',
  ]),
  scenario('tls-required', 'tls-required', MUA, [
    `EHLO ${MUA.host}`,
    'MAIL FROM:<alice@example.org>',
    'QUIT',
  ]),
  scenario('too-many-recipients', 'too-many-recipients', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'RCPT TO:<carol@example.org>',
    'RCPT TO:<frank@example.org>',
    'DATA',
    ...message('dave@example.net', 'team@example.org', 'Party'),
    'QUIT',
  ]),
  scenario('rate-limit', 'rate-limit', MTA, [
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    ...message('dave@example.net', 'bob@example.org', 'First'),
    'MAIL FROM:<dave@example.net>',
    // After the 421 the second message stays queued and goes out on a new connection.
    { laterMinutes: 10 },
    `EHLO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    ...message('dave@example.net', 'bob@example.org', 'Second'),
    'QUIT',
  ]),
  scenario('helo-basic', 'default', MTA, [
    `HELO ${MTA.host}`,
    'MAIL FROM:<dave@example.net>',
    'RCPT TO:<bob@example.org>',
    'DATA',
    ...message('dave@example.net', 'bob@example.org', 'Plain SMTP'),
    'QUIT',
  ]),
  scenario('bad-sequence', 'default', MTA, [
    `EHLO ${MTA.host}`,
    'RCPT TO:<bob@example.org>',
    'MAIL FROM:<dave@example.net>',
    'DATA',
    'QUIT',
  ]),
  scenario('connection-refused', 'connection-refused', MTA, [`EHLO ${MTA.host}`, 'QUIT']),
]
