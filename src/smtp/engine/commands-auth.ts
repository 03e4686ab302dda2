// AUTH (RFC 4954) with PLAIN and LOGIN, including the 334 exchange and '*' cancel.

import {
  checkLogin,
  checkPlain,
  decodeBase64,
  LOGIN_PASSWORD_PROMPT,
  LOGIN_USERNAME_PROMPT,
  MECHANISMS,
} from './auth'
import { authOffered } from './commands-session'
import { type Ctx, say } from './context'
import { AUTH_LINE_MAX, CRLF_OCTETS, octetLength } from './limits'
import type { Reply } from './reply'

export function auth(ctx: Ctx, arg: string): Reply[] {
  // RFC 4954 §4: AUTH belongs to an EHLO session, never inside a transaction, and once. With
  // encryption required, AUTH before STARTTLS never gets here: session.ts answers 530 (RFC 3207 §4).
  if (!ctx.esmtp) return [say(ctx, 'needEhlo', '503', '5.5.1', 'Send EHLO first')]
  if (ctx.user !== undefined) return [say(ctx, 'authAlreadyDone', '503', '5.5.1', 'Already authenticated')]
  if (ctx.tx)
    return [say(ctx, 'mailInProgress', '503', '5.5.1', 'AUTH not permitted during a mail transaction')]
  // Not advertised (no accounts, or only after STARTTLS): refused like Postfix's "503 5.5.1
  // Error: authentication not enabled". RFC 4954 §6 keeps 538 5.7.11 "for historical purposes
  // only"; a modern server does not advertise a mechanism it will not take in the clear.
  if (!authOffered(ctx)) {
    return [say(ctx, 'authNotOffered', '503', '5.5.1', 'Error: authentication not enabled')]
  }
  const [mechanism = '', initial, ...extra] = arg.split(/ +/)
  if (mechanism === '' || extra.length > 0) {
    return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: AUTH mechanism [initial-response]')]
  }
  const mech = mechanism.toUpperCase()
  if (!(MECHANISMS as readonly string[]).includes(mech)) {
    return [say(ctx, 'authUnknownMechanism', '504', '5.5.4', 'Unrecognized authentication type')]
  }
  if (mech === 'PLAIN') {
    if (initial === undefined) {
      // RFC 4954 §4: no initial response → an empty challenge, written '334 '.
      ctx.sasl = { mechanism: 'PLAIN' }
      ctx.state = 'auth'
      return [say(ctx, 'authChallenge', '334', undefined, '')]
    }
    return finishPlain(ctx, initial)
  }
  if (initial === undefined) return promptLogin(ctx, undefined)
  const user = decodeBase64(initial)
  return user === undefined ? badBase64(ctx) : promptLogin(ctx, user)
}

/** A line received while an AUTH exchange waits for the client's response. */
export function receiveSaslLine(ctx: Ctx, line: string): Reply[] {
  const sasl = ctx.sasl
  ctx.sasl = undefined
  ctx.state = 'ready'
  if (!sasl) return []
  // RFC 4954 §4: the client cancels with a lone '*', answered by 501.
  if (line === '*') return [say(ctx, 'authCancelled', '501', '5.7.0', 'Authentication cancelled')]
  if (octetLength(line) + CRLF_OCTETS > AUTH_LINE_MAX) {
    return [say(ctx, 'authLineTooLong', '500', '5.5.6', 'Authentication Exchange line is too long')]
  }
  if (sasl.mechanism === 'PLAIN') return finishPlain(ctx, line)
  const decoded = decodeBase64(line)
  if (decoded === undefined) return badBase64(ctx)
  if (sasl.user === undefined) return promptLogin(ctx, decoded)
  return result(ctx, checkLogin(sasl.user, decoded, ctx.policy.credentials))
}

function promptLogin(ctx: Ctx, user: string | undefined): Reply[] {
  ctx.sasl = user === undefined ? { mechanism: 'LOGIN' } : { mechanism: 'LOGIN', user }
  ctx.state = 'auth'
  return user === undefined
    ? [say(ctx, 'authUsernamePrompt', '334', undefined, LOGIN_USERNAME_PROMPT)]
    : [say(ctx, 'authPasswordPrompt', '334', undefined, LOGIN_PASSWORD_PROMPT)]
}

function finishPlain(ctx: Ctx, response: string): Reply[] {
  const message = decodeBase64(response)
  if (message === undefined) return badBase64(ctx)
  return result(ctx, checkPlain(message, ctx.policy.credentials))
}

/** RFC 4954 §4: a response that is not base64 is rejected with 501. */
function badBase64(ctx: Ctx): Reply[] {
  ctx.sasl = undefined
  ctx.state = 'ready'
  return [say(ctx, 'authBadBase64', '501', '5.5.2', 'Cannot decode response')]
}

/** RFC 4954 §4/§6: 235 2.7.0 on success, 535 5.7.8 for wrong credentials. */
function result(ctx: Ctx, user: string | undefined): Reply[] {
  if (user === undefined)
    return [say(ctx, 'authFailed', '535', '5.7.8', 'Authentication credentials invalid')]
  ctx.user = user
  return [say(ctx, 'authSucceeded', '235', '2.7.0', 'Authentication successful')]
}
