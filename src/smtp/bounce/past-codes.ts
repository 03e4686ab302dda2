// A code the writer remembers from an earlier incident ("Last year emails to him failed with “550
// 5.1.1 User unknown”", "Bei der letzten Störung im Februar kam ja „550 5.7.1 …“", "last week every
// invoice came back with 554 5.7.1") is not what happened this time. It is left out of the reading
// only when the text says what did happen: another code, an auto-reply it quotes, or the writer's
// word that mail goes through now. Alone, a remembered code is still the best clue there is.

import { ANY_CODE, blank, HAS_CODE } from './ruled-out-codes'
import { quotesAutoReply } from './whole-message'

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'

/** A time before this incident, in the writer's sentence. */
export const PAST = new RegExp(
  String.raw`\blast (?:year|month|week|time|spring|summer|autumn|fall|winter|incident|outage)\b|\b(?:a|one|two|three|a few|some|several|couple of|\d{1,2}) (?:days?|weeks?|months?|years?) ago\b|\bback (?:in|then)\b|\bfrom (?:${MONTHS})\b|(?<!\p{L})(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)(?:'?[dt][ae]| ay[ıi]nda)(?!\p{L})|\bearlier this (?:year|month)\b|\bin (?:${MONTHS})\b|\bletzte[nms]? (?:Jahr|Monat|Woche|Mal|Störung|Ausfall)|\bim (?:${MONTHS})\b|\bdamals\b|\bvor (?:einigen|ein paar|zwei|drei|\d+) (?:Tagen|Wochen|Monaten|Jahren)\b|\bgeçen (?:yıl|ay|hafta|sefer|sene)(?:ki|dan|da|daki)?\b|\bgeçenlerde\b|\b(?:el año|el mes) pasado\b|\bla semana pasada\b|\bla última vez\b|\bhace (?:unos|dos|tres|\d+) (?:días|semanas|meses|años)\b|\bl'année dernière\b|\ble mois dernier\b|\bla semaine dernière\b|\bla dernière fois\b|\bil y a (?:quelques|deux|trois|\d+) (?:jours|semaines|mois|ans)\b|\b(?:ano|mês) passado\b|\bsemana passada\b|\bda última vez\b|\bl'anno scorso\b|\bil mese scorso\b|\bla settimana scorsa\b|\bl'ultima volta\b|\bvorig jaar\b|\bvorige (?:maand|week|keer)\b`,
  'iu',
)

/** The writer's word that mail goes through now ("everything has been going through", "confirmed they received it"). */
const GOES_THROUGH_NOW =
  /\b(?:has|have) been (?:going|getting) through\b|\bconfirmed (?:this morning |today )?(?:that )?(?:they|she|he|it) (?:received|got|has|have)\b|\b(?:works?|working) (?:again|fine now)\b|\b(?:is|was) (?:now )?resolved\b|\bcan close (?:the|this) ticket\b/i

/**
 * A sentence, also where a line break wraps it ("Geçen ay\nadres bir kere “550 5.1.1” vermiş", "the
 * supplier confirmed they\nreceived it"), not at an address's dots.
 */
export const WRAPPED_SENTENCE = /[^\n.!?]+(?:(?:[.!?](?=[^\s.!?])|\n(?=[ \t]*\p{Ll}))[^\n.!?]*)*[.!?]*/gu

/** The writer's word that the earlier incident is over ("but they fixed that", "o çözüldü", "ist behoben"). */
const SETTLED =
  /\b(?:fixed|resolved|sorted out|cleared up)\b|(?<!\p{L})(?:çözül(?:dü|müştü|müş)|hallet(?:tik|miştik|ildi|ilmişti)|düzel(?:til)?(?:di|mişti)|gideril(?:di|mişti)|kapan(?:dı|mıştı)|kapatıl(?:dı|mıştı))(?!\p{L})|\bbehoben\b|\bgelöst\b|\brésolu\b|\bresuelto\b/iu

/** A sending service's own verdict on this send, with no code: SendGrid's "Status: Dropped", its "event":"dropped". */
const SERVICE_VERDICT =
  /\b(?:Status|Durum|Event)[ \t]*:[ \t]*(?:Dropped|Suppressed|Blocked)\b|"event"[ \t]*:[ \t]*"(?:dropped|suppressed|blocked)"/i

/**
 * The writer's word that an incident is closed and needs nothing: "KAPANDI", "işlem gerekmiyor",
 * "no action needed", "closed". Tested on the text and its Turkish lower case ("KAPANDI" → "kapandı").
 */
const CLOSED =
  /\bno (?:further )?action (?:is )?(?:needed|required)\b|\bnothing (?:more |else )?to do\b|\b(?:ticket|case|incident) (?:is )?closed\b|(?<!\p{L})(?:işlem gerek(?:mi)?yor|yapılacak bir şey yok|kapandı|kapatıldı)(?!\p{L})/u

/** The paragraph tells an earlier incident: a past tense that lasted ("dönüyordu", "used to"), or says so ("ESKİ OLAY", "old incident"). */
const EARLIER =
  /(?<!\p{L})(?:eski olay|önceki olay|\p{L}+(?:[ıiuü]yordu|m[ıiuü]şt[ıiuü]))(?!\p{L})|\b(?:old|earlier|previous|past) (?:incident|issue|case|problem)\b|\bused to\b/u

