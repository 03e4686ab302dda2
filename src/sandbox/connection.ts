// One client connection of the sandbox: bytes → lines → the engine → replies, with STARTTLS
// turning the same connection into TLS, and the limits that keep one client from hurting the
// server. Node-only.

import type { Socket } from 'node:net'
import { type SecureContext, TLSSocket } from 'node:tls'
import type { GreylistStore } from '../smtp/engine/context'
import type { Policy } from '../smtp/engine/policy'
import type { Reply } from '../smtp/engine/reply'
import { createSession } from '../smtp/engine/session'
import { createLineReader, type LineEvent } from './line-reader'
import { printable } from './printable'

/** Unsent replies beyond this pause the reading until the client has read them (backpressure). */
export const WRITE_HIGH_WATER = 64 * 1024

export interface ConnectionOptions {
  id: number
  log: (line: string) => void
  policy: Policy
  hostname: string
  greylist: GreylistStore
  secureContext: SecureContext | undefined
  limits: { idleTimeoutMs: number; lineTimeoutMs: number; sessionTimeoutMs: number }
  onClose: () => void
}

export function serveConnection(raw: Socket, o: ConnectionOptions): { shutdown: () => void } {
  const tag = `[#${o.id}]`
  const session = createSession({ policy: o.policy, hostname: o.hostname, greylist: o.greylist })
  let socket: Socket = raw
  let reader = createLineReader()
  const queue: LineEvent[] = []
  let waitingForDrain = false
  let lineTimer: NodeJS.Timeout | undefined
  o.log(`${tag} -- connected from ${raw.remoteAddress ?? '?'}:${raw.remotePort ?? '?'}`)

  const write = (replies: Reply[]) => {
    for (const reply of replies)
      for (const line of reply.lines) {
        o.log(`${tag} S: ${line}`)
        if (socket.writable) socket.write(`${line}\r\n`)
      }
    // destroySoon: finish writing the last reply, then close even if the client keeps its side open.
    if (session.closed) socket.destroySoon()
    else if (socket.writableLength > WRITE_HIGH_WATER && !waitingForDrain) {
      // The client sends commands without reading the replies: stop reading until it does.
      waitingForDrain = true
      socket.pause()
      socket.once('drain', () => {
        waitingForDrain = false
        socket.resume()
        handleQueued()
      })
    }
  }

  const handleQueued = () => {
    while (queue.length > 0 && !waitingForDrain && !session.closed) {
      const event = queue.shift() as LineEvent
      if (event.kind === 'flood') {
        o.log(`${tag} -- input flood`)
        write(session.shutdown('flood'))
        return
      }
      o.log(`${tag} C: ${printable(event.line)}${event.crlf ? '' : ' (bare LF)'}`)
      const wasTls = session.tls
      write(session.receive(event.line, event.crlf ? 'crlf' : 'lf'))
      if (!wasTls && session.tls && o.secureContext) {
        startTls(o.secureContext)
        return
      }
    }
  }

  const onData = (chunk: Buffer) => {
    queue.push(...reader.push(chunk))
    watchLine()
    handleQueued()
  }

  /** A started line must be finished in time, however slowly the bytes trickle in (slowloris). */
  const watchLine = () => {
    if (reader.pending === 0) {
      clearTimeout(lineTimer)
      lineTimer = undefined
    } else if (!lineTimer && !session.closed)
      lineTimer = setTimeout(() => {
        o.log(`${tag} -- line not finished in time`)
        write(session.shutdown('timeout'))
      }, o.limits.lineTimeoutMs)
  }

  /**
   * RFC 3207 §4.2: after "220 Ready to start TLS" the same connection carries TLS. Anything the
   * client sent in plain text after STARTTLS is dropped, not read as if it had come encrypted
   * (the STARTTLS command injection behind CVE-2011-0411).
   */
  const startTls = (secureContext: SecureContext) => {
    queue.length = 0
    reader = createLineReader()
    raw.off('data', onData)
    const secure = new TLSSocket(raw, { isServer: true, secureContext })
    socket = secure
    secure.on('secure', () =>
      o.log(`${tag} -- TLS ${secure.getProtocol() ?? ''} ${secure.getCipher()?.name ?? ''}`),
    )
    secure.on('error', (error) => o.log(`${tag} -- TLS error: ${error.message}`))
    secure.on('data', onData)
  }

  raw.setTimeout(o.limits.idleTimeoutMs)
  raw.on('timeout', () => write(session.shutdown('timeout')))
  const sessionTimer = setTimeout(() => {
    o.log(`${tag} -- session time limit`)
    write(session.shutdown('timeout'))
  }, o.limits.sessionTimeoutMs)
  // A client that resets the connection mid-command must not take the server down.
  raw.on('error', (error) => o.log(`${tag} -- socket error: ${error.message}`))
  raw.on('close', () => {
    clearTimeout(sessionTimer)
    clearTimeout(lineTimer)
    o.onClose()
    o.log(`${tag} -- closed`)
  })
  raw.on('data', onData)
  write(session.open())

  return {
    shutdown: () => {
      const replies = session.shutdown()
      for (const reply of replies)
        for (const line of reply.lines) if (socket.writable) socket.write(`${line}\r\n`)
      socket.destroySoon()
    },
  }
}
