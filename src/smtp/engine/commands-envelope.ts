// The mail transaction: MAIL, RCPT, DATA (RFC 5321 §3.3, §4.1.1.2–4) and the policy
// checks that produce the failure branches.

import { checkMailbox, isBarePostmaster, type PathProblem, parseParams, splitPathArgument } from './address'
import { type Ctx, closeWith421, say } from './context'
import { startData } from './data'
import { isLocal, listed } from './policy'
import { echo, type Reply } from './reply'

export function mail(ctx: Ctx, arg: string): Reply[] {
  // RFC 5321 §4.1.4: a transaction needs EHLO/HELO first and cannot be nested.
  if (ctx.helo === undefined) return [say(ctx, 'needHelo', '503', '5.5.1', 'Send HELO/EHLO first')]
  if (ctx.tx) return [say(ctx, 'nestedMail', '503', '5.5.1', 'Sender already specified')]
  // With encryption required, MAIL never gets here before STARTTLS: session.ts answers 530 (RFC 3207 §4).
  const p = ctx.policy
  if (p.requireAuth && ctx.user === undefined) {
    return [say(ctx, 'authRequired', '530', '5.7.0', 'Authentication required')]
  }
  if (p.maxMessages > 0 && ctx.messages >= p.maxMessages) {
    // A per-connection rate limit: RFC 5321 §3.8 lets the server end the session with 421.
    return closeWith421(ctx, 'rateLimited', '4.7.0', 'Too many messages in this session, try again later')
  }
  const parsed = splitPathArgument(arg, 'FROM')
  if (!parsed) return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: MAIL FROM:<address>')]
  // RFC 5321 §4.5.5: the null reverse-path '<>' is how bounces are sent, and must be accepted.
  const problem = parsed.address === '' ? undefined : checkMailbox(parsed.address)
  if (problem) return [pathProblem(ctx, problem, 'badSenderAddress', '5.1.7', parsed.address)]
  const params = parseParams(parsed.rest)
  if (!params) return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax error in parameters')]
  let declaredSize: number | undefined
  let body: '7BIT' | '8BITMIME' = '7BIT'
  for (const { keyword, value } of params) {
    // RFC 5321 §4.1.1.11 (§4.1.2): parameters exist only for extensions EHLO offered.
    if (!ctx.esmtp) return [unknownParameter(ctx, keyword)]
    if (keyword === 'SIZE') {
      // RFC 1870 §6: SIZE=<decimal octets>.
      if (value === undefined || !/^[0-9]{1,20}$/.test(value)) {
        return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: SIZE=<number of octets>')]
      }
      declaredSize = Number(value)
    } else if (keyword === 'BODY') {
      // RFC 6152 §2: BODY=7BIT or BODY=8BITMIME.
      const v = value?.toUpperCase()
      if (v !== '7BIT' && v !== '8BITMIME')
        return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: BODY=7BIT|8BITMIME')]
      body = v
    } else if (keyword !== 'AUTH') {
      // AUTH=<mailbox> is RFC 4954 §5's, accepted and not acted upon (we never relay it).
      return [unknownParameter(ctx, keyword)]
    }
  }
  if (p.maxSize > 0 && declaredSize !== undefined && declaredSize > p.maxSize) {
    return [say(ctx, 'sizeExceeded', '552', '5.3.4', 'Message size exceeds fixed maximum message size')]
  }
  ctx.tx = {
    from: parsed.address,
    recipients: [],
    body,
    ...(declaredSize === undefined ? {} : { declaredSize }),
  }
  ctx.state = 'mail'
  return [say(ctx, 'senderOk', '250', '2.1.0', `Sender <${echo(parsed.address)}> ok`)]
}

