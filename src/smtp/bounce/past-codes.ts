// A code the writer remembers from an earlier incident ("Last year emails to him failed with “550
// 5.1.1 User unknown”", "Bei der letzten Störung im Februar kam ja „550 5.7.1 …“", "last week every
// invoice came back with 554 5.7.1") is not what happened this time. It is left out of the reading
// only when the text says what did happen: another code, an auto-reply it quotes, or the writer's
// word that mail goes through now. Alone, a remembered code is still the best clue there is.

import { ADDRESS_IN_TEXT } from './address-words'
import { ANY_CODE, blank, HAS_CODE } from './ruled-out-codes'
import { quotesAutoReply } from './whole-message'

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'

/** A time before this incident, in the writer's sentence. */
const PAST = new RegExp(
  String.raw`\blast (?:year|month|week|time|spring|summer|autumn|fall|winter|incident|outage)\b|\b(?:a|one|two|three|a few|some|several|couple of|\d{1,2}) (?:days?|weeks?|months?|years?) ago\b|\bback in\b|\bearlier this (?:year|month)\b|\bin (?:${MONTHS})\b|\bletzte[nms]? (?:Jahr|Monat|Woche|Mal|Störung|Ausfall)|\bim (?:${MONTHS})\b|\bdamals\b|\bvor (?:einigen|ein paar|zwei|drei|\d+) (?:Tagen|Wochen|Monaten|Jahren)\b|\bgeçen (?:yıl|ay|hafta|sefer|sene)(?:ki|dan|da|daki)?\b|\bgeçenlerde\b|\b(?:el año|el mes) pasado\b|\bla semana pasada\b|\bla última vez\b|\bhace (?:unos|dos|tres|\d+) (?:días|semanas|meses|años)\b|\bl'année dernière\b|\ble mois dernier\b|\bla semaine dernière\b|\bla dernière fois\b|\bil y a (?:quelques|deux|trois|\d+) (?:jours|semaines|mois|ans)\b|\b(?:ano|mês) passado\b|\bsemana passada\b|\bda última vez\b|\bl'anno scorso\b|\bil mese scorso\b|\bla settimana scorsa\b|\bl'ultima volta\b|\bvorig jaar\b|\bvorige (?:maand|week|keer)\b`,
  'iu',
)

/** The writer's word that mail goes through now ("everything has been going through", "confirmed they received it"). */
const GOES_THROUGH_NOW =
  /\b(?:has|have) been (?:going|getting) through\b|\bconfirmed (?:this morning |today )?(?:that )?(?:they|she|he|it) (?:received|got|has|have)\b|\b(?:works?|working) (?:again|fine now)\b|\b(?:is|was) (?:now )?resolved\b|\bcan close (?:the|this) ticket\b/i

/**
 * A sentence, also where a line break wraps it ("Geçen ay\nadres bir kere “550 5.1.1” vermiş", "the
 * supplier confirmed they\nreceived it"), not at an address's dots.
 */
const WRAPPED_SENTENCE = /[^\n.!?]+(?:(?:[.!?](?=[^\s.!?])|\n(?=[ \t]*\p{Ll}))[^\n.!?]*)*[.!?]*/gu

/** The writer's word that the earlier incident is over ("but they fixed that", "o çözüldü", "ist behoben"). */
const SETTLED =
  /\b(?:fixed|resolved|sorted out|cleared up)\b|(?<!\p{L})(?:çözüldü|hallettik|düzeltildi)(?!\p{L})|\bbehoben\b|\bgelöst\b|\brésolu\b|\bresuelto\b/iu

/** A sending service's own verdict on this send, with no code: SendGrid's "Status: Dropped", its "event":"dropped". */
const SERVICE_VERDICT =
  /\b(?:Status|Durum|Event)[ \t]*:[ \t]*(?:Dropped|Suppressed|Blocked)\b|"event"[ \t]*:[ \t]*"(?:dropped|suppressed|blocked)"/i

