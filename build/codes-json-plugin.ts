// Emits `data/codes.json`: every basic and enhanced code with its facts and both languages' text,
// for people who want the catalogue without the app. Built from the same sources the app uses
// (src/smtp facts, locales text), so it cannot drift. Also served at /data/codes.json in dev.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Plugin, runnerImport } from 'vite'
import type * as EnhancedModule from '../src/smtp/enhanced-codes.ts'
import type * as RegistryTextModule from '../src/smtp/enhanced-registry-text.ts'
import type * as ReplyModule from '../src/smtp/reply-codes.ts'

const LANGUAGES = ['en', 'tr'] as const
// biome-ignore lint/suspicious/noExplicitAny: locale files are free-form JSON
type Json = Record<string, any>

function readLocale(root: string, lang: string, file: string): Json {
  return JSON.parse(readFileSync(join(root, 'locales', lang, `${file}.json`), 'utf8'))
}

/**
 * The facts are loaded through Vite's module runner, not imported by this file: the config is
 * loaded before any TypeScript transform, and src/smtp uses extension-less imports.
 */
async function loadFacts(root: string) {
  const options = { root, configFile: false as const, logLevel: 'silent' as const }
  const [reply, enhanced, registry] = await Promise.all([
    runnerImport<typeof ReplyModule>(join(root, 'src/smtp/reply-codes.ts'), options),
    runnerImport<typeof EnhancedModule>(join(root, 'src/smtp/enhanced-codes.ts'), options),
    runnerImport<typeof RegistryTextModule>(join(root, 'src/smtp/enhanced-registry-text.ts'), options),
  ])
  return {
    REPLY_CODES: reply.module.REPLY_CODES,
    ENHANCED_CODES: enhanced.module.ENHANCED_CODES,
    REGISTRY_TEXT: registry.module.REGISTRY_TEXT,
  }
}

/** Per code: title and summary from codes*.json, the long text from codes/<code>.json. */
function mergeReply(parts: Json[]): Json {
  const out: Json = {}
  for (const part of parts)
    for (const [code, text] of Object.entries(part)) out[code] = { ...out[code], ...text }
  return out
}

export async function buildCodesJson(root: string): Promise<string> {
  const { REPLY_CODES, ENHANCED_CODES, REGISTRY_TEXT } = await loadFacts(root)
  const text = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const codes = readLocale(root, lang, 'codes')
      const codes5xx = readLocale(root, lang, 'codes-5xx')
      // Each reply code's long text is its own file, locales/<lang>/codes/<code>.json.
      const details = readdirSync(join(root, 'locales', lang, 'codes')).map(
        (file) => readLocale(root, lang, `codes/${file.replace(/\.json$/, '')}`).reply as Json,
      )
      const enhanced = readLocale(root, lang, 'enhanced')
      const descriptions = readLocale(root, lang, 'enhanced/descriptions').codes as Json
      for (const [subject, details] of Object.entries(descriptions))
        for (const [detail, text] of Object.entries(details as Json))
          Object.assign(enhanced.codes[subject][detail], text)
      return [lang, { codes, reply: mergeReply([codes.reply, codes5xx.reply, ...details]), enhanced }]
    }),
  ) as Record<(typeof LANGUAGES)[number], { codes: Json; reply: Json; enhanced: Json }>

  const data = {
    version: 1,
    languages: LANGUAGES,
    reply: REPLY_CODES.map((r) => ({
      ...r,
      class: Number(r.code[0]),
      text: Object.fromEntries(LANGUAGES.map((lang) => [lang, text[lang].reply[r.code]])),
    })),
    enhanced: ENHANCED_CODES.map((e) => {
      const [subject = '', detail = ''] = e.id.split('.')
      return {
        code: `X.${e.id}`,
        ...e,
        registryText: REGISTRY_TEXT[e.id],
        text: Object.fromEntries(
          LANGUAGES.map((lang) => [lang, text[lang].enhanced.codes?.[subject]?.[detail]]),
        ),
      }
    }),
    labels: Object.fromEntries(
      LANGUAGES.map((lang) => {
        const { reply: _reply, ...labels } = text[lang].codes
        const { codes: _codes, ...enhancedLabels } = text[lang].enhanced
        return [lang, { reply: labels, enhanced: enhancedLabels }]
      }),
    ),
  }
  return `${JSON.stringify(data, null, 2)}\n`
}

export function codesJsonPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'smtp-code-lab:codes-json',
    configResolved(config) {
      root = config.root
    },
    async generateBundle() {
      // Only the client build: an SSR/prerender build must not emit a second copy.
      if (this.environment?.config.consumer === 'server') return
      this.emitFile({ type: 'asset', fileName: 'data/codes.json', source: await buildCodesJson(root) })
    },
    configureServer(server) {
      server.middlewares.use('/data/codes.json', (_req, res, next) => {
        buildCodesJson(root).then((json) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(json)
        }, next)
      })
    },
  }
}