export function rcpt(ctx: Ctx, arg: string): Reply[] {
  const tx = ctx.tx
  if (!tx) return [say(ctx, 'needMail', '503', '5.5.1', 'Need MAIL command')]
  const parsed = splitPathArgument(arg, 'TO')
  if (!parsed) return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: RCPT TO:<address>')]
  const address = parsed.address
  const problem = isBarePostmaster(address) ? undefined : address === '' ? 'syntax' : checkMailbox(address)
  if (problem) return [pathProblem(ctx, problem, 'badRecipientAddress', '5.1.3', address)]
  const params = parseParams(parsed.rest)
  if (!params) return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax error in parameters')]
  // No extension this server offers defines a RCPT parameter (no DSN), so any is unknown.
  const [first] = params
  if (first) return [unknownParameter(ctx, first.keyword)]
  const p = ctx.policy
  const shown = `<${echo(address)}>`
  if (tx.recipients.length >= p.maxRecipients) {
    // RFC 5321 §4.5.3.1.10: 452, and the recipients already accepted stay accepted.
    return [say(ctx, 'tooManyRecipients', '452', '4.5.3', 'Too many recipients')]
  }
  if (!isLocal(p, address) && ctx.user === undefined) {
    return [say(ctx, 'relayDenied', '550', '5.7.1', `${shown}: Relay access denied`)]
  }
  if (listed(p.unknownUsers, address)) {
    return [say(ctx, 'rcptUnknownUser', '550', '5.1.1', `${shown}: Recipient address rejected: User unknown`)]
  }
  if (listed(p.mailboxFull, address)) {
    return p.mailboxFullPermanent
      ? [say(ctx, 'mailboxFullPermanent', '552', '5.2.2', `${shown}: Mailbox full`)]
      : [say(ctx, 'mailboxFullTemporary', '452', '4.2.2', `${shown}: Mailbox full, try again later`)]
  }
  if (p.greylist) {
    const key = `${tx.from}\n${address}`.toLowerCase()
    if (!ctx.greylist.has(key)) {
      ctx.greylist.add(key)
      return [
        say(
          ctx,
          'greylisted',
          '450',
          '4.7.1',
          `${shown}: Recipient address rejected: Greylisted, try again later`,
        ),
      ]
    }
  }
  tx.recipients.push(address)
  ctx.state = 'rcpt'
  return [say(ctx, 'recipientOk', '250', '2.1.5', `Recipient ${shown} ok`)]
}

export function data(ctx: Ctx, arg: string): Reply[] {
  if (arg !== '') return [say(ctx, 'syntaxError', '501', '5.5.4', 'Syntax: DATA (no parameters allowed)')]
  // RFC 5321 §4.1.1.4: without MAIL, or without an accepted RCPT, DATA is out of sequence.
  if (!ctx.tx) return [say(ctx, 'needMail', '503', '5.5.1', 'Need MAIL command')]
  if (ctx.tx.recipients.length === 0) return [say(ctx, 'needRcpt', '503', '5.5.1', 'Need RCPT command')]
  startData(ctx)
  return [say(ctx, 'dataStart', '354', undefined, 'End data with <CR><LF>.<CR><LF>')]
}

function pathProblem(
  ctx: Ctx,
  problem: PathProblem,
  reason: 'badSenderAddress' | 'badRecipientAddress',
  enhanced: string,
  address: string,
): Reply {
  // RFC 5321 §4.5.3.1.9 "501 Path too long".
  if (problem === 'too-long') return say(ctx, 'pathTooLong', '501', enhanced, 'Path too long')
  // RFC 6531 §3.5: without SMTPUTF8, a non-ASCII address is refused with 5.6.7, basic code 550
  // at MAIL (the reverse-path) and 553 at RCPT (the forward-path); IANA lists X.6.7 with both.
  if (problem === 'non-ascii') {
    return say(
      ctx,
      'nonAsciiAddress',
      reason === 'badSenderAddress' ? '550' : '553',
      '5.6.7',
      'Non-ASCII address requires SMTPUTF8, which is not offered',
    )
  }
  return say(ctx, reason, '501', enhanced, `<${echo(address)}>: Bad address syntax`)
}

/** RFC 5321 §4.2.3 / §4.3.2: 555 "MAIL FROM/RCPT TO parameters not recognized or not implemented". */
function unknownParameter(ctx: Ctx, keyword: string): Reply {
  return say(ctx, 'unknownParameter', '555', '5.5.4', `Unsupported parameter ${echo(keyword, 20)}`)
}
