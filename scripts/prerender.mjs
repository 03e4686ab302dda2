// Writes a static HTML page for every path the server entry lists, from the built index.html:
// language, title, description, Open Graph and hreflang tags, and the rendered markup.
// Usage: node scripts/prerender.mjs <outDir> <server-entry.js>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [outDir, entryPath] = process.argv.slice(2)
// Canonical, hreflang and sitemap links must be absolute: set SITE_URL to the public origin
// when deploying (the default is where `npm start` serves).
const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, '')
const { render, prerenderPaths, LANGUAGES } = await import(pathToFileURL(entryPath).href)
const template = readFileSync(join(outDir, 'index.html'), 'utf8')

const escapeHtml = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

function headFor(path, page) {
  const rest = path.replace(/^\/[^/]+/, '')
  const alternates = LANGUAGES.map(
    (l) => `<link rel="alternate" hreflang="${l}" href="${siteUrl}/${l}${rest}" />`,
  )
  alternates.push(`<link rel="alternate" hreflang="x-default" href="${siteUrl}/en${rest}" />`)
  return [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    `<link rel="canonical" href="${siteUrl}${path}" />`,
    ...alternates,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(page.description)}" />`,
    `<meta property="og:url" content="${siteUrl}${path}" />`,
    `<meta property="og:locale" content="${page.language === 'tr' ? 'tr_TR' : 'en_US'}" />`,
  ].join('\n    ')
}

const started = performance.now()
const paths = prerenderPaths()
for (const path of paths) {
  const page = await render(path)
  const html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${headFor(path, page)}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-ssr-path="${path}">${page.html}</div>`)
  const dir = join(outDir, path)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), html)
}

const sitemap = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ...paths.map((p) => `  <url><loc>${siteUrl}${p}</loc></url>`),
  '</urlset>',
  '',
].join('\n')
writeFileSync(join(outDir, 'sitemap.xml'), sitemap)
console.log(`prerendered ${paths.length} pages in ${Math.round(performance.now() - started)} ms`)
