// One web app manifest per language (/manifest.en.webmanifest, /manifest.tr.webmanifest): an app
// installed from a Turkish page is named, described and started in Turkish. Each is
// public/manifest.webmanifest (icons, colours; language-neutral, kept for the root page) with the
// name and description from that language's common.json. Served by the dev server, written by the
// build; prerendered pages link their language's (scripts/prerender.mjs), and the app shell
// switches the link when the language changes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { LANGUAGES } from '../src/i18n/languages.ts'

function manifestFor(root: string, language: string): string {
  const base = JSON.parse(readFileSync(join(root, 'public', 'manifest.webmanifest'), 'utf8'))
  const common = JSON.parse(readFileSync(join(root, 'locales', language, 'common.json'), 'utf8'))
  const manifest = {
    ...base,
    lang: language,
    name: common.appName,
    description: common.appDescription,
    start_url: `/${language}/`,
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

const fileName = (language: string) => `manifest.${language}.webmanifest`

export function languageManifestsPlugin(): Plugin {
  let root = process.cwd()
  let ssr = false
  return {
    name: 'language-manifests',
    configResolved(config) {
      root = config.root
      ssr = Boolean(config.build.ssr)
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const language = LANGUAGES.find((l) => req.url === `/${fileName(l)}`)
        if (!language) return next()
        res.setHeader('Content-Type', 'application/manifest+json')
        res.end(manifestFor(root, language))
      })
    },
    generateBundle() {
      if (ssr) return
      for (const language of LANGUAGES)
        this.emitFile({ type: 'asset', fileName: fileName(language), source: manifestFor(root, language) })
    },
  }
}
