// `npm run bench:sandbox`: attacks `npm run sandbox` (greylisting preset, in its own process) the
// way a hostile client would, and prints its memory (RSS) after each attack and whether a normal
// session still gets through. Exits non-zero when memory passes 200 MB or the server stops
// answering. Only loopback is used; every loop is bounded in count and time.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { freePort } from '../scripts/preview.mjs'

const port = await freePort()
const server = spawn(
  'node_modules/.bin/tsx',
  ['src/sandbox/main.ts', '--port', String(port), '--preset', 'greylisting', '--no-tls'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const failures = []

/** RSS of the server process tree's node process, in MB. */
function rssMb() {
  const pids = [server.pid, ...childPids(server.pid)]
  let best = 0
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      best = Math.max(best, Number(m?.[1] ?? 0) / 1024)
    } catch {}
  }
  return best
}
function childPids(pid) {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    return kids.flatMap((k) => [k, ...childPids(k)])
  } catch {
    return []
  }
}

function session(lines, { read = true } = {}) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    socket.on('data', (d) => {
      text += d
    })
    socket.on('error', () => resolve({ socket, text }))
    socket.on('connect', () => {
      if (!read) socket.pause()
      socket.write(lines)
    })
    socket.on('close', () => resolve({ socket, text }))
  })
}

async function normalSession() {
  const { text } = await session(
    'EHLO normal.example.net\r\nMAIL FROM:<a@example.net>\r\nRCPT TO:<b@example.net>\r\nRSET\r\nQUIT\r\n',
  )
  return /221 /.test(text)
}

function report(label) {
  return normalSession().then((ok) => {
    const mb = rssMb()
    const within = mb < 200
    if (!within) failures.push(`${label}: ${mb.toFixed(0)} MB`)
    if (!ok) failures.push(`${label}: normal session failed`)
    console.log(
      `${label.padEnd(58)} RSS ${mb.toFixed(0).padStart(4)} MB (budget < 200: ${within ? 'ok' : 'OVER'})  normal session: ${ok ? 'answered' : 'FAILED'}`,
    )
  })
}

try {
  for (let i = 0; i < 100 && !(await normalSession().catch(() => false)); i++) await sleep(100)
  await report('at rest')

  // 1. Pipelining thousands of commands without reading a reply.
  const unread = []
  for (let i = 0; i < 20; i++) {
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    socket.pause()
    socket.write('EHLO x\r\n'.repeat(100_000))
    unread.push(socket)
  }
  await sleep(2000)
  await report('20 clients × 100,000 pipelined EHLO, replies unread')
  for (const s of unread) s.destroy()

  // 2. Slowloris: a byte every 2 s would take minutes; 50 clients each start a line and stall.
  const slow = []
  for (let i = 0; i < 50; i++) {
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    socket.write('EHLO sl')
    slow.push(socket)
  }
  await sleep(500)
  await report('50 slowloris clients holding half a line')
  for (const s of slow) s.destroy()
  await sleep(300)

  // 3. 2,000 connections at once: 100 served, the rest refused with 421 4.3.2.
  const many = []
  let refused = 0
  for (let i = 0; i < 2000; i++) {
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    socket.on('data', (d) => {
      if (String(d).startsWith('421 4.3.2')) refused++
    })
    many.push(socket)
  }
  await sleep(2000)
  const mb = rssMb()
  console.log(
    `2,000 connections at once: ${refused} refused with 421 4.3.2, RSS ${mb.toFixed(0)} MB (budget < 200: ${mb < 200 ? 'ok' : 'OVER'})`,
  )
  if (mb >= 200) failures.push('2,000 connections')
  for (const s of many) s.destroy()
  await sleep(500)
  await report('after the 2,000 connections close')

  // 4. 500,000 invented recipients for the greylist, 10,000 per session: each session is cut off
  //    after 20 refusals (421 4.7.0), and the store itself keeps at most 10,000 pairs.
  let sent = 0
  let cut = 0
  for (let batch = 0; batch < 50; batch++) {
    const rcpts = Array.from({ length: 10_000 }, (_, i) => `RCPT TO:<r${batch}-${i}@example.org>\r\n`).join(
      '',
    )
    const { text } = await session(`EHLO x\r\nMAIL FROM:<a@example.net>\r\n${rcpts}QUIT\r\n`)
    if (/421 4\.7\.0 /.test(text)) cut++
    sent += 10_000
  }
  await report(`${sent.toLocaleString('en')} invented recipients (${cut}/50 sessions cut off)`)
} finally {
  server.kill('SIGINT')
}
console.log(
  failures.length
    ? `\nFailed: ${failures.join('; ')}`
    : '\nThe sandbox stayed within budget and kept answering.',
)
process.exit(failures.length ? 1 : 0)
