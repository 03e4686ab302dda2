// A TCP front for the engine so real clients (swaks, Python's smtplib, nodemailer, nc, telnet)
// can talk to it. Node-only; nothing in src/smtp depends on it.
//
// By default it behaves like the local mail sinks developers already use (Mailpit, MailHog,
// smtp4dev): every sender and recipient is accepted and each message is logged. With a
// certificate it offers real STARTTLS (RFC 3207); AUTH is then offered only after TLS, as real
// servers do. Without one it does not advertise STARTTLS, answers it with 502 5.5.1 (not
// implemented, RFC 5321 §4.2.4) and offers AUTH in plain text — acceptable only because it listens on loopback and its credentials are
// simulation data.
//
// A client cannot hurt it: lines are bounded (line-reader.ts), replies that are not read pause
// the reading (backpressure), connections are capped, a line must arrive within a time limit
// (slowloris), sessions have a total time limit, and the greylist is bounded.

import { createServer, type Socket } from 'node:net'
import { createSecureContext, type SecureContext } from 'node:tls'
import { type Policy, resolvePolicy } from '../smtp/engine/policy'
import { serveConnection } from './connection'
import { boundedGreylist } from './greylist-store'

export interface SandboxOptions {
  port: number
  host?: string
  /** Receives every transcript line: '[#1] C: EHLO x', '[#1] S: 250-…', '[#1] -- closed'. */
  log?: (line: string) => void
  policy?: Partial<Policy>
  hostname?: string
  /** Key and certificate for STARTTLS; without them TLS is not offered. */
  tls?: { key: Buffer; cert: Buffer }
  /** Silence allowed between lines. RFC 5321 §4.5.3.2.7 asks for at least 5 minutes; tests pass less. */
  idleTimeoutMs?: number
  /** Time allowed for one line once it has started (a slowloris client sends a byte at a time). */
  lineTimeoutMs?: number
  /** Time allowed for a whole session. */
  sessionTimeoutMs?: number
  /** Connections served at once; one more is greeted with 421 4.3.2 and closed. */
  maxConnections?: number
  /** Greylist entries kept (oldest forgotten first). */
  greylistMax?: number
}

export interface Sandbox {
  port: number
  /** Connections open now. */
  readonly connections: number
  close(): Promise<void>
}

export const SANDBOX_LIMITS = {
  idleTimeoutMs: 5 * 60 * 1000,
  lineTimeoutMs: 60 * 1000,
  sessionTimeoutMs: 30 * 60 * 1000,
  maxConnections: 100,
  greylistMax: 10_000,
}

export function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const log = options.log ?? (() => {})
  const secureContext: SecureContext | undefined = options.tls ? createSecureContext(options.tls) : undefined
  const policy = resolvePolicy({
    ...options.policy,
    // With real TLS the engine's STARTTLS is real; without it, nothing can answer a handshake.
    ...(secureContext ? { offerStartTls: true } : { offerStartTls: false, authNeedsTls: false }),
  })
  const hostname = options.hostname ?? 'sandbox.smtp-code-lab.test'
  const limits = { ...SANDBOX_LIMITS, ...definedOnly(options) }
  // One greylist for all connections, so a client's retry on a new connection passes.
  const greylist = boundedGreylist({ max: limits.greylistMax })
  const live = new Map<Socket, () => void>()
  let nextId = 1

  const server = createServer((socket) => {
    if (live.size >= limits.maxConnections) {
      // RFC 5321 §3.8: 421 and close. 4.3.2: "system not accepting network messages".
      socket.on('error', () => {})
      socket.end(`421 4.3.2 ${hostname} Too many connections, try again later\r\n`)
      return
    }
    const connection = serveConnection(socket, {
      id: nextId++,
      log,
      policy,
      hostname,
      greylist,
      secureContext,
      limits,
      onClose: () => live.delete(socket),
    })
    live.set(socket, connection.shutdown)
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      resolve({
        port,
        get connections() {
          return live.size
        },
        close: () =>
          new Promise<void>((done) => {
            for (const shutdown of live.values()) shutdown()
            server.close(() => done())
          }),
      })
    })
  })
}

function definedOnly(options: SandboxOptions): Partial<typeof SANDBOX_LIMITS> {
  const out: Partial<typeof SANDBOX_LIMITS> = {}
  for (const key of Object.keys(SANDBOX_LIMITS) as (keyof typeof SANDBOX_LIMITS)[]) {
    const value = options[key]
    if (value !== undefined) out[key] = value
  }
  return out
}
