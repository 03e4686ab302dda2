// The mutable state of one session and the helpers every command handler shares.
// Only the engine touches this; callers see it through SmtpSession (session.ts).

import type { Policy } from './policy'
import type { ReplyReason } from './reasons'
import { formatReply, type Reply } from './reply'

/**
 * Where the session is (RFC 5321 §4.1.4 ordering, §3.3 mail transaction):
 * - 'idle'     not opened yet (no greeting sent)
 * - 'greeted'  220 sent; waiting for EHLO/HELO (also after STARTTLS, RFC 3207 §4.2)
 * - 'refused'  554 greeting sent; only QUIT is served (RFC 5321 §3.1)
 * - 'ready'    EHLO/HELO done, no transaction open
 * - 'auth'     inside an AUTH exchange; the next line is a SASL response (RFC 4954 §4)
 * - 'mail'     MAIL accepted, no recipient yet
 * - 'rcpt'     at least one RCPT accepted; DATA is possible
 * - 'data'     354 sent; lines are message content until '.'
 * - 'closed'   221 or 421 sent; nothing more is read
 */
export type SessionState =
  | 'idle'
  | 'greeted'
  | 'refused'
  | 'ready'
  | 'auth'
  | 'mail'
  | 'rcpt'
  | 'data'
  | 'closed'

export const SESSION_STATES: readonly SessionState[] = [
  'idle',
  'greeted',
  'refused',
  'ready',
  'auth',
  'mail',
  'rcpt',
  'data',
  'closed',
]

export interface Transaction {
  from: string
  recipients: string[]
  declaredSize?: number
  body: '7BIT' | '8BITMIME'
}

export type SaslStep = { mechanism: 'PLAIN' } | { mechanism: 'LOGIN'; user?: string }

export interface DataProgress {
  octets: number
  lineTooLong: boolean
  hash: number
  /** How the previous content line ended: '.' ends the data only between two CRLFs (RFC 5321 §4.1.1.4). */
  lastEnding: LineEnding
}

/** How a line reached the server: CRLF, or a bare LF, which RFC 5321 §2.3.8 says is no line end. */
export type LineEnding = 'crlf' | 'lf'

export interface Ctx {
  policy: Policy
  hostname: string
  greylist: GreylistStore
  state: SessionState
  /** The client's EHLO/HELO argument, once given. */
  helo?: string
  /** EHLO was used: extensions, hence enhanced status codes, are in effect (RFC 2034 §4). */
  esmtp: boolean
  tls: boolean
  user?: string
  sasl?: SaslStep
  tx?: Transaction
  data?: DataProgress
  messages: number
  errors: number
  /** Counts sessions' accepted messages into the queue id so two messages never share one. */
  serial: number
}

/**
 * A reply from the session: the enhanced code is written only while ENHANCEDSTATUSCODES
 * is in effect, i.e. after EHLO (RFC 2034 §4), and never on 3xx replies, which RFC 2034
 * leaves out.
 */
export function say(
  ctx: Ctx,
  reason: ReplyReason,
  code: string,
  enhanced: string | undefined,
  text: string | string[],
) {
  const texts = Array.isArray(text) ? text : [text]
  const useEnhanced = ctx.esmtp && !code.startsWith('3') ? enhanced : undefined
  return withReason(formatReply(code, texts, useEnhanced), reason)
}

export function withReason(reply: Reply, reason: ReplyReason): Reply {
  return { ...reply, reason }
}

/** Ends the mail transaction, as RSET, EHLO, HELO and STARTTLS do (RFC 5321 §4.1.1.5, §4.1.4). */
export function clearTransaction(ctx: Ctx) {
  ctx.tx = undefined
  ctx.data = undefined
  ctx.sasl = undefined
  ctx.state = ctx.helo === undefined ? 'greeted' : 'ready'
}

export function close(ctx: Ctx, reply: Reply): Reply[] {
  ctx.state = 'closed'
  ctx.tx = undefined
  ctx.data = undefined
  ctx.sasl = undefined
  return [reply]
}

/** RFC 5321 §3.8: 421 may answer any command when the server must end the session. */
export function closeWith421(ctx: Ctx, reason: ReplyReason, enhanced: string, text: string): Reply[] {
  return close(ctx, say(ctx, reason, '421', enhanced, `${ctx.hostname} ${text}`))
}

/** Sender/recipient pairs the greylist has seen. A Set will do; the sandbox bounds its own. */
export interface GreylistStore {
  has(key: string): boolean
  add(key: string): unknown
}
