// Which narration text goes with a command or a reply. Keys point into
// locales/<lng>/scenarios.json (`command.<key>`, `reply.<key>`); params fill its
// {{placeholders}}. The simulator and the "try it yourself" terminal share these.

import type { Reply } from '../engine/reply'
import type { SessionState, SmtpSession } from '../engine/session'

export interface NarrationRef {
  key: string
  params?: Record<string, string>
}

export const COMMAND_KEYS = [
  'ehlo',
  'helo',
  'starttls',
  'authPlain',
  'authLogin',
  'auth',
  'authResponse',
  'authCancel',
  'mailFrom',
  'mailFromSize',
  'rcptTo',
  'data',
  'message',
  'rset',
  'noop',
  'vrfy',
  'help',
  'quit',
  'pipelined',
  'unknown',
] as const

export type CommandKey = (typeof COMMAND_KEYS)[number]

/** Key for the reply narration when the engine gave no reason (never for engine replies). */
export const FALLBACK_REPLY_KEY = 'generic'
/** Key for a step the server has not answered (a script that stops inside DATA). */
export const NO_REPLY_KEY = 'noReply'

/** The path inside MAIL FROM:<…> / RCPT TO:<…>, if the line has one. */
export function addressIn(line: string): string | undefined {
  return /^(?:MAIL FROM|RCPT TO): *<([^<>]*)>/i.exec(line)?.[1]
}

/**
 * Narrates what a client line asks for. `state` is the session state *before* the line
 * was sent: in 'auth' a line is a SASL response, in 'data' it is message content.
 */
export function narrateCommand(line: string, state: SessionState): NarrationRef {
  if (state === 'data') return { key: 'message' }
  if (state === 'auth') return { key: line === '*' ? 'authCancel' : 'authResponse' }
  const [word = '', arg = ''] = line.split(/ (.*)/s)
  const verb = word.toUpperCase()
  switch (verb) {
    case 'EHLO':
    case 'HELO':
      return { key: verb.toLowerCase(), params: { host: arg } }
    case 'STARTTLS':
    case 'DATA':
    case 'RSET':
    case 'NOOP':
    case 'VRFY':
    case 'HELP':
    case 'QUIT':
      return { key: verb.toLowerCase() }
    case 'AUTH': {
      const mechanism = (arg.split(' ')[0] ?? '').toUpperCase()
      const key = mechanism === 'PLAIN' ? 'authPlain' : mechanism === 'LOGIN' ? 'authLogin' : 'auth'
      return { key, params: { mechanism } }
    }
    case 'MAIL': {
      const size = /\bSIZE=([0-9]+)/i.exec(arg)?.[1]
      const address = addressIn(line) ?? ''
      return size
        ? { key: 'mailFromSize', params: { address, size } }
        : { key: 'mailFrom', params: { address } }
    }
    case 'RCPT':
      return { key: 'rcptTo', params: { address: addressIn(line) ?? '' } }
    default:
      return { key: 'unknown' }
  }
}

export interface ReplyContext {
  session: SmtpSession
  server: string
  client: string
  /** The client line the reply answers, when there is one. */
  line?: string
}

/**
 * The extensions an EHLO reply lists, as sent ('PIPELINING, SIZE 10485760, STARTTLS, …'): every
 * line after the first, without its 'NNN-' or 'NNN ' prefix (RFC 5321 §4.1.1.1, §4.2.1). The list
 * differs before and after STARTTLS (RFC 3207 §4.2), so the narration names what this reply holds.
 */
export function ehloExtensionsIn(reply: Reply): string {
  return reply.lines
    .slice(1)
    .map((line) => line.slice(4))
    .join(', ')
}

/**
 * Narrates a reply by the engine's reason id. Params always hold `code`, `server` and
 * `client`; `address` when the reply answers MAIL/RCPT; `limit` for the limit replies;
 * `extensions` for an EHLO reply, the keywords it lists.
 */
export function narrateReply(reply: Reply, context: ReplyContext): NarrationRef {
  const params: Record<string, string> = { code: reply.code, server: context.server, client: context.client }
  const address = context.line === undefined ? undefined : addressIn(context.line)
  if (address !== undefined) params.address = address
  const policy = context.session.policy
  if (reply.reason === 'sizeExceeded' || reply.reason === 'messageTooLarge')
    params.limit = String(policy.maxSize)
  if (reply.reason === 'tooManyRecipients') params.limit = String(policy.maxRecipients)
  if (reply.reason === 'rateLimited') params.limit = String(policy.maxMessages)
  if (reply.reason === 'ehloExtensions') params.extensions = ehloExtensionsIn(reply)
  return { key: reply.reason ?? FALLBACK_REPLY_KEY, params }
}
