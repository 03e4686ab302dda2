/**
 * A code as a search-param value: basic codes as numbers, so the router writes `?a=550` (it
 * JSON-quotes strings that look like numbers); enhanced codes ('5.1.1') stay strings.
 */
export const codeSearchValue = (code: string): string | number => (/^\d+$/.test(code) ? Number(code) : code)