/** `text` with the codes of remembered incidents blanked (every offset kept), when the text says what happened now. */
export function withoutPastCodes(text: string): string {
  const head = text.slice(0, 20_000)
  if (!PAST.test(head)) return text
  let now = head
  let settled = false
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

/**
 * The writer's word, after the failure, that the message was resent (or retried) and arrived ("resent, Lena just
 * replied so it went through", "customer resent and Peter confirmed receipt", "erneut gesendet, ist
 * angekommen"), naming no other address (a typo fixed and resent to another address leaves the
 * first one failed).
 */
const RESENT_RECEIVED =
  /\b(?:resent|re-sent|retried|sent (?:it )?again|erneut (?:gesendet|geschickt)|tekrar gönderd\w*|reenviad[oa]|renvoyé)\b[^\n]{0,120}?(?:\b(?:went through|got through|got it|got (?:a )?250\b|it'?s delivered|received it|confirmed (?:receipt|it arrived|they got it)|arrived|(?:was|got) delivered|replied|angekommen|ulaştı|llegó|est arrivé)|\bconfirmed receipt\b)/i

/**
 * Where the text's last failure reply (a 4xx or 5xx code, or a program's bare "5.7.1") ends, or -1. A code in a question ("is 421
 * 4.4.2 on our side or theirs?", "421 4.4.2 bizim tarafta mı bir sorun") asks about the failure
 * told above it; it is no later one.
 */
function lastFailureCode(text: string): number {
  let at = -1
  const head = text.slice(0, 200_000)
  for (const m of head.matchAll(/\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\b)?|\b[45]\.\d{1,3}\.\d{1,3}\b/g)) {
    const end = m.index + m[0].length
    if (!QUESTION_AFTER.test(head.slice(end, end + 120))) at = end
  }
  return at
}
const QUESTION_AFTER = /^[^\n.!]*(?:\?|\sm[ıiuü](?=[\s?]|$))/u

/** The writer says, after the text's last failure reply, that it was resent and arrived; `failed` are the addresses that failed or wait. */
export function resentAndReceived(text: string, failed: string[]): boolean {
  const failedAt = lastFailureCode(text)
  if (failedAt < 0) return false
  const after = text.slice(failedAt, failedAt + 20_000)
  const m = RESENT_RECEIVED.exec(after)
  return m !== null && namesOnly(after.slice(0, m.index + m[0].length), failed)
}

/**
 * The writer's word, after a deferral, that the message arrived ("he got it at 10:20", "it finally came through",
 * "ist doch angekommen", "ileti sonunda ulaştı", "delivered on 2nd attempt", "Clara replied to the welcome
 * email"), a program's own "Message sent to …: 250 2.0.0 Ok", or a message trace's later row ("Deliver  The message was
 * successfully delivered"): the sending server's own retry went through, nobody resent it.
 */
const SINCE = '(?: has| have)?(?: finally| eventually| now| just| already| since)?'
const ARRIVED = new RegExp(
  [
    String.raw`\b(?:it|the (?:e-?mail|mail|message|invoice|newsletter|letter|quote|order|reply)|(?:his|her|their) (?:copy|mail|e-?mail))${SINCE} (?:arrived|came through|come through|went through|gone through|got through|got there|(?:got|was|been)(?: successfully)? delivered|landed)\b`,
    String.raw`\b(?:he|she|they|the (?:customer|client|recipient|supplier))${SINCE} (?:got|received) (?:it|the (?:e-?mail|mail|message|invoice))\b`,
    String.raw`\bdelivered after (?:a |the )?delay\b|\bdelivered (?:on|at|after) (?:the )?(?:retry|(?:\d(?:st|nd|rd|th)|second|third|next|a later) (?:attempt|try|retry))\b`,
    String.raw`\breplied to (?:the|our|my|your|his|her|their) (?:[\w-]+ )?(?:e-?mail|mail|message|invoice|offer|letter)\b`,
    // A note's or a program's own reply of the later attempt: "delivered (250 2.0.0 …)", MailKit's
    // "Message sent to …: 250 2.0.0 Ok".
    String.raw`\bdelivered[ \t]*[(:][ \t]*250[ -]|\b(?:message|mail|e-?mail) sent to [^\s@]+@[^\s:]+:?[ \t]+250[ -]`,
    String.raw`\b(?:ist|wurde)(?: jetzt| doch| inzwischen| nun)? (?:angekommen|zugestellt)\b`,
    String.raw`\b(?<!(?:bana|bize) )(?:sonunda |nihayet |sonradan )?(?:ulaştı|ulaşmış|teslim edildi|eline geçti)|\b(?:sonunda|nihayet) gitti\b|\bald[ıi](?:ğını|klarını) (?:yazdı|söyledi|teyit etti|bildirdi|onayladı)`,
    String.raw`\b(?<!(?:me|nos|te) )(?:ya |por fin |finalmente )?(?:llegó|ha llegado|fue entregado)\b|\best (?:bien |finalement |enfin )?(?:arrivé|arrivée|parvenu)\b`,
  ].join('|'),
  'iu',
)
/** A sentence that doubts, asks or denies it ("not sure it arrived", "did it arrive?", "ulaştı mı"). */
const DOUBTED =
  /\b(?:not|never|no|if|whether|unless|hope|hopefully|wonder|unsure|maybe|perhaps|nicht|nie|kein|ob|falls|değil|emin|belki|si|pas|jamais|nunca)\b|n't\b|\?|\sm[ıiuü](?:s\w*|y\w*)?(?![\p{L}\d])/iu

/** The writer says, after the text's last deferral, that the message arrived; `delayed` are the addresses that wait. */
export function arrivedAfterDelay(text: string, delayed: string[]): boolean {
  // A delay notice may give no code ("Delivery to the following recipients has been delayed").
  const delayedAt = lastFailureCode(text) >= 0 ? lastFailureCode(text) : lastDelayWord(text)
  if (delayedAt < 0) return false
  if (arrivedIn(text.slice(delayedAt, delayedAt + 20_000), delayed)) return true
  // A note written above the notice it forwards was written after it: "bugün Elif Hanım 'dosyalar
  // elimize ulaştı' diye cevap yazdı" over Gmail's "Delivery Status Notification (Delay)".
  const forwarded = FORWARDED_BELOW.exec(text.slice(0, 20_000))
  return (
    forwarded !== null && forwarded.index < delayedAt && arrivedIn(text.slice(0, forwarded.index), delayed)
  )
}

/**
 * Where a forwarded or pasted notice starts: a forward's separator line, a header line from a mail
 * system's daemon, or the notice's own heading (Gmail's "Delivery Status Notification (Delay)").
 */
const FORWARDED_BELOW =
  /^[ \t>]*-{2,}[ \t]*(?:Forwarded message|Original Message|Yönlendirilen ileti|İletilen ileti|Özgün ileti|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Mensaje reenviado|Message transféré)[ \t]*-{2,}|^[ \t>]*(?:From|Gönderen|Kimden|Von|De|Da)[ \t]*:[^\n]*\b(?:mailer-daemon|postmaster)@|^[ \t>]*(?:Delivery Status Notification|Delayed Mail \(still being retried\)|Warning: message \S+ delayed)/im

/** A sentence of `text` says the message arrived, and `text` up to it names no other address. */
function arrivedIn(text: string, delayed: string[]): boolean {
  for (const m of text.matchAll(WRAPPED_SENTENCE)) {
    // A clause's doubt is its own: "Not failed any more - it has since been delivered" is sure.
    const clauses = m[0].replace(/\s+/g, ' ').split(/\s[-–—]\s|;|,\s*(?=(?:but|so|and|ama|aber)\b)/iu)
    if (clauses.some((c) => ARRIVED.test(c) && !DOUBTED.test(c)))
      return namesOnly(text.slice(0, m.index + m[0].length), delayed)
  }
  return false
}

function lastDelayWord(text: string): number {
  let at = -1
  for (const m of text
    .slice(0, 200_000)
    .matchAll(/\b(?:delay(?:ed)?|deferred|ertelendi|gecikti|verzögert)\b/gi))
    at = m.index + m[0].length
  return at
}

/** Every address in `text` is among `addresses` (one fixed and resent to another address leaves the first one failed). */
function namesOnly(text: string, addresses: string[]): boolean {
  return (text.match(ADDRESS_IN_TEXT) ?? []).every((a) => addresses.includes(a.toLowerCase()))
}
