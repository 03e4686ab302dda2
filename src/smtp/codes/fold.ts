// Text folding for search: Turkish dotted/dotless i, case and diacritics all compare equal,
// so `yanit` finds `yanıt` and `ILETI` finds `ileti` whatever the interface language.
// NFD splits İ Ş Ğ Ç Ö Ü into a base letter and a mark; only the dotless ı has no decomposition.
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ı/g, 'i')
    .toLocaleLowerCase('en')
}
