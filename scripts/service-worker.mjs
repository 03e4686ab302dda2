// Writes <outDir>/sw.js: the worker template with this build's version and the files to
// precache (every script, stylesheet, locale chunk, icon and the data export, plus the app shell).
// Prerendered pages are cached as they are visited; offline, the shell renders any route.
// Usage: node scripts/service-worker.mjs <outDir>
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const outDir = process.argv[2] ?? 'dist'
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else files.push(`/${relative(outDir, path).split('\\').join('/')}`)
  }
}
walk(outDir)

const precache = files
  .filter((f) => !f.endsWith('.html') && f !== '/sw.js' && f !== '/sitemap.xml' && f !== '/robots.txt')
  // The shell renders any route offline; the not-found pages answer addresses no route can read.
  .concat('/index.html', ...files.filter((f) => /^\/[a-z]{2}\/404\.html$/.test(f)))
  .sort()
const template = readFileSync(join(import.meta.dirname, 'sw-template.js'), 'utf8')
const hash = createHash('sha256').update(template)
for (const file of precache) hash.update(file).update(readFileSync(join(outDir, file)))
const version = hash.digest('hex').slice(0, 12)

writeFileSync(
  join(outDir, 'sw.js'),
  template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)),
)
console.log(`service worker ${version}: ${precache.length} files to precache`)
