// An SMTP server session (RFC 5321 with ESMTP extensions) as a pure state machine.
//
// Usage:
//   const s = createSession({ policy: POLICY_PRESETS.greylisting, hostname: 'mail.example.org' })
//   s.open()                        // → [220 greeting] (or 554 / 421 when the policy refuses)
//   s.receive('EHLO client.example') // one line without its CRLF → zero or more Reply
//   s.state, s.allowedCommands()     // what the UI shows and the terminal suggests
//
// No timers, no I/O, no clock: the same session runs in the browser, in tests and behind
// the TCP sandbox (src/sandbox), which adds the socket, the idle timeout and CRLF framing.

import { auth, receiveSaslLine } from './commands-auth'
import { data, mail, rcpt } from './commands-envelope'
import {
  authOffered,
  ehlo,
  helo,
  help,
  noop,
  notImplemented,
  quit,
  rset,
  startTls,
  startTlsOffered,
  vrfy,
} from './commands-session'
import {
  type Ctx,
  close,
  closeWith421,
  type GreylistStore,
  type LineEnding,
  type SessionState,
  say,
} from './context'
import { receiveDataLine } from './data'
import { AUTH_LINE_MAX, COMMAND_LINE_MAX, CRLF_OCTETS, octetLength } from './limits'
import { type Policy, resolvePolicy } from './policy'
import { formatReply, type Reply } from './reply'

export type { SessionState } from './context'

export interface SessionOptions {
  policy?: Partial<Policy>
  /** The server's name in the greeting and replies. */
  hostname?: string
  /**
   * Sender/recipient pairs already seen by the greylist. Share one set between sessions
   * (as the sandbox does) so a retry on a new connection passes, as with a real greylist.
   */
  greylist?: GreylistStore
}

/** A read-only view of the envelope and session facts the UI may display. */
export interface SessionSnapshot {
  state: SessionState
  helo?: string
  esmtp: boolean
  tls: boolean
  user?: string
  from?: string
  recipients: string[]
  messages: number
}

export type ShutdownReason = 'shutdown' | 'timeout' | 'flood'

export interface SmtpSession {
  readonly state: SessionState
  readonly closed: boolean
  readonly tls: boolean
  readonly authenticated: boolean
  /** EHLO is in effect, so replies carry enhanced status codes (RFC 2034). */
  readonly esmtp: boolean
  readonly policy: Policy
  /** The greeting. Call once; later calls return []. */
  open(): Reply[]
  /**
   * One client line without its line end. `ending` says how it ended on the wire (default CRLF):
   * a command that ended in a bare LF is refused, and content lines that did cannot end DATA.
   * Never throws; returns [] while in DATA or once closed.
   */
  receive(line: string, ending?: LineEnding): Reply[]
  /** Verbs that make sense now, upper-case. Empty while a SASL response or message content is expected. */
  allowedCommands(): string[]
  /** The server ends the session with 421 (RFC 5321 §3.8). */
  shutdown(reason?: ShutdownReason): Reply[]
  snapshot(): SessionSnapshot
}

/** After this many refused commands the server hangs up, as Postfix does (smtpd_hard_error_limit). */
export const ERROR_LIMIT = 20

type Handler = (ctx: Ctx, arg: string, verb: string) => Reply[]

/**
 * RFC 3207 §4: a server that requires encryption "SHOULD reply to every command other than NOOP,
 * EHLO, STARTTLS, or QUIT with the reply code 530" until STARTTLS: HELO, RSET, VRFY, HELP, AUTH,
 * MAIL, RCPT, DATA and the verbs it does not implement all get "530 5.7.0 Must issue a STARTTLS
 * command first". A verb the server does not know at all still gets 500.
 */
const SERVED_BEFORE_TLS: ReadonlySet<string> = new Set(['NOOP', 'EHLO', 'STARTTLS', 'QUIT'])

const tlsStillRequired = (ctx: Ctx) => ctx.policy.requireTls && !ctx.tls

