// `npm run sandbox` → tsx src/sandbox/main.ts [--port N] [--preset ID]
// Serves the SMTP engine on 127.0.0.1 so you can talk to it with nc, telnet or a mail client.

import { isPresetId, POLICY_PRESETS, PRESET_IDS } from '../smtp/engine/policy'
import { startSandbox } from './sandbox'

function option(name: string): string | undefined {
  const args = process.argv.slice(2)
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

const sandbox = await startSandbox({
  port,
  host: '127.0.0.1',
  policy: POLICY_PRESETS[presetArg],
  log: (line) => console.log(line),
})
console.log(`SMTP sandbox (${presetArg}) listening on 127.0.0.1:${sandbox.port}`)
console.log(`Connect with:  nc -C 127.0.0.1 ${sandbox.port}   or   telnet 127.0.0.1 ${sandbox.port}`)
console.log('Try: EHLO me / MAIL FROM:<you@example.net> / RCPT TO:<bob@example.org> / DATA / … / . / QUIT')
console.log('STARTTLS is not offered here (no real TLS); AUTH PLAIN/LOGIN works as alice / correct-horse.')

process.once('SIGINT', () => {
  console.log('\nShutting down (421 to open sessions)…')
  sandbox.close().then(() => process.exit(0))
})
