// `vite preview` answers an address it cannot decode (`/tr/%ff`, `/en/codes/%E0%A4%A`) with an
// empty 404, which the browser shows as a blank error page. This answers it the way a static
// host configured with our 404 pages would: status 404 and the prerendered not-found page in
// the address's language (<outDir>/<lang>/404.html, written by scripts/prerender.mjs).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { DEFAULT_LANGUAGE, isLanguage } from '../src/i18n/languages.ts'

/** Whether every %-escape in the path decodes (the result is used: a bare call would be dropped as pure by the config bundler). */
function decodes(path: string): boolean {
  try {
    return typeof decodeURIComponent(path) === 'string'
  } catch {
    return false
  }
}

export function notFoundPlugin(): Plugin {
  return {
    name: 'not-found-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/'
        if (decodes(path)) return next()
        const first = path.split('/')[1] ?? ''
        const language = isLanguage(first) ? first : DEFAULT_LANGUAGE
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(readFileSync(join(outDir, language, '404.html')))
      })
    },
  }
}