const HANDLERS: Record<string, Handler> = {
  EHLO: ehlo,
  HELO: helo,
  STARTTLS: startTls,
  AUTH: auth,
  MAIL: mail,
  RCPT: rcpt,
  DATA: data,
  RSET: rset,
  NOOP: noop,
  VRFY: vrfy,
  HELP: help,
  QUIT: quit,
  // Known verbs this server does not implement: RFC 5321 §4.2.4 asks for 502, not 500.
  EXPN: notImplemented,
  TURN: notImplemented,
  ETRN: notImplemented,
  ATRN: notImplemented,
  BDAT: notImplemented,
  SEND: notImplemented,
  SOML: notImplemented,
  SAML: notImplemented,
}

export function createSession(options: SessionOptions = {}): SmtpSession {
  const ctx: Ctx = {
    policy: resolvePolicy(options.policy),
    hostname: options.hostname ?? 'mail.example.org',
    greylist: options.greylist ?? new Set(),
    state: 'idle',
    esmtp: false,
    tls: false,
    messages: 0,
    errors: 0,
    serial: 0,
  }
  return {
    get state() {
      return ctx.state
    },
    get closed() {
      return ctx.state === 'closed'
    },
    get tls() {
      return ctx.tls
    },
    get authenticated() {
      return ctx.user !== undefined
    },
    get esmtp() {
      return ctx.esmtp
    },
    get policy() {
      return ctx.policy
    },
    open: () => open(ctx),
    receive: (line, ending = 'crlf') => receive(ctx, line, ending),
    allowedCommands: () => allowedCommands(ctx),
    shutdown: (reason = 'shutdown') => shutdown(ctx, reason),
    snapshot: () => ({
      state: ctx.state,
      esmtp: ctx.esmtp,
      tls: ctx.tls,
      recipients: [...(ctx.tx?.recipients ?? [])],
      messages: ctx.messages,
      ...(ctx.helo === undefined ? {} : { helo: ctx.helo }),
      ...(ctx.user === undefined ? {} : { user: ctx.user }),
      ...(ctx.tx === undefined ? {} : { from: ctx.tx.from }),
    }),
  }
}

function open(ctx: Ctx): Reply[] {
  if (ctx.state !== 'idle') return []
  // The greeting never carries an enhanced code per RFC 2034 §4; the refusals below do,
  // because that is what real servers send (Postfix postscreen: '554 5.7.1 …',
  // '421 4.3.2 …') and what a learner will find in bounce messages.
  if (ctx.policy.overloaded) {
    const reply = formatReply('421', [`${ctx.hostname} Service not available, try again later`], '4.3.2')
    return close(ctx, { ...reply, reason: 'serviceBusy' })
  }
  if (ctx.policy.refuseConnection) {
    ctx.state = 'refused'
    const reply = formatReply('554', [`${ctx.hostname} Service unavailable; access denied`], '5.7.1')
    return [{ ...reply, reason: 'connectionRefused' }]
  }
  ctx.state = 'greeted'
  return [say(ctx, 'greeting', '220', undefined, `${ctx.hostname} ESMTP SMTP Code Lab`)]
}

function receive(ctx: Ctx, line: string, ending: LineEnding): Reply[] {
  if (ctx.state === 'idle' || ctx.state === 'closed') return []
  if (ctx.state === 'data') return receiveDataLine(ctx, line, ending)
  // RFC 5321 §2.3.8: a bare LF is not a line end; refuse rather than guess where the command ends.
  if (ending === 'lf')
    return countErrors(ctx, [
      say(ctx, 'bareLineFeed', '500', '5.5.2', 'Bare LF is not a line end: end each line with CRLF'),
    ])
  if (ctx.state === 'auth') return countErrors(ctx, receiveSaslLine(ctx, line))
  return countErrors(ctx, command(ctx, line))
}

