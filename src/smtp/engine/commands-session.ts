// Session-level commands: EHLO, HELO, STARTTLS, RSET, NOOP, VRFY, EXPN, HELP, QUIT.

import { isHeloArgument } from './address'
import { type Ctx, clearTransaction, close, say } from './context'
import { echo, type Reply } from './reply'

/** The AUTH keyword is advertised only where AUTH would be accepted (RFC 4954 §3). */
export function authOffered(ctx: Ctx): boolean {
  const p = ctx.policy
  if (ctx.user !== undefined) return false
  if (!ctx.tls && (p.authNeedsTls || p.requireTls)) return false
  return p.credentials.length > 0
}

/** RFC 3207 §4.2: once TLS is active, STARTTLS is no longer offered. */
export function startTlsOffered(ctx: Ctx): boolean {
  return ctx.policy.offerStartTls && !ctx.tls
}

/**
 * RFC 5321 §4.1.1.1: EHLO opens an extended session and lists the extensions; it also
 * resets any transaction (§4.1.4). No reply to EHLO or HELO carries an enhanced code, an
 * error included (RFC 2034 §4: not "any response to HELO or EHLO"), as in Postfix's
 * "501 Syntax: EHLO hostname".
 */
export function ehlo(ctx: Ctx, arg: string): Reply[] {
  if (!isHeloArgument(arg)) return [say(ctx, 'syntaxError', '501', undefined, 'Syntax: EHLO hostname')]
  ctx.helo = arg
  clearTransaction(ctx)
  ctx.esmtp = true
  const lines = [
    `${ctx.hostname} Hello ${echo(arg)}`,
    'PIPELINING', // RFC 2920
    `SIZE ${ctx.policy.maxSize}`, // RFC 1870 §4
  ]
  if (startTlsOffered(ctx)) lines.push('STARTTLS') // RFC 3207 §2
  if (authOffered(ctx)) lines.push('AUTH PLAIN LOGIN') // RFC 4954 §3
  lines.push('ENHANCEDSTATUSCODES', '8BITMIME') // RFC 2034, RFC 6152
  return [say(ctx, 'ehloExtensions', '250', undefined, lines)]
}

/** RFC 5321 §4.1.1.1: HELO is the old greeting: no extensions, hence no enhanced codes. */
export function helo(ctx: Ctx, arg: string): Reply[] {
  if (!isHeloArgument(arg)) return [say(ctx, 'syntaxError', '501', undefined, 'Syntax: HELO hostname')]
  ctx.helo = arg
  ctx.esmtp = false
  clearTransaction(ctx)
  return [say(ctx, 'heloOk', '250', undefined, `${ctx.hostname} Hello ${echo(arg)}`)]
}

/**
 * RFC 3207 §4: 220 then the TLS handshake. Here TLS is simulated: after 220 the channel
 * counts as encrypted and, per §4.2, everything learnt from the client is forgotten, so
 * the client must send EHLO again.
 */
export function startTls(ctx: Ctx, arg: string): Reply[] {
  if (arg !== '') return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: STARTTLS (no parameters allowed)')]
  if (ctx.tls) return [say(ctx, 'tlsAlreadyActive', '503', '5.5.1', 'TLS already active')]
  // Not offered at all: the command is recognised but not implemented here, 502 (RFC 5321
  // §4.2.4), as Postfix answers "502 5.5.1 Error: command not implemented". RFC 3207 §4's 454
  // is for an offered STARTTLS that cannot start right now, and invites a retry.
  if (!ctx.policy.offerStartTls) {
    return [say(ctx, 'tlsNotOffered', '502', '5.5.1', 'STARTTLS command not implemented')]
  }
  if (!ctx.esmtp) return [say(ctx, 'needEhlo', '503', '5.5.1', 'Send EHLO first')]
  if (ctx.tx) return [say(ctx, 'mailInProgress', '503', '5.5.1', 'Mail transaction in progress')]
  const reply = say(ctx, 'startTlsReady', '220', '2.0.0', 'Ready to start TLS')
  ctx.tls = true
  ctx.helo = undefined
  ctx.esmtp = false
  ctx.user = undefined
  clearTransaction(ctx)
  return [reply]
}

/** RFC 5321 §4.1.1.5: RSET aborts the transaction; it takes no arguments. */
export function rset(ctx: Ctx, arg: string): Reply[] {
  if (arg !== '') return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: RSET (no parameters allowed)')]
  clearTransaction(ctx)
  return [say(ctx, 'resetOk', '250', '2.0.0', 'Ok')]
}

/** RFC 5321 §4.1.1.9: NOOP does nothing; a parameter, if any, is ignored. */
export function noop(ctx: Ctx): Reply[] {
  return [say(ctx, 'noopOk', '250', '2.0.0', 'Ok')]
}

/**
 * RFC 5321 §3.5.3: a server that will not disclose whether a mailbox exists answers
 * 252, which also avoids giving address harvesters an oracle (§7.3).
 */
export function vrfy(ctx: Ctx, arg: string): Reply[] {
  if (arg === '') return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: VRFY address')]
  return [
    say(
      ctx,
      'vrfyCannotVerify',
      '252',
      '2.0.0',
      'Cannot VRFY user, but will accept message and attempt delivery',
    ),
  ]
}

/**
 * RFC 5321 §4.1.1.8: HELP lists what the server understands (214, multi-line). Only what this
 * session offers: STARTTLS and AUTH appear where EHLO would advertise them, as RFC 5321 §4.2.4 asks
 * of capabilities ("MUST NOT list capabilities … for which they will return 502").
 */
export function help(ctx: Ctx): Reply[] {
  const first = ['EHLO', 'HELO']
  if (startTlsOffered(ctx)) first.push('STARTTLS')
  if (authOffered(ctx)) first.push('AUTH')
  return [
    say(ctx, 'helpText', '214', '2.0.0', [
      `Commands: ${[...first, 'MAIL', 'RCPT', 'DATA'].join(' ')}`,
      'Commands: RSET NOOP VRFY HELP QUIT',
      'See RFC 5321',
    ]),
  ]
}

/**
 * RFC 5321 §4.1.1.10: 221, then the server closes the channel. QUIT takes no argument: §4.3.2 says
 * a server SHOULD answer 501 to one, as for RSET and DATA (Postfix ignores it and says goodbye).
 */
export function quit(ctx: Ctx, arg = ''): Reply[] {
  if (arg !== '') return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: QUIT (no parameters allowed)')]
  return close(
    ctx,
    say(ctx, 'quitBye', '221', '2.0.0', `${ctx.hostname} Service closing transmission channel`),
  )
}

/** RFC 5321 §4.2.4: 502 for a command the server recognises but does not implement. */
export function notImplemented(ctx: Ctx, _arg: string, verb: string): Reply[] {
  return [say(ctx, 'notImplemented', '502', '5.5.1', `${verb} command not implemented`)]
}
