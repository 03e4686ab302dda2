// `npm run sandbox` → tsx src/sandbox/main.ts [--port N] [--preset ID] [--no-tls]
// Serves the SMTP engine on 127.0.0.1 so you can talk to it with swaks, Python's smtplib, a mail
// client, nc or telnet.

import { isPresetId, POLICY_PRESETS, PRESET_IDS } from '../smtp/engine/policy'
import { startSandbox } from './sandbox'
import { localhostCertificate } from './tls-certificate'

const args = process.argv.slice(2)
function option(name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

const portArg = option('port') ?? '2525'
const port = Number(portArg)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${portArg}`)
  process.exit(2)
}
const presetArg = option('preset') ?? 'default'
if (!isPresetId(presetArg)) {
  console.error(`Unknown --preset ${presetArg}. Choose one of: ${PRESET_IDS.join(', ')}`)
  process.exit(2)
}

let tls: { key: Buffer; cert: Buffer } | undefined
if (!args.includes('--no-tls')) {
  try {
    const certificate = localhostCertificate()
    tls = certificate
    console.log(`STARTTLS with a self-signed certificate for localhost (${certificate.dir})`)
  } catch {
    console.log(
      'STARTTLS is off: openssl was not found to make a certificate (install openssl, or pass --no-tls)',
    )
  }
}

const sandbox = await startSandbox({
  port,
  host: '127.0.0.1',
  policy: POLICY_PRESETS[presetArg],
  ...(tls ? { tls } : {}),
  log: (line) => console.log(line),
})
console.log(`SMTP sandbox (${presetArg}) listening on 127.0.0.1:${sandbox.port}`)
console.log(`Try:  swaks --to someone@example.net --server 127.0.0.1:${sandbox.port}${tls ? ' --tls' : ''}`)
console.log(
  `  or  nc -C 127.0.0.1 ${sandbox.port}   then EHLO me / MAIL FROM:<you@example.net> / RCPT TO:<bob@example.org> / DATA / … / . / QUIT`,
)
console.log(
  tls
    ? 'AUTH PLAIN/LOGIN works after STARTTLS as alice / correct-horse.'
    : 'AUTH PLAIN/LOGIN works as alice / correct-horse (no TLS here).',
)

process.once('SIGINT', () => {
  console.log('\nShutting down (421 to open sessions)…')
  sandbox.close().then(() => process.exit(0))
})
