// The languages the app speaks, and how to pick one from what the browser says.
export const LANGUAGES = ['en', 'tr'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/** Each language's name written in that language: a switcher must be readable by someone who cannot read the current one. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', tr: 'Türkçe' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** A route's `lang` param as a language: the language route has redirected any other value away. */
export const asLanguage = (value: string): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE)

/** The first supported language among the browser's preferences (`tr-TR` → `tr`). */
export function matchLanguage(preferences: readonly string[]): Language | undefined {
  for (const tag of preferences) {
    const base = tag.trim().toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return undefined
}

/** One set of params per language, for prerendering every page in each (see prerender-paths.ts). */
export const languageParams = () => LANGUAGES.map((lang) => ({ lang }))

/** `/de/codes/550/?q=x` → `/en/codes/550/?q=x`: the same address with its first segment replaced. */
export function inLanguage(href: string, language: Language): string {
  const rest = href.replace(/^\/[^/?#]*/, '')
  return `/${language}${rest || '/'}`
}
