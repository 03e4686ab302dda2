// The writer's word, after a failure or a deferral, that the message arrived after all: resent and
// received ("resent, Lena just replied so it went through"), or delivered by the sending server's own
// retry ("he got it at 10:20", MailKit's "Message sent to …: 250 2.0.0 Ok"). report.ts then reads the
// recipients as delivered, not failed or still waiting.

import { ADDRESS_IN_TEXT } from './address-words'
import { WRAPPED_SENTENCE } from './past-codes'

/**
 * The writer's word, after the failure, that the message was resent (or retried) and arrived ("resent, Lena just
 * replied so it went through", "customer resent and Peter confirmed receipt", "erneut gesendet, ist
 * angekommen"), naming no other address (a typo fixed and resent to another address leaves the
 * first one failed).
 */
const RESENT_RECEIVED =
  /\b(?:resent|re-sent|retried|sent (?:it )?again|erneut (?:gesendet|geschickt)|tekrar gönderd\w*|reenviad[oa]|renvoyé)\b[^\n]{0,120}?(?:\b(?:went through|got through|got it|got (?:a )?250\b|it'?s delivered|received it|confirmed (?:receipt|it arrived|they got it)|arrived|(?:was|were|got|and) delivered|replied|angekommen|ulaştı|teslim edildi|llegó|est arrivé)|\bconfirmed receipt\b)/i

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
  // "I resent it to the correct address and he got it": another address than the failed one.
  if (m !== null)
    return (
      !TO_CORRECTED.test(m[0]) &&
      !DOUBTED.test(m[0]) &&
      namesOnly(after.slice(0, m.index + m[0].length), failed)
    )
  // A chat: "Tekrar gönderdim", then the recipient's own "Geldi, teşekkürler" below it.
  const resent = RESENT.exec(after)
  if (!resent) return resentAbovePaste(text, failed)
  const rest = resendAndNextLine(after, resent.index)
  return (
    confirmsArrival(rest) &&
    !TO_CORRECTED.test(rest) &&
    namesOnly(after.slice(0, resent.index + rest.length), failed)
  )
}

/**
 * The writer's word above the error they paste, that it was resent and arrived: "I resent it and it
 * was delivered. The earlier error was:", "tekrar gönderdim, teslim edildi. Önceki hata şuydu:".
 */
function resentAbovePaste(text: string, failed: string[]): boolean {
  const first = text.slice(0, 200_000).search(/\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/)
  if (first < 0) return false
  const above = text.slice(0, first)
  const resent = RESENT.exec(above)
  if (!resent) return false
  const rest = resendAndNextLine(above, resent.index)
  return confirmsArrival(rest) && PASTE_INTRO.test(above.slice(resent.index)) && namesOnly(above, failed)
}
/** A line that introduces the error pasted below it ("The earlier error was:", "Önceki hata şuydu:"). */
const PASTE_INTRO = /(?:error|bounce|notice|message|hata|uyarı|bildirim|mesaj|Fehler)[^\n]{0,40}:[ \t]*$/im

/** The rest of a resend's line and the next one (a chat's next message). */
function resendAndNextLine(after: string, at: number): string {
  const lineEnd = after.indexOf('\n', after.indexOf('\n', at) + 1)
  return after.slice(at, lineEnd < 0 ? at + 300 : Math.min(lineEnd, at + 300))
}

/**
 * Words after a resend that say it arrived, in a clause or a chat message of their own, sure of it:
 * "… and it was delivered", "…, Ahmet Bey aldığını teyit etti", "Geldi, teşekkürler".
 */
function confirmsArrival(rest: string): boolean {
  return (
    (RESENT_RECEIVED.test(rest) && !DOUBTED.test(rest)) ||
    rest
      .split(/[,;\n]|\s[-–—]\s/)
      .some(
        (clause) =>
          (ARRIVED.test(clause) || ANSWERED_ARRIVED.test(clause) || QUOTED_ARRIVED.test(clause)) &&
          !DOUBTED.test(clause),
      )
  )
}
/** A chat message that only says it came: "Geldi", "aldım", "got it", after a time and a name. */
const ANSWERED_ARRIVED =
  /(?:^|:)[ \t]*(?:(?:evet|yes|ok|tamam)[ \t,]+)?(?:geldi|ulaştı|aldı|aldılar|aldım|aldık|elime geçti|got it|received it|it arrived|arrived)(?![\p{L}])/iu

/** The recipient's own word, quoted: Ahmet Bey “aldım” dedi, she said "got it". */
const QUOTED_ARRIVED =
  /["“'‘](?:geldi|ulaştı|aldım|aldık|elime geçti|got it|received it|it arrived)[.!,]?["”'’][ \t]*(?:dedi|diye (?:yazdı|döndü)|yazdı|said|wrote|replied)(?![\p{L}])/iu

/** A resend to another address than the one that failed, named or not ("to the correct address", "doğru adrese"). */
const TO_CORRECTED =
  /\b(?:to|at) the (?:correct(?:ed)?|right|proper|new|fixed) (?:e-?mail )?address\b|(?<!\p{L})(?:doğru|düzeltilmiş|yeni) adres(?:e|ine)(?!\p{L})|\ban die (?:richtige|korrekte|neue) Adresse\b/iu

/**
 * The address the writer gives as the right one ("I had written bob@exmaple.com instead of
 * bob@example.com", "the correct one is …", "doğrusu …"), other than the failed ones.
 */
function correctedAddress(text: string, failed: string[]): string | undefined {
  for (const m of text.slice(0, 20_000).matchAll(CORRECTED)) {
    const address = m[1]?.toLowerCase()
    if (address && !failed.includes(address)) return address
  }
  return undefined
}
const CORRECTED = new RegExp(
  String.raw`(?:\binstead of|\bshould (?:have been|be)|\b(?:correct|right|proper) (?:one|address) (?:is|was)|(?<!\p{L})doğrusu|(?<!\p{L})doğru adres(?:i|in)?)[ \t:]+<?(${ADDRESS_IN_TEXT.source})`,
  'giu',
)

/**
 * The writer's word, after a deferral, that the message arrived ("he got it at 10:20", "it finally came through",
 * "ist doch angekommen", "ileti sonunda ulaştı", "delivered on 2nd attempt", "Clara replied to the welcome
 * email"), a program's own "Message sent to …: 250 2.0.0 Ok", or a message trace's later row ("Deliver  The message was
 * successfully delivered"): the sending server's own retry went through, nobody resent it.
 */
const SINCE = '(?: has| have)?(?: finally| eventually| now| just| already| since)?'
export const ARRIVED = new RegExp(
  [
    String.raw`\b(?:it|the (?:e-?mail|mail|message|invoice|newsletter|letter|quote|order|reply)|(?:his|her|their) (?:copy|mail|e-?mail))${SINCE} (?:arrived|came through|come through|went through|gone through|got through|got there|(?:got|was|been)(?: successfully)? delivered|landed)\b`,
    String.raw`\b(?:he|she|they|the (?:customer|client|recipient|supplier))${SINCE} (?:got|received) (?:it|the (?:e-?mail|mail|message|invoice))\b`,
    String.raw`\bdelivered after (?:a |the )?delay\b|\bdelivered (?:on|at|after) (?:the )?(?:retry|(?:\d(?:st|nd|rd|th)|second|third|next|a later) (?:attempt|try|retry))\b`,
    String.raw`\breplied to (?:the|our|my|your|his|her|their) (?:[\w-]+ )?(?:e-?mail|mail|message|invoice|offer|letter)\b`,
    // A note's or a program's own reply of the later attempt: "delivered (250 2.0.0 …)", MailKit's
    // "Message sent to …: 250 2.0.0 Ok".
    String.raw`\bdelivered[ \t]*[(:][ \t]*250[ -]|\b(?:message|mail|e-?mail) sent to [^\s@]+@[^\s:]+:?[ \t]+250[ -]|\bstatus=sent \(250[ -]`,
    String.raw`\b(?:ist|wurde)(?: jetzt| doch| inzwischen| nun)? (?:angekommen|zugestellt)\b`,
    String.raw`\b(?<!(?:bana|bize) )(?:sonunda |nihayet |sonradan )?(?:ulaştı|ulaşmış|teslim edildi|eline geçti)|\b(?:sonunda|nihayet) gitti\b|\bald[ıi](?:ğını|klarını) (?:yazdı|söyledi|teyit etti|bildirdi|onayladı)|(?<!\p{L})(?:ileti|mail|e-posta|teklif|fatura|katalog|sözleşme|dosya)(?:lar|ler)?[ıiuü]? (?:artık |şimdi )?elinde(?!\p{L})`,
    String.raw`\b(?<!(?:me|nos|te) )(?:ya |por fin |finalmente )?(?:llegó|ha llegado|fue entregado)\b|\best (?:bien |finalement |enfin )?(?:arrivé|arrivée|parvenu)\b`,
  ].join('|'),
  'iu',
)
/** A sentence that doubts, asks or denies it ("not sure it arrived", "did it arrive?", "ulaştı mı"). */
export const DOUBTED =
  /\b(?:not|never|no|if|whether|unless|hope|hopefully|wonder|unsure|maybe|perhaps|nicht|nie|kein|ob|falls|değil|emin|belki|si|pas|jamais|nunca)\b|n't\b|\?|\sm[ıiuü](?:s\w*|y\w*)?(?![\p{L}\d])/iu

/** The writer says, after the text's last deferral, that the message arrived; `delayed` are the addresses that wait. */
export function arrivedAfterDelay(text: string, delayed: string[]): boolean {
  // A delay notice may give no code ("Delivery to the following recipients has been delayed").
  const failedAt = lastFailureCode(text)
  const delayedAt = failedAt >= 0 ? failedAt : lastDelayWord(text)
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

/**
 * The address the writer says they resent to, after the failure, and that it arrived there: a
 * typo fixed ("I resent it to the correct one, a.yilmaz@…, and it was delivered", "Düzeltip
 * a.yilmaz@… adresine tekrar gönderdim, Ahmet Bey aldığını teyit etti"). One address other than the
 * failed ones; undefined when none or several, or when the writer doubts it.
 */
export function resentElsewhere(text: string, failed: string[]): string | undefined {
  const failedAt = lastFailureCode(text)
  if (failedAt < 0) return undefined
  const after = text.slice(failedAt, failedAt + 20_000)
  const resent = RESENT.exec(after)
  if (!resent) return resentElsewhereAbove(text, failed)
  // The rest of the resend's line and the next one: "… and it was delivered", "…, Ahmet Bey aldığını
  // teyit etti", a chat's next message ("aradılar, katalog elinde").
  const rest = resendAndNextLine(after, resent.index)
  if (!confirmsArrival(rest)) return undefined
  const named = (after.slice(0, resent.index + rest.length).match(ADDRESS_IN_TEXT) ?? []).map((a) =>
    a.toLowerCase(),
  )
  const others = [...new Set(named.filter((a) => !failed.includes(a)))]
  if (others.length === 0 && TO_CORRECTED.test(rest)) return correctedAddress(text, failed)
  return others.length === 1 ? others[0] : undefined
}

/**
 * The same, told above the pasted failure: "doğrusu ahmet@… imiş. Bu sabah düzeltip tekrar gönderdim,
 * Ahmet Bey “aldım” dedi." over the quoted NDR, "the right address is ahmet@…. I resent it there this
 * morning and he received it." The address the writer gives as the right one, else the one the
 * resend's line names.
 */
function resentElsewhereAbove(text: string, failed: string[]): string | undefined {
  const first = text.slice(0, 200_000).search(/\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/)
  if (first < 0) return undefined
  const above = text.slice(0, first)
  const resent = RESENT.exec(above)
  if (!resent) return undefined
  const rest = resendAndNextLine(above, resent.index)
  if (!confirmsArrival(rest)) return undefined
  const corrected = correctedAddress(above, failed)
  if (corrected) return corrected
  const named = [...new Set((rest.match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase()))]
  const others = named.filter((a) => !failed.includes(a))
  return others.length === 1 ? others[0] : undefined
}

const RESENT =
  /\b(?:resent|re-sent|sent (?:it )?again|erneut (?:gesendet|geschickt)|tekrar gönderd\w*|yeniden gönderd\w*|reenviad[oa]|renvoyé)\b/i
