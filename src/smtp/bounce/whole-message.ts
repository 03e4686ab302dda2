// What a whole pasted message is when it is no bounce: an ordinary letter that mentions codes (a
// newsletter, an order "#550"), or an auto-reply, pasted as it came or quoted under its own header.

import { findAddress } from './dsn'
import { NOTICE_SENDER, recordsDelivery, reportsDelivery, reportsTrouble } from './message-kind'
import { OWN_MAILBOX_FULL } from './reason-phrases-lists'

/**
 * A whole message (it has From and Subject) that neither looks like a bounce nor says a delivery
 * failed: a newsletter about SMTP codes, an order confirmation for "#550". Its codes are listed,
 * but nobody's mail failed. A pasted log line has no headers and is read as it is.
 */
export function isOrdinaryMessage(headers: Map<string, string>, human: string): boolean {
  if (!headers.has('from') || !headers.has('subject')) return false
  const from = headers.get('from') ?? ''
  const subject = headers.get('subject') ?? ''
  // Newsletters and list mail may talk about codes; they do not report a failure.
  if (
    headers.has('list-unsubscribe') ||
    headers.has('list-id') ||
    /^(?:list|bulk)$/i.test(headers.get('precedence') ?? '')
  )
    return true
  if (NOTICE_SENDER.test(from)) return false
  if (
    headers.has('x-failed-recipients') ||
    /report-type=delivery-status/i.test(headers.get('content-type') ?? '')
  )
    return false
  const words = `${subject}\n${human.slice(0, 3000)}`
  // A person's mail to a helpdesk quoting their program's warning that their own mailbox is full,
  // or a message trace that says it was delivered ("Customer says invoice never arrived").
  return !(
    REPORTED_REPLY.test(words) ||
    recordsDelivery(words) ||
    OWN_MAILBOX_FULL.test(words) ||
    reportsDelivery(words) ||
    /undeliver|returned|failure|delivery status notification|non-?delivery|\bNDR\b|bounce|unzustellbar|non remis|no se puede entregar|non recapitabile|onbestelbaar|não entregue|niedostarczalne|teslim edilemedi|nedoručitelné|kézbesíthetetlen|olevererbart|kan ikke leveres|ei voitu toimittaa/i.test(
      subject,
    )
  )
}

/**
 * A failure reply standing as a line of its own, under a log's or record's label ("Reason: 550
 * 5.1.1 …", "Status: bounced", "550-5.7.1 …") or as a sending server quotes it ("host mx… said: 550",
 * "Remote Server returned '550", and Exchange's quoted reply in any language: "Serwer zdalny zwrócił
 * '554 5.2.2 …'"), or a program's exception that quotes one (.NET's "The server response
 * was: 5.7.1 Unable to relay", JavaMail's SMTPAddressFailedException, MailKit's SmtpCommandException):
 * a report, not a letter that mentions a code in passing.
 */
const REPORTED_REPLY =
  /\bhost \S+ said: [45]\d\d[ -]|(?:^|\s)'[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b|\bThe server response was: [45]|\bSmtpFailedRecipients?Exception\b|\bSMTPAddressFailedException\b|\bSmtpCommandException\b|\breturned '[45]\d\d[ -]|^[ \t>]*(?:[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|(?:status|reason|error|diagnostic(?:-code)?|response|result|smtp (?:error|response)|bounce (?:reason|type))[ \t]*:[ \t]*(?:[45]\d\d\b|[45]\.\d{1,3}\.\d{1,3}\b|bounced\b|failed\b|rejected\b))/im

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|autoreply|out of (?:the )?office|ooo\b|vacation|abwesenheit|automatische antwort|réponse automatique|absence|otomatik yanıt|ofis dışında|away from|respuesta automática|risposta automatica|automatisch antwoord|resposta automática|自動応答)/i

/**
 * A person's text that pastes or forwards an auto-reply under its own header ("Subject: Automatic
 * reply: …", "Konu: Otomatik yanıt: …", "Betreff: Automatische Antwort: …"): the message reached the
 * recipient, however the writer calls it ("it came back").
 */
export function quotesAutoReply(human: string): boolean {
  return QUOTED_AUTO_SUBJECT.test(human.slice(0, 20_000))
}
const QUOTED_AUTO_SUBJECT = new RegExp(
  String.raw`^[ \t>]*(?:subject|betreff|konu|asunto|objet|oggetto|onderwerp|assunto|件名)[ \t]*[:：][ \t]*(?:(?:re|aw|fw|fwd|wg|ynt|ileti)[ \t]*:[ \t]*)*${AUTO_SUBJECT.source.slice(1)}`,
  'im',
)