function command(ctx: Ctx, line: string): Reply[] {
  const space = line.indexOf(' ')
  const word = space < 0 ? line : line.slice(0, space)
  const verb = /^[A-Za-z]{1,16}$/.test(word) ? word.toUpperCase() : ''
  // RFC 5321 §4.5.3.1.4: 512 octets with CRLF. RFC 4954 §4 holds AUTH to that too; the engine
  // tolerates an AUTH line up to AUTH_LINE_MAX for long initial responses (see limits.ts).
  const limit = verb === 'AUTH' ? AUTH_LINE_MAX : COMMAND_LINE_MAX
  if (octetLength(line) + CRLF_OCTETS > limit)
    return [say(ctx, 'lineTooLong', '500', '5.5.2', 'Line too long')]
  if (ctx.state === 'refused') {
    // RFC 5321 §3.1: after a 554 greeting the server waits for QUIT and answers 503 to the rest.
    return verb === 'QUIT' ? quit(ctx) : [say(ctx, 'waitForQuit', '503', '5.5.1', 'Bad sequence of commands')]
  }
  const handler = HANDLERS[verb]
  if (!handler) return [say(ctx, 'unknownCommand', '500', '5.5.2', 'Syntax error, command unrecognized')]
  if (tlsStillRequired(ctx) && !SERVED_BEFORE_TLS.has(verb))
    return [say(ctx, 'tlsRequired', '530', '5.7.0', 'Must issue a STARTTLS command first')]
  const arg = space < 0 ? '' : line.slice(space + 1).replace(/^[ \t]+|[ \t]+$/g, '')
  return handler(ctx, arg, verb)
}

/**
 * A client that keeps getting refusals (syntax errors, refused recipients, greylisting…) is cut
 * off with 421 instead of the next one, as Postfix does with smtpd_hard_error_limit: a client
 * inventing thousands of recipients gets no further than ERROR_LIMIT of them.
 */
function countErrors(ctx: Ctx, replies: Reply[]): Reply[] {
  const last = replies[replies.length - 1]
  if (!last || ctx.state === 'closed' || !/^[45]\d\d$/.test(last.code)) return replies
  ctx.errors++
  if (ctx.errors < ERROR_LIMIT) return replies
  return closeWith421(ctx, 'tooManyErrors', '4.7.0', 'Too many errors, closing connection')
}

function shutdown(ctx: Ctx, reason: ShutdownReason): Reply[] {
  if (ctx.state === 'closed') return []
  if (reason === 'timeout') {
    // RFC 5321 §4.5.3.2.7: the server may give up on an idle client (after ≥ 5 minutes).
    return closeWith421(ctx, 'idleTimeout', '4.4.2', 'Timeout exceeded, closing connection')
  }
  if (reason === 'flood') return closeWith421(ctx, 'inputFlood', '4.7.0', 'Too much input without a line end')
  return closeWith421(ctx, 'shuttingDown', '4.3.2', 'Service not available, closing transmission channel')
}

function allowedCommands(ctx: Ctx): string[] {
  const verbs = allowedInState(ctx)
  return tlsStillRequired(ctx) ? verbs.filter((verb) => SERVED_BEFORE_TLS.has(verb)) : verbs
}

function allowedInState(ctx: Ctx): string[] {
  switch (ctx.state) {
    case 'greeted':
      return ['EHLO', 'HELO', 'NOOP', 'RSET', 'VRFY', 'HELP', 'QUIT']
    case 'refused':
      return ['QUIT']
    case 'ready': {
      const verbs = ['EHLO', 'HELO']
      if (ctx.esmtp && startTlsOffered(ctx)) verbs.push('STARTTLS')
      if (ctx.esmtp && authOffered(ctx)) verbs.push('AUTH')
      return [...verbs, 'MAIL', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
    }
    case 'mail':
      return ['RCPT', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
    case 'rcpt':
      return ['RCPT', 'DATA', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
    default:
      return []
  }
}