/** Today's incident or a delivery in the same paragraph: the paragraph is not only the closed one. */
const NOW_OR_DELIVERED =
  /\b(?:today|tonight|this morning|currently|still|delivered|status=sent)\b|\b2\d\d[ -]2\.\d|(?<!\p{L})(?:bugün\p{L}*|bu sabah|şu anda|hâlâ|hala|yeni|teslim edildi|gitti)(?!\p{L})/u

/**
 * A paragraph, or a numbered item of a handover ("1) ESKİ OLAY (geçen salı, 24.11): … ile
 * dönüyordu. IP'yi SpamCop'tan kaldırttık … KAPANDI, işlem gerekmiyor."), that tells an earlier
 * incident with a code and says it is settled: none of it, code or words, is what happened now.
 */
function closedIncidents(head: string): string {
  let now = head
  for (const m of head.matchAll(
    /(?:^|\n)(?:(?![ \t]*\n|[ \t]*\(?\d{1,2}[).][ \t])[^\n]*\n?)+|(?:^|\n)[ \t]*\(?\d{1,2}[).][ \t][^\n]*\n?(?:(?![ \t]*\n|[ \t]*\(?\d{1,2}[).][ \t])[^\n]*\n?)*/g,
  )) {
    const part = m[0]
    const lower = part.toLocaleLowerCase('tr')
    if (!HAS_CODE.test(part) || NOW_OR_DELIVERED.test(lower)) continue
    const past = PAST.test(part) || EARLIER.test(lower)
    const settled = CLOSED.test(part) || CLOSED.test(lower) || SETTLED.test(part) || SETTLED.test(lower)
    if (past && settled) now = now.slice(0, m.index) + blank(part) + now.slice(m.index + part.length)
  }
  return now
}

/** `text` with the codes of remembered incidents blanked (every offset kept), when the text says what happened now. */
export function withoutPastCodes(text: string): string {
  const closed = closedIncidents(text.slice(0, 20_000))
  const head = closed
  if (!PAST.test(head)) return closed === text.slice(0, 20_000) ? text : closed + text.slice(head.length)
  let now = head
  let settled = closed !== text.slice(0, 20_000)
  for (const m of head.matchAll(WRAPPED_SENTENCE)) {
    if (!PAST.test(m[0])) continue
    // "(FYI last month ops-team had a full mailbox, 552 5.2.2, but they fixed that.)": neither its
    // code nor its words ("full mailbox") say what happened this time.
    if (SETTLED.test(m[0]) && HAS_CODE.test(m[0])) {
      now = now.slice(0, m.index) + blank(m[0]) + now.slice(m.index + m[0].length)
      settled = true
      continue
    }
    // The sentence's own codes, or, where it has none, the quoted line it speaks of ("Bu Spamhaus
    // hatası geçen haftaki olaydı" below "554 5.7.1 … zen.spamhaus.org").
    const [from, to] = HAS_CODE.test(m[0]) ? [m.index, m.index + m[0].length] : spokenOf(head, m.index, m[0])
    now = now.slice(0, from) + now.slice(from, to).replace(ANY_CODE, blank) + now.slice(to)
  }
  if (now === head) return text
  const told =
    settled ||
    HAS_CODE.test(now) ||
    GOES_THROUGH_NOW.test(now) ||
    quotesAutoReply(now) ||
    SERVICE_VERDICT.test(now)
  return told ? now + text.slice(head.length) : text
}

/** Capitalised words that name no system or list, so tie a sentence to no line. */
const COMMON =
  /^(?:this|that|error|mail|email|e-mail|bounce|message|server|note|update|today|yesterday|bugün|dün)$/iu

/**
 * The line with a code that a remembering sentence without a code speaks of: among the three such
 * lines above it, the one holding a name it capitalises ("Spamhaus"), else the nearest when the sentence
 * points back ("That was last week", "Bu … geçen haftaki olaydı"); or the lines below one that ends in a
 * colon. [-1, -1] when none.
 */
function spokenOf(head: string, at: number, sentence: string): [number, number] {
  // "… there's a bounce from 2 months ago:" over its lines: the block right below, to its blank line.
  if (/:\s*$/.test(sentence)) {
    const from = at + sentence.length
    const blankLine = head.slice(from, from + 1500).search(/\n[ \t]*\n/)
    return [from, blankLine >= 0 ? from + blankLine : Math.min(head.length, from + 1500)]
  }
  const lines: [number, number][] = []
  let end = head.lastIndexOf('\n', at)
  while (end > 0 && lines.length < 3 && at - end < 1500) {
    const start = head.lastIndexOf('\n', end - 1) + 1
    if (HAS_CODE.test(head.slice(start, end))) lines.push([start, end])
    end = start - 1
  }
  // A name the sentence capitalises past its first word ("Bu Spamhaus hatası", "The Spamhaus one").
  const words = new Set(
    (sentence.trim().match(/(?<=\s)\p{Lu}\p{L}{3,}/gu) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => !COMMON.test(w)),
  )
  const named = lines.find(([s, e]) =>
    (head.slice(s, e).match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w.toLowerCase())),
  )
  if (named) return named
  return /^\s*(?:that|this|it|those|these|bu|o|das|dies|esto|eso|ce|cela)\b/iu.test(sentence) && lines[0]
    ? lines[0]
    : [-1, -1]
}

/** The writer says mail that failed in an earlier incident goes through now. */
export function resolvedSince(text: string): boolean {
  const head = text.slice(0, 20_000)
  return GOES_THROUGH_NOW.test(head) && PAST.test(head)
}
