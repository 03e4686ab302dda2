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
const { render, prerenderPaths, notFoundPath, LANGUAGES } = await import(pathToFileURL(entryPath).href)
const template = readFileSync(join(outDir, 'index.html'), 'utf8')

const escapeHtml = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

function headFor(path, page) {
  if (path === undefined)
    return [
      `<title>${escapeHtml(page.title)}</title>`,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
      '<meta name="robots" content="noindex" />',
    ].join('\n    ')
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

/** `path` undefined: a page with no address of its own (the not-found page). */
function pageHtml(path, page, { hydrate }) {
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace('href="/manifest.webmanifest"', `href="/manifest.${page.language}.webmanifest"`)
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${headFor(path, page)}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      hydrate
        ? `<div id="root" data-ssr-path="${path}">${page.html}</div>`
        : `<div id="root">${page.html}</div>`,
    )
}

const started = performance.now()
const paths = await prerenderPaths()
for (const path of paths) {
  const dir = join(outDir, path)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), pageHtml(path, await render(path), { hydrate: true }))
}

// The not-found page in each language, for addresses no route can read (`/tr/%ff`): servers
// answer them with <lang>/404.html and status 404 (the preview server does, see
// build/not-found-plugin.ts; /404.html is what static hosts look for). Not hydrated: at such an
// address the app renders its own not-found page from scratch, over this one.
for (const language of LANGUAGES) {
  const page = await render(notFoundPath(language))
  // No canonical or alternate links: this page stands for whatever address was asked for.
  const html = pageHtml(undefined, page, { hydrate: false })
  writeFileSync(join(outDir, language, '404.html'), html)
  if (language === LANGUAGES[0]) writeFileSync(join(outDir, '404.html'), html)
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
