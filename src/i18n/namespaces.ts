// Turns `locales/<lng>/<file>.json` modules into i18next namespaces. A file named `<ns>-<part>.json`
// is deep-merged into namespace `<ns>`, so a large namespace (the code catalogue) can be split
// across files without its keys changing.
export type Namespaces = Record<string, Record<string, unknown>>

/** `…/locales/en/codes-5xx.json` → `codes`. */
export function namespaceOfFile(path: string): string {
  const file = (path.split('/').pop() ?? '').replace(/\.json$/, '')
  return file.split('-')[0] ?? file
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
