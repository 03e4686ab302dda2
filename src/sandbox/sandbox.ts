// A TCP front for the engine so real clients (nc, telnet, nodemailer, swaks) can talk to it.
// Node-only; nothing in src/smtp depends on it.
//
// TLS: the engine only simulates STARTTLS, and a real client would start a TLS handshake
// after '220 Ready to start TLS' that nothing here can answer. So the sandbox does not
// advertise STARTTLS; a client that sends it anyway gets '454 4.7.0 TLS not available
// due to temporary reason' (RFC 3207 §4) and may go on in plain text. AUTH is offered on
// the plain channel instead (authNeedsTls off) — acceptable only because the sandbox
// listens on loopback and its credentials are simulation data.

import { createServer, type Socket } from 'node:net'
import { type Policy, resolvePolicy } from '../smtp/engine/policy'
import type { Reply } from '../smtp/engine/reply'
import { createSession, type SmtpSession } from '../smtp/engine/session'
import { createLineReader } from './line-reader'

export interface SandboxOptions {
  port: number
  host?: string
  /** Receives every transcript line: '[#1] C: EHLO x', '[#1] S: 250-…', '[#1] -- closed'. */
  log?: (line: string) => void
  policy?: Partial<Policy>
  hostname?: string
  /** RFC 5321 §4.5.3.2.7 asks for at least 5 minutes; tests pass a shorter one. */
  idleTimeoutMs?: number
}

export interface Sandbox {
  port: number
  close(): Promise<void>
}

/** What the sandbox changes in any policy so that real TLS-less clients can complete a session. */
export const SANDBOX_POLICY: Partial<Policy> = { offerStartTls: false, authNeedsTls: false }

export function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const log = options.log ?? (() => {})
  const policy = resolvePolicy({ ...options.policy, ...SANDBOX_POLICY })
  const hostname = options.hostname ?? 'sandbox.smtp-code-lab.test'
  const idleTimeoutMs = options.idleTimeoutMs ?? 5 * 60 * 1000
  // One greylist for all connections, so a client's retry on a new connection passes.
  const greylist = new Set<string>()
  const live = new Map<Socket, SmtpSession>()
  let nextId = 1

  const server = createServer((socket) => {
    const id = nextId++
    const tag = `[#${id}]`
    const session = createSession({ policy, hostname, greylist })
    const reader = createLineReader()
    live.set(socket, session)
    log(`${tag} -- connected from ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`)

    const write = (replies: Reply[]) => {
      for (const reply of replies) {
        for (const line of reply.lines) {
          log(`${tag} S: ${line}`)
          if (socket.writable) socket.write(`${line}\r\n`)
        }
      }
      // destroySoon: finish writing the last reply, then close even if the client keeps its side open.
      if (session.closed) socket.destroySoon()
    }

    socket.setTimeout(idleTimeoutMs)
    socket.on('timeout', () => write(session.shutdown('timeout')))
    // A client that resets the connection mid-command must not take the server down.
    socket.on('error', (error) => log(`${tag} -- socket error: ${error.message}`))
    socket.on('close', () => {
      live.delete(socket)
      log(`${tag} -- closed`)
    })
    socket.on('data', (chunk: Buffer) => {
      for (const event of reader.push(chunk)) {
        if (session.closed) return
        if (event.kind === 'flood') {
          log(`${tag} -- input flood`)
          write(session.shutdown('flood'))
          return
        }
        log(`${tag} C: ${printable(event.line)}`)
        write(session.receive(event.line))
      }
    })
    write(session.open())
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const [socket, session] of live) {
              for (const reply of session.shutdown())
                for (const line of reply.lines) socket.write(`${line}\r\n`)
              socket.destroySoon()
            }
            server.close(() => done())
          }),
      })
    })
  })
}

/** Log lines stay one line each and readable, whatever bytes the client sent. */
function printable(line: string): string {
  const shown = line.length > 200 ? `${line.slice(0, 200)}… (${line.length} chars)` : line
  let out = ''
  for (const ch of shown) {
    const c = ch.charCodeAt(0)
    out += c < 0x20 || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : ch
  }
  return out
}
