// The words of a report with no code that name its cause, where the report marks them: Domino's
// "because:" label, on the line below it ("User … not listed in Domino Directory"). Shown as the
// server's words, as a reply line is; a person's own sentences never are.

/** The line below Domino's "because:" label, or null. */
export function causeLine(text: string): string | null {
  const m = /^[ \t]*because:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(\S[^\n]{7,399})$/im.exec(text.slice(0, 20_000))
  return m?.[1]?.trim() ?? null
}