export function isAutoReply(
  headers: Map<string, string>,
  human: string,
  report: { dsn: boolean; failureCodes: boolean },
): boolean {
  const auto = (headers.get('auto-submitted') ?? '').toLowerCase()
  const subject = headers.get('subject') ?? ''
  const autoSubject = AUTO_SUBJECT.test(subject.replace(/^(?:re|aw|fw|fwd):\s*/i, ''))
  const flagged =
    auto.startsWith('auto-replied') ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    (headers.get('precedence') ?? '').toLowerCase() === 'auto_reply' ||
    autoSubject
  if (!flagged || report.dsn || report.failureCodes) return false
  if (/mailer-daemon|postmaster|mail delivery/i.test(headers.get('from') ?? '')) return false
  // A person's "Out of Office:" that says mail "will not be delivered to anyone" speaks of the
  // future: this message was delivered. No bounce is titled like an auto-reply.
  if (autoSubject) return true
  // Bounces carry Auto-Submitted: auto-replied too (RFC 3834 §5); their wording tells them apart.
  const words = `${subject}\n${human.slice(0, 4000)}`
  return !(reportsTrouble(words) || /delivery status notification|undeliver|mail delivery/i.test(words))
}

/**
 * Where a reply quotes the message it answers: Outlook's "-----Original Message-----" (and its
 * translations), its "From: … Sent: …" block, or "On … wrote:".
 */
const QUOTED_ORIGINAL =
  /^[ \t>]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Özgün ileti|Orijinal ileti|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)[ \t]*-{2,}|^[ \t>]*(?:From|Kimden|Von|De|Da|Van)[ \t]*:[^\n]*\r?\n[ \t>]*(?:Sent|Gönderildi|Tarih|Gesendet|Envoyé|Enviado|Inviato|Verzonden)[ \t]*:|^[ \t>]*On [^\n]{10,200} wrote:[ \t]*$/im

/** The reply's own words, above the message it quotes; undefined when it quotes none. */
export function ownReplyPart(human: string): string | undefined {
  const at = human.slice(0, 200_000).search(QUOTED_ORIGINAL)
  return at > 0 ? human.slice(0, at) : undefined
}

/**
 * An auto-reply saying nobody reads the mailbox any more: the person has left ("I have left Example
 * Org … this mailbox is no longer monitored. Please resend it to ap-team@…", "nicht mehr im
 * Unternehmen", "ya no trabaja", "a quitté", "artık çalışmamaktadır"). The message arrived, but
 * goes unread: the sender writes to the contact it names.
 */
const DEPARTED =
  /\b(?:have|has) left (?:the |our )?(?:company|organi[sz]ation|firm|team|\p{Lu})|\bleft (?:the company|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3} as of\b)|\bno longer (?:with|employed|works? (?:at|for|with)|working (?:at|for|with)|part of|monitored|being monitored|in use|read|checked|active)\b|\b(?:mailbox|inbox|account|address) is not (?:being )?monitored\b|nicht mehr (?:im Unternehmen|bei uns|für|tätig|besetzt|gelesen|abgerufen|erreichbar|aktiv)|(?:hat|habe) (?:das Unternehmen|die Firma|uns) verlassen|ya no (?:trabaja|forma parte|está en|se (?:revisa|consulta|lee))|\bne fait plus partie\b|\ba quitté\b|n'est plus (?:consultée?|active?|en service|lue?)|artık (?:\S+ ){0,3}(?:çalışmamaktadır|çalışmıyor|kullanılmamaktadır|kullanılmıyor|takip edilmemektedir|okunmamaktadır|okunmuyor)|ayrılmıştır|não (?:faz|trabalha) mais|deixou a empresa|niet (?:meer|langer) (?:werkzaam|in dienst|actief|gelezen)|nie pracuje już|nie jest już/iu

/** The auto-reply says the mailbox is no longer read (the person left). */
export function saysDeparted(text: string): boolean {
  return DEPARTED.test(text.slice(0, 5000))
}

/**
 * Whose mailbox answered: an auto-reply's own From, when a person's (not a notice service's) and
 * not the To it answers; null when the paste has no such header.
 */
export function autoReplier(headers: Map<string, string>): string | null {
  const from = findAddress(headers.get('from') ?? '')
  if (!from || NOTICE_SENDER.test(headers.get('from') ?? '')) return null
  return from === findAddress(headers.get('to') ?? '') ? null : from
}
