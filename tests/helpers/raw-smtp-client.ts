// A raw TCP client for the sandbox tests: it collects what the server sends and can wait for a
// pattern in it, so a test can send anything (garbage, floods, bare LFs) and read the answers.
import { connect, type Socket } from 'node:net'

export function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1')
  let received = ''
  const waiters: (() => void)[] = []
  socket.on('data', (chunk) => {
    received += chunk.toString('utf8')
    for (const w of waiters.splice(0)) w()
  })
  socket.on('error', () => {})
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const check = () => (pattern.test(received) ? resolve(received) : waiters.push(check))
      check()
    })
  return { socket, waitFor, closed, received: () => received }
}
