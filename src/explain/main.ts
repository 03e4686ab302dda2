// `npm run explain -- [--lang tr|en] [--json] FILE…|-`: the bounce explainer for .eml files or
// standard input, for support staff who live in a terminal or a ticket system. Node only.
// Exit 0 when every input was read (a file with no failure in it is reported as such), 2 on an
// unreadable input or bad options.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createI18n } from '../i18n/i18n-instance'
import { isLanguage, type Language } from '../i18n/languages'
import { namespacesFromFiles } from '../i18n/namespaces'
import { analyzeBounceReport } from '../smtp/bounce/report'
import { reportToJson } from './report-json'
import { reportToText } from './report-text'

const USAGE = `Usage: npm run explain -- [--lang en|tr] [--json] FILE… (or - for standard input)
  --lang en|tr   language of the explanation (default: en)
  --json         one JSON object per input, one per line (JSON Lines)`

interface Options {
  lang: Language
  json: boolean
  inputs: string[]
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { lang: 'en', json: false, inputs: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--json') options.json = true
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length)
      if (!value || !isLanguage(value)) return `Unknown --lang ${value ?? ''}: use en or tr.`
      options.lang = value
    } else if (arg === '--help' || arg === '-h') return ''
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`
    else options.inputs.push(arg)
  }
  if (options.inputs.length === 0) return 'No input: name one or more .eml files, or - for standard input.'
  return options
}

/** Mail is mostly UTF-8; older systems write Latin-1/Windows-1252 bytes, which must not fail the read. */
function bytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function readInput(name: string): string {
  return bytesToText(readFileSync(name === '-' ? 0 : name))
}

function loadI18n(lang: Language) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../locales', lang)
  const files: Record<string, Record<string, unknown>> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.json'))
        files[
          `/locales/${lang}/${path
            .slice(root.length + 1)
            .split('\\')
            .join('/')}`
        ] = JSON.parse(readFileSync(path, 'utf8'))
    }
  }
  walk(root)
  return createI18n(lang, namespacesFromFiles(files))
}

function main(): number {
  const parsed = parseArgs(process.argv.slice(2))
  if (typeof parsed === 'string') {
    if (parsed) console.error(`explain: ${parsed}`)
    console.error(USAGE)
    return parsed ? 2 : 0
  }
  const i18n = parsed.json ? undefined : loadI18n(parsed.lang)
  let failed = false
  parsed.inputs.forEach((name, index) => {
    let text: string
    try {
      text = readInput(name)
    } catch (error) {
      failed = true
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error)
      console.error(`explain: cannot read ${name === '-' ? 'standard input' : name} (${reason})`)
      return
    }
    const label = name === '-' ? '(stdin)' : name
    const report = analyzeBounceReport(text)
    if (parsed.json) console.log(JSON.stringify(reportToJson(label, report)))
    else
      console.log(`${index > 0 ? '\n' : ''}${reportToText(label, report, i18n as NonNullable<typeof i18n>)}`)
  })
  return failed ? 2 : 0
}

process.exitCode = main()
