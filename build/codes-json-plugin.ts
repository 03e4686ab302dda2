// Emits `data/codes.json`: every basic and enhanced code with its facts and both languages' text,
// for people who want the catalogue without the app. Built from the same sources the app uses
// (src/smtp facts, locales text), so it cannot drift. Also served at /data/codes.json in dev.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Plugin, runnerImport } from 'vite'
import { namespaceOfFile, namespacesFromFiles } from '../src/i18n/namespaces.ts'
import type * as EnhancedModule from '../src/smtp/codes/enhanced-codes.ts'
import type * as RegistryTextModule from '../src/smtp/codes/enhanced-registry-text.ts'
import type * as ReplyModule from '../src/smtp/codes/reply-codes.ts'

const LANGUAGES = ['en', 'tr'] as const
// biome-ignore lint/suspicious/noExplicitAny: locale files are free-form JSON
type Json = Record<string, any>

/**
 * One language's `codes` and `enhanced` namespaces, from every file of theirs (parts included:
 * codes/<code>.json, enhanced/descriptions.json), merged as the app merges them.
 */
function languageText(root: string, lang: string): { codes: Json; enhanced: Json } {
  const dir = join(root, 'locales', lang)
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => [`/locales/${lang}/${file}`, file] as const)
    .filter(([path, file]) => file.endsWith('.json') && ['codes', 'enhanced'].includes(namespaceOfFile(path)))
    .map(([path, file]) => [path, JSON.parse(readFileSync(join(dir, file), 'utf8'))])
  const { codes = {}, enhanced = {} } = namespacesFromFiles(Object.fromEntries(files))
  return { codes, enhanced }
}

/**
 * The facts are loaded through Vite's module runner, not imported by this file: the config is
 * loaded before any TypeScript transform, and src/smtp uses extension-less imports.
 */
async function loadFacts(root: string) {
  const options = { root, configFile: false as const, logLevel: 'silent' as const }
  const [reply, enhanced, registry] = await Promise.all([
    runnerImport<typeof ReplyModule>(join(root, 'src/smtp/codes/reply-codes.ts'), options),
    runnerImport<typeof EnhancedModule>(join(root, 'src/smtp/codes/enhanced-codes.ts'), options),
    runnerImport<typeof RegistryTextModule>(join(root, 'src/smtp/codes/enhanced-registry-text.ts'), options),
  ])
  return {
    REPLY_CODES: reply.module.REPLY_CODES,
    ENHANCED_CODES: enhanced.module.ENHANCED_CODES,
    REGISTRY_TEXT: registry.module.REGISTRY_TEXT,
  }
}

export async function buildCodesJson(root: string): Promise<string> {
  const { REPLY_CODES, ENHANCED_CODES, REGISTRY_TEXT } = await loadFacts(root)
  const text = Object.fromEntries(LANGUAGES.map((lang) => [lang, languageText(root, lang)])) as Record<
    (typeof LANGUAGES)[number],
    { codes: Json; enhanced: Json }
  >

  const data = {
    version: 1,
    languages: LANGUAGES,
    reply: REPLY_CODES.map((r) => ({
      ...r,
      class: Number(r.code[0]),
      text: Object.fromEntries(LANGUAGES.map((lang) => [lang, text[lang].codes.reply[r.code]])),
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
