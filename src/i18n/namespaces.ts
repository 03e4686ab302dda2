// Turns `locales/<lng>/…json` modules into i18next namespaces. Two ways to split a namespace
// without changing its keys, both deep-merged into namespace `<ns>`:
//   <ns>-<part>.json   always loaded with the namespace (a large file cut in two);
//   <ns>/<part>.json   loaded only when a page asks for `<ns>/<part>` (one code's long text,
//                      the simulator's narration), so other pages never download it.
export type Namespaces = Record<string, Record<string, unknown>>

/** `…/locales/en/codes/550.json` → `codes/550`: the name a page asks for. */
export function localeFileName(path: string): string {
  const match = /\/locales\/[^/]+\/(.+)\.json$/.exec(path)
  return match?.[1] ?? ''
}

/** `…/locales/en/codes-5xx.json` and `…/locales/en/codes/550.json` → `codes`. */
export function namespaceOfFile(path: string): string {
  const name = localeFileName(path)
  return name.split(/[-/]/)[0] ?? name
}

/**
 * True if `file` ('codes.json', 'codes-5xx.json', 'codes/550.json', relative to its language's
 * folder) is what a page asking for `name` ('codes' or 'codes/550') needs.
 */
export function fileAnswers(file: string, name: string): boolean {
  if (name.includes('/')) return file === `${name}.json`
  if (file.includes('/')) return false
  return file === `${name}.json` || file.startsWith(`${name}-`)
}

export function namespacesFromFiles(files: Record<string, Record<string, unknown>>): Namespaces {
  const result: Namespaces = {}
  for (const [path, content] of Object.entries(files)) {
    const ns = namespaceOfFile(path)
    result[ns] = deepMerge(result[ns] ?? {}, content)
  }
  return result
}

function deepMerge(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key]
    out[key] = isObject(existing) && isObject(value) ? deepMerge(existing, value) : value
  }
  return out
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
