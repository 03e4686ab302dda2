// A writer who denies a bounce ("I did not get any undeliverable notice", "No rebotan", "Eine
// Unzustellbar-Mail hab ich nicht bekommen") uses the words a bounce uses: those words, denied in
// their own clause, say nothing was returned.

/** Where a clause ends: punctuation, a line's end, or a dash between spaces ("… doesn't - bounce says …"). */
const CLAUSE_BREAK = /[.!?;,:\n]|\s[-–—]\s/g
/**
 * A denial earlier in the same clause. Not the failure's own "not" ("Not delivering to previously
 * bounced address", "could not be delivered"), which denies the delivery, not the bounce.
 */
const DENIAL =
  /(?:\b(?:no|not|never|without|nothing|kein\w*|nicht|nie|sin|ningún|ninguna|nunca|pas|aucun\w*|jamais|sans|geen|niet|nessun\w*|non|senza|não|nenhum\w*|sem|hiç)\b|n't\b)(?!\s+(?:be\s+|been\s+)?(?:deliver|reach|sent|accept|found|exist|avail|valid|allow|possible|zugestellt|entreg|remis|teslim))/i
/** A denial after it where the verb ends the clause (German, Turkish): "… haben wir nicht bekommen", "… gelmedi". */
const DENIED_AFTER =
  /\b(?:nicht|nie|keine?n?)\b.{0,20}?\b(?:bekommen|erhalten|gekriegt|gesehen)\b|gelmedi|gelmiyor|almadı|\byok\b|dönmedi|dönmüyor/i

/**
 * A yes-or-no question asks, it does not say: "Did you get a bounce?", "Geri dönen mail var mı?".
 * ("Why is this undeliverable?" takes the failure as given, and is read as saying it.)
 */
const YES_NO_QUESTION =
  /^[ \t>]*(?:did|do|does|is|are|was|were|has|have|had|any|can|could|would|will|should|gibt es|hast du|haben sie|kam|hay|has recibido|avez-vous|y a-t-il)\b[^?\n]*\?|\bm[ıiuü](?:[ \t]*\?|\?)/i

/** True when a match of `re` in `text` stands in its clause undenied, and not in a yes-or-no question. */
export function affirmed(re: RegExp, text: string): boolean {
  return stances(re, text).includes('said')
}

type Stance = 'said' | 'denied' | 'asked'
const MAX_READ = 100

/** How the text holds each match of `re`, in order. */
function stances(re: RegExp, text: string): Stance[] {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  const found: Stance[] = []
  for (const m of text.matchAll(all)) {
    const before = clauseTail(text.slice(Math.max(0, m.index - 40), m.index))
    const after = clauseHead(text.slice(m.index + m[0].length, m.index + m[0].length + 80))
    const stance =
      DENIAL.test(before) || DENIED_AFTER.test(after) ? 'denied' : asked(text, m.index) ? 'asked' : 'said'
    if (stance === 'said') return [...found, stance]
    found.push(stance)
    // A writer denies or asks a few times; a paste that repeats it thousands of times is read by its first ones.
    if (found.length >= MAX_READ) break
  }
  return found
}

/** The text without its yes-or-no questions: sentences that ask, not say ("Is our IP on a blacklist?"). */
export function withoutAsking(text: string): string {
  let kept = ''
  let from = 0
  let asked = 0
  // Each question's sentence, back to the last full stop, line break or question (at most 300
  // characters); a writer asks a few, so a paste of thousands is read by its first ones.
  for (let q = text.indexOf('?'); q >= 0 && asked < MAX_READ; q = text.indexOf('?', q + 1)) {
    let start = q - 1
    while (start >= from && q - start <= 300 && !SENTENCE_END.includes(text[start] as string)) start--
    if (!YES_NO_QUESTION.test(text.slice(start + 1, q + 1))) continue
    kept += `${text.slice(from, start + 1)} `
    from = q + 1
    asked++
  }
  return from === 0 ? text : kept + text.slice(from)
}
const SENTENCE_END = '.!?\n'

/** The sentence around `at` is a yes-or-no question. */
function asked(text: string, at: number): boolean {
  const from = Math.max(0, at - 120)
  const head = text.slice(from, at)
  const start = from + Math.max(head.lastIndexOf('\n'), head.search(/[.!?][^.!?]*$/)) + 1
  const rest = text.slice(at, at + 120)
  const end = rest.search(/[.!?\n]/)
  const sentence = text.slice(start, end < 0 ? at + 120 : at + end + 1)
  return sentence.trimEnd().endsWith('?') && YES_NO_QUESTION.test(sentence.trimStart())
}

function clauseTail(words: string): string {
  let at = 0
  for (const m of words.matchAll(CLAUSE_BREAK)) at = m.index + m[0].length
  return words.slice(at)
}

function clauseHead(words: string): string {
  const at = words.search(new RegExp(CLAUSE_BREAK.source))
  return at < 0 ? words : words.slice(0, at)
}

/** What a writer calls a returned message: a bounce, an NDR, an error notice, in the languages read. */
const BOUNCE_WORD =
  /\bbounce[sd]?\b|\bbounce[ -]?backs?\b|\bNDRs?\b|\bundeliverable\b|\bnon-?delivery\b|\berror (?:message|notice|back)\b|\bmailer-daemon\b|unzustellbar|rückläufer|fehlermeldung|\brebot\w*|\bnotificación de error|\bmensaje de error|\bmessage d'erreur|\bgeri dön\w*|\bhata (?:mesajı|bildirimi)/i

/** The writer mentions a bounce only to deny it (or to ask about it): no bounce word said, one denied. */
export function deniesBounce(text: string): boolean {
  const found = stances(BOUNCE_WORD, text)
  return found.includes('denied') && !found.includes('said')
}
