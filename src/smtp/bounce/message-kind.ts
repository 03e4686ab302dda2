// What a message says about itself, in words a mail system uses: a failure, a delay, an expiry,
// an auto-reply, or no bounce at all. Read when the codes alone cannot tell (a 4xx in a returned
// message, a DSN-less report, a newsletter about codes).

import type { DsnAction } from './dsn'
import { affirmed } from './negation'

/** A DSN's recipient fields, pasted with or without their MIME wrapping. */
export const DSN_FIELD = /^[ \t]*(?:Final-Recipient|Original-Recipient|Action)[ \t]*:/im

/**
 * The phrases below are written with single spaces; mail wraps them anywhere ("could not\nbe
 * delivered"), so each space matches any run of whitespace.
 */
const loose = (re: RegExp) => new RegExp(re.source.replace(/ /g, String.raw`\s+`), re.flags)

// An email service's webhook event for a message it gave up on or never sent on (AhaSend's
// "message.bounced", Brevo's "hard_bounce" and "invalid_email", Mandrill's "reject", Azure's
// "Suppressed"), and for one it still retries (Brevo's "soft_bounce", Postmark's "Transient",
// "deferred"). Postmark's "RecordType": "Bounce" covers auto-replies too: its "Type" decides, and its
// "SoftBounce" reports an attempt it has given up on.
const ESP_EVENT_KEY = String.raw`"(?:event|event_type|eventType|type|status)"[ \t]*:[ \t]*"[\w.:-]*`
const ESP_EVENT_FAILED = String.raw`${ESP_EVENT_KEY}(?:bounced?|hard_bounce|reject(?:ed)?|blocked|dropped|invalid_email|suppressed|failed)"`
const ESP_EVENT_DELAYED = String.raw`${ESP_EVENT_KEY}(?:soft[_-]bounce|transient|deferred|delayed)"`

/** Any email service's webhook event, whatever it reports: a report, never a program's error object. */
export const ESP_EVENT = new RegExp(
  String.raw`"(?:event|event_type|eventType|RecordType|notificationType)"[ \t]*:|${ESP_EVENT_FAILED}|${ESP_EVENT_DELAYED}`,
  'i',
)

// Exim's main log marks a deferred delivery "== address … defer (…)" and a failed one
// "** address …" (Exim specification, "Log files": log line flags). In Turkish, "teslimi gecikti"
// is "its delivery is delayed" and "henüz teslim edilmedi" "not delivered yet"; German's
// "Der Server versucht es weiterhin" is "the server keeps trying".
// Exim logs every 4xx it gives as "H=… temporarily rejected RCPT <…>: …" (Exim spec, "Log
// messages"): the sender will retry, whatever the log line's lack of a code leaves open. Postfix's
// mailq lists a message still queued as "QUEUEID size date sender".
const DELAY = loose(
  new RegExp(
    `${ESP_EVENT_DELAYED}|${/(?:^|\s)== \S+@\S+ [^\n]*\bdefer\b|delay(?:ed)? (?:notification|warning)|\(delay\)|will (?:keep|continue) (?:trying|to try|retrying)|still (?:trying|being retried|retrying)|\bdelivery \d+: deferral:|transient non-fatal errors|\.\.\. Deferred:|will keep trying until|teslimi gecikti|henüz teslim edilmedi|wurde verzögert|noch nicht zugestellt|bisher nicht zugestellt|weiterhin versucht|versucht es (?:weiterhin|erneut)|weitere Zustellversuche|延迟传递|延遲傳遞|尚未传递|尚未傳遞|继续尝试传递|繼續嘗試傳遞|配信が遅延|まだ配信されていません|배달 지연|지연되고 있습니다|아직 배달되지|задержка доставки|доставка задерживается|(?:ещё|еще|пока) не доставлено|попытки доставки будут продолжены|viivästynyt|viivästyy|ei ole vielä toimitettu|has not (?:yet )?been delivered|not (?:yet )?been delivered|will be retried|will retry|will be reattempted|still undelivered|this is a warning message only|no action is required|do not need to resend|delivery attempts will continue|is delayed|\bhas been delayed\b|\bdelivery to \S+ delayed\b|\bDEFERRED\[\w+\]|\bstat=Deferred\b|(?:^|\n)[0-9A-F]{8,}[*!]?[ \t]+\d+[ \t]+\w{3} \w{3}[ \t]+\d+ \d\d:\d\d:\d\d[ \t]+\S+(?=\r?\n|$)|technical details of temporary failure|\btemp(?:orarily)? failing\b|\bconnected to \S+ but connection died\b|\btemporarily rejected (?:RCPT|MAIL|connection|after)\b/.source}`,
    'i',
  ),
)
// The sending side's own words that the message was returned: it gave up on it (not qmail's "Giving
// up on 192.0.2.1.", one host of several, its delivery still deferred). German's "nicht …
// zugestellt" is not "noch nicht zugestellt" or "bisher nicht zugestellt" (not yet delivered), nor "falls … nicht zugestellt
// werden kann" (if it cannot be delivered), both of Exchange's delay notice. Turkish says
// "teslim edilmedi" ("was not delivered") as well as "teslim edilemedi" ("could not be
// delivered"), and "teslim edilemiyor" ("cannot be delivered"); a German writer says the mails
// "kommen … zurück" (come back), a Turkish one "geri dönüyor", a Spanish one "nos vuelven" or "rebota"; OpenSMTPD's failure notice opens
// "An error has occurred while attempting to deliver a message" (smtpd/bounce.c, notice_error).
// Domino's subjects "Zustellungsfehler" and "ÉCHEC DE LA REMISE" and its French "n'a pas été remis
// à". (An email service's "hard bounce" is read in its table's rows, status-table.ts: in a sentence
// it is as often Postmark's "recipients that have generated a hard bounce", refused before sending.)
// Gmail's and Microsoft's notices in Portuguese ("Não foi possível entregar"), Dutch ("kon niet
// worden bezorgd"), Polish ("Nie można dostarczyć"), Czech ("nelze doručit"), Japanese, Chinese,
// Korean, Italian, Hungarian, Swedish, Danish, Finnish and Russian say it too, and so do Outlook's
// "Undeliverable:" subjects in those languages (配信不能, 배달되지 않음, Kézbesíthetetlen, Olevererbart…);
// a heading's "无法传递:" and not a delay notice's "you will be told if it 无法传递", nor Russian's
// "ещё не доставлено" (not yet delivered).
const GAVE_UP = loose(
  /(?:^|\s)\*\* \S+@\S+ |following address(?:\(es\)|es)? failed|could not be delivered|couldn't be delivered|can(?:'|no)t be delivered|undeliverable|undelivered|delivery (?:has )?failed|failed permanently|permanent(?:ly)? (?:error|failure|fatal)|returned mail|gave up|giving up(?! on (?:\d{1,3}\.){3}\d{1,3}\b)|wasn't delivered|was not delivered|non-?delivery|delivery failure|mail delivery failed|failure notice|message not delivered|unable to deliver|delivery to the following (?:recipients? )?(?:failed|could not)|did not reach|could not deliver|couldn't deliver|not be delivered|failed to deliver|permanent error|fatal error|(?<!\bnoch |\bbisher |\bfalls [^.\n]{0,80})nicht (?:\S+ ){0,4}zugestellt|unzustellbar|geri dön(?:dü|üyor|en|mektedir)|\brevien(?:nen)?t\b|sont revenus|nos (?:vuelven|devuelve[ns]?)|\brebot(?:a|an|ó|aron|ado)\b|\bkomm(?:en|t) (?!(?:\S+ ){0,4}?(?:keine?|nicht)\b)(?:\S+ ){0,4}zurück|\bkam(?:en)? (?:\S+ ){0,4}zurück|zurückgekommen|non (?:remis|recapitato|distribu)|n'a pas été remis|échec de la remise|zustellungsfehler|no se (?:pudo|ha podido) entregar|não (?:foi possível|pôde ser) entreg|mensagem não entregue|mensaje no entregado|messaggio non consegnato|bericht niet bezorgd|kon niet (?:worden )?(?:bezorgd|afgeleverd)|nie można dostarczyć|dostarczenie do tych adresatów lub grup nie powiodło się|nie (?:został|zostało) dostarczon|nelze doručit|nebyla doručena|配信できませんでした|届きませんでした|无法送达|未能送达|投递失败|(?:^|\n)無法傳遞[:：]|無法送達|배달되지 못했|배달 실패|non è stato possibile recapitare|nem sikerült kézbesíteni|kézbesítése sikertelen|kunde inte levereras|kunne ikke leveres|ei voitu toimittaa|не удалось доставить|配信不能|配信に失敗|전송되지 않음|배달되지 않음|(?:^|\n)无法传递[:：]|não é possível entregar|non recapitabile|недоставлено|kézbesíthetetlen|nedoručitelné|olevererbart|kan ikke leveres|(?:^|\n)ei voida toimittaa[:：]|onbestelbaar|(?<!(?:ещё|еще|пока) )не (?!будет )(?:\S+ ){0,2}доставлено|teslim edilemedi|teslim edilmedi|teslim edilemiyor|被退回|退信|error has occurred while attempting to deliver/i,
)
// Those, or words the receiving server or the sending service puts in its refusal: "Recipient
// address rejected", Gmail's "Your message … has been blocked", cPanel's "Message discarded",
// Mailgun's "Not delivering to previously bounced address".
const FAILURE = loose(
  new RegExp(
    `${GAVE_UP.source}|rejected|incorrectly constructed|malformed address|has been blocked|message discarded|not delivering to|will not deliver to|no recipient addresses|no delivery could be attempted|lines too long for transport|${ESP_EVENT_FAILED}`,
    'i',
  ),
)
// Postfix's queue manager logs "status=expired, returned to sender" for a message that reached
// maximal_queue_lifetime; OpenSMTPD lists such a recipient as "Envelope expired". Exim gives up with
// "retry timeout exceeded" or "retry time not reached for any host after a long failure period";
// "retry time not reached for any host" alone is its deferral, the message still queued (Exim
// spec, "Retry configuration"), unless a failure notice says it (isExpired).
const EXPIRY = loose(
  /status=expired|envelope expired|retry time(?:out)? exceeded|retry time not reached[^\n]*?after a long failure period|(?:have|has) been failing for a long time|message (?:has )?expired|expired after|expired in queue|delivery (?:time|period) expired|(?:been|was) (?:in the )?(?:queue|queued) (?:for )?too long|too long in (?:the )?queue|could not be delivered (?:for|within|in) (?:the last )?\d+ ?(?:days?|hours?)|queue(?:d)? (?:lifetime|timeout)|maximum (?:queue )?(?:time|age|lifetime)|delivery expired|message timed out|timed out in queue|no more retries|retry limit/i,
)
/**
 * Exchange's delivery and relay receipts, which carry no code: "Your message has been delivered to
 * the following recipients:" (Delivered:) and "Delivery to these recipients or groups is complete,
 * but no delivery notification was sent by the destination server:" (Relayed:).
 */
/**
 * An email service's event that the recipient marked a delivered message as spam: Mandrill's
 * "spam", Postmark's "SpamComplaint" and "SpamNotification" (its bounce type 512: "The message was
 * delivered, but was either blocked by the user, or classified as spam"), SendGrid's "spamreport",
 * Mailgun's "complained", Amazon SES's "Complaint", Resend's "email.complained".
 */
export const COMPLAINT_EVENT =
  /"(?:event|type|RecordType|notificationType|eventType)"[ \t]*:[ \t]*"(?:spam|spamreport|complained|complaint|SpamComplaint|SpamNotification|email\.complained)"/i

// PowerMTA's accounting record of a delivery: "d,<time>,…,relayed,2.0.0 (success),smtp;250 …".
// Exim's main log marks a delivery "=> bob@…" (and "-> bob@…" for another address of the same one);
// Sendmail's "stat=Sent (…)" as Postfix's "status=sent".
/** A message trace's row whose status cell says it was delivered ("…,m.kaya@…,Invoice,Delivered,250 2.6.0 …"). */
export const TRACE_ROW_DELIVERED = /(?:^|[,\t])"?Delivered"?[ \t]*(?:[,\t]|$)/m
const SENT = new RegExp(
  String.raw`^Status[ \t]*:[ \t]*Delivered\b|${TRACE_ROW_DELIVERED.source}|\bstatus=sent\b|\bstat=Sent\b|"event"[ \t]*:[ \t]*"delivered"|"(?:type|RecordType)"[ \t]*:[ \t]*"delivery"|\bevent=delivered\b|^d,[^\n]*,(?:relayed|delivered),2\.\d|\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} [=-]> \S+@`,
  'im',
)
/**
 * Postfix's "status=sent" to a relay's submission port ("relay=smtp.sendprovider…[…]:587"): handed to
 * a sending provider that delivers it later, not to the recipient's server (MX hosts listen on 25),
 * so the log tells no more than that it was passed on.
 */
const SENT_TO_SUBMISSION = /\brelay=[^\s,]+\]:(?:587|465|2525),[^\n]*\bstatus=sent\b/
const RELAYED = loose(/no delivery notification was sent by the destination server/i)
const DELIVERED = loose(
  new RegExp(
    `(?:has been|was) delivered to the following recipients|delivery to these recipients or groups is complete|was successfully delivered to the destination|${COMPLAINT_EVENT.source}`,
    'i',
  ),
)
export const EXPIRY_WORDS = new RegExp(EXPIRY.source, 'gi')
/** In a failure notice, Exim's "retry time not reached for any host" is why it gave up; alone, in its log, a deferral. */
const RETRY_NOT_REACHED = loose(/retry time not reached/i)

// Postfix with soft_bounce = yes logs a refusal it keeps queued as "status=SOFTBOUNCE"; Exim logs
// a deferral as "== bob@… R=… T=… defer (-42): …", whatever the reply it quotes. Postfix skips a
// server that greets with 5xx ("host … refused to talk to me: 554 …", smtp_skip_5xx_greeting) and
// defers the message unless another MX takes it; its own "status=bounced" says otherwise.
const LOG_DEFERRED =
  /\(delivery temporarily suspended: |^Status[ \t]*:[ \t]*(?:Pending|Deferred|GettingStatus)\b|\bstatus=(?:deferred|SOFTBOUNCE)\b|\bDEFERRED\[\w+\]|\bresult=TempFail\b|(?:^|\s)== \S+@\S+ [^\n]*\bdefer\b|\bpostfix\/smtp\[\d+\]: \w+: host \S+ refused to talk to me: [45]/

// (MDaemon's "YOU DO NOT NEED TO RESEND THE MESSAGE" heads its permanent failures too: not a cue.)
// Postfix's, OpenSMTPD's and PowerMTA's own verdict that the message came back (a "b" or "rb"
// record: bounced, whatever its last reply's class), with or without a code beside it.
// A message trace's record as PowerShell lists it (Get-MessageTrace | Format-List): "Status : Failed".
const LOG_FAILED =
  /\bstatus=(?:bounced|expired)\b|\bresult=PermFail\b|^r?b,(?:\d{9,10}|\d{4}-\d\d-\d\d[^,\n]*),[^\n]*@|^Status[ \t]*:[ \t]*Failed\b/m
// OpenSMTPD's delay notice ("this is only a temporary failure report … You DO NOT NEED to re-send"),
// Exchange's Turkish one ("GECİKME BİLDİRİMİ, BU BİR HATA DEĞİLDİR … Teslim girişimleri devam
// edecektir"), and Exchange's delay notice in its other languages ("Delivery will continue to be
// attempted", "A entrega continuará a ser tentada", "Se seguirá intentando la entrega", "Les
// tentatives de remise se poursuivront", "Er wordt nog steeds geprobeerd het bericht te bezorgen",
// "Verranno effettuati altri tentativi di recapito", "Próby dostarczenia będą kontynuowane"): the
// notice's own word that it is no failure, whatever expiry time or "delivery failed to all
// alternate hosts" it quotes.
const DELAY_NOTICE =
  /this is a warning (?:message )?only|only a temporary failure report|you do not need to re-send|gecikme bildirimi|bu bir hata değildir|teslim girişimleri devam edecek|delivery will continue to be attempted|a entrega continuará (?:a ser|sendo) tentada|se seguirá intentando (?:la entrega|entregar)|les tentatives de remise se poursuivront|la remise (?:continuera|sera de nouveau tentée)|er wordt nog (?:steeds )?geprobeerd (?:het bericht )?te bezorgen|verranno effettuati altri tentativi di recapito|próby dostarczenia będą kontynuowane|die zustellung wird weiterhin versucht|continuaremos a tentar entregá-la|o servidor continuará a tentar entregar|el servidor seguirá intentando entregar|le serveur continuera d'essayer de remettre|de server blijft nog [^\n.]{0,60}proberen|il server continuerà a tentare di recapitare|serwer będzie próbował dostarczyć/i
/**
 * Words only a final notice uses, never a delay notice's promise of one (Gmail's delay notice says
 * "Message not delivered yet" and "You'll be notified if the delivery fails permanently", its final
 * one "failed permanently" and "Message not delivered"; Postfix's "Delayed Mail (still being
 * retried)", its final one "Undelivered Mail Returned to Sender" and "could not be delivered to one
 * or more recipients").
 */
const FINAL_AFTER_DELAY = loose(
  /\b(?:has )?failed permanently\b|\bmessage not delivered\b(?! yet)|\bundelivered mail returned to sender\b|\bcould not be delivered to one or more recipients\b|\bgave up on\b|\bdelivery status notification \(failure\)|\bhas given up\b/i,
)

export function actionFromClass(code: string | null, human: string): DsnAction | null {
  const cls = code?.charAt(0)
  // The sending server's own log verdict outranks the remote reply's class: ZoneMTA's
  // "DEFERRED[network] … (554 Blocked …", OpenSMTPD's "result=TempFail" and Postfix's
  // "status=deferred" keep the message queued.
  // So does a delay notice's own heading (Postfix: "THIS IS A WARNING ONLY. YOU DO NOT NEED TO
  // RESEND YOUR MESSAGE"), over a 5xx its relay login got (smtp_sasl_auth_soft_bounce).
  if (cls === '5')
    return !LOG_FAILED.test(human) &&
      (LOG_DEFERRED.test(human) || (DELAY_NOTICE.test(human) && !FINAL_AFTER_DELAY.test(human)))
      ? 'delayed'
      : 'failed'
  // A success code with the sending side's own word that it delivered or relayed the message
  // (Postfix's "status=sent", a DSN's "Action: relayed", a webhook's "delivered" event).
  if (cls === '2')
    return DELAY.test(human)
      ? 'delayed'
      : SENT_TO_SUBMISSION.test(human)
        ? 'relayed'
        : SENT.test(human) || DELIVERED.test(human)
          ? 'delivered'
          : null
  if (cls === '4' || !cls) {
    if (DELAY_NOTICE.test(human) && !FINAL_AFTER_DELAY.test(human)) return 'delayed'
    if (EXPIRY.test(human)) return 'failed'
    // A delay notice, then the final one pasted after it ("first 'Delivery incomplete', now 'Message
    // not delivered'"): the last word is the failure.
    if (DELAY.test(human) && !FINAL_AFTER_DELAY.test(human)) return 'delayed'
    if (FINAL_AFTER_DELAY.test(human)) return 'failed'
    // A 4xx is a deferral: the sending server keeps the message and retries (RFC 5321 §4.2.1,
    // §4.5.4.1). It failed only where the sending side says it returned the message; "rejected"
    // inside the receiving server's own 4xx reply ("450 4.2.0 … Recipient address rejected:
    // Greylisted", "451 4.3.0 … temporarily rejected") is that server's refusal for now.
    // A writer's denial ("I got no undeliverable notice") is not the sending side's word.
    if (cls === '4') return affirmed(GAVE_UP, human) || LOG_FAILED.test(human) ? 'failed' : 'delayed'
    // A complaint event was delivered, whatever failure words its description has ("blocked by the user").
    if (!cls && COMPLAINT_EVENT.test(human)) return 'delivered'
    // A message trace's group row: the group's address was sent on to its members.
    if (!cls && /^Status[ \t]+:[ \t]*Expanded\b/m.test(human)) return 'expanded'
    // No code at all: Postfix's "status=deferred (connect to 127.0.0.1[…]:10024: Connection refused)".
    if (LOG_DEFERRED.test(human)) return 'delayed'
    if (LOG_FAILED.test(human)) return 'failed'
    if (affirmed(FAILURE, human)) return 'failed'
    return RELAYED.test(human) ? 'relayed' : DELIVERED.test(human) || SENT.test(human) ? 'delivered' : null
  }
  return null
}

/**
 * The code whose class says permanent or temporary: the enhanced code, unless the reply disagrees.
 * RFC 3463 §2 makes the two classes agree; where a server breaks that (Exchange's "554 4.3.2 …
 * StoragePermanentException"), the reply code is what an SMTP client acts on (RFC 5321 §4.2.1).
 * The sending server's own verdict on it still wins: a DSN's Status field, Postfix's "dsn=4.0.0,
 * status=deferred" about a remote 554.
 */
export function classCode(enhanced: string | null, reply: string | null, text: string): string | null {
  if (!enhanced || !reply || enhanced.charAt(0) === reply.charAt(0)) return enhanced ?? reply
  const verdict = new RegExp(
    String.raw`(?:\bdsn=|^[ \t]*Status[ \t]*:[ \t]*)${enhanced.replace(/\./g, '\\.')}\b`,
    'im',
  )
  return verdict.test(text) ? enhanced : reply
}

/**
 * Did the sending server give up? 'yes' when a code (X.4.7) or the words say the message expired;
 * 'transient' when it failed on a temporary error, which usually means it retried until it gave
 * up, unless the error itself was final (a null MX, an unknown user): report.ts's finish() decides.
 */
export function isExpired(action: string | null, code: string | null, words: string): Expiry {
  if (action !== 'failed') return 'no'
  if ((code && /^[45]\.4\.7$/.test(code)) || EXPIRY.test(words) || RETRY_NOT_REACHED.test(words)) return 'yes'
  return code?.charAt(0) === '4' ? 'transient' : 'no'
}

export type Expiry = 'yes' | 'transient' | 'no'

/**
 * Postfix's bounce and delay notices give each recipient a line "<bob@…>: host mx.…[192.0.2.1]
 * said: …": a sending server that returned or holds the message wrote it, even when the reply it
 * quotes answered its own login at a relay host ("(in reply to AUTH command)").
 */
const POSTFIX_RECIPIENT_LINE = /^<[^<>\s]+@[^<>\s]+>:? host \S+\[[^\]\s]+\] said:/m

/**
 * A sending server quoting the remote server's reply to it: Gmail's "The response from the remote
 * server was:" in its notices' languages, Exchange's "Remote Server returned '…'".
 */
const REMOTE_REPLY_QUOTED =
  /the response from the remote server was|a resposta do servidor remoto foi|la respuesta del servidor remoto fue|la risposta del server remoto (?:è stata|era)|de reactie van de externe server was|die antwort des remoteservers lautete|la réponse du serveur distant (?:était|a été)|remote server returned '/i

/** A sending server's words that it returned the message, gave up on it or still holds it. */
export function saysReturnedOrHeld(text: string): boolean {
  return (
    affirmed(GAVE_UP, text) ||
    REMOTE_REPLY_QUOTED.test(text) ||
    EXPIRY.test(text) ||
    DELAY.test(text) ||
    LOG_DEFERRED.test(text) ||
    LOG_FAILED.test(text) ||
    POSTFIX_RECIPIENT_LINE.test(text)
  )
}

/** A sending server's report that it delivered the message ("was successfully delivered to …"). */
export function reportsDelivered(text: string): boolean {
  return DELIVERED.test(text)
}

/**
 * A sending side's own record that it delivered or sent the message: a message trace's "Status:
 * Delivered", Postfix's "status=sent", a webhook's "delivered" event.
 */
export function recordsDelivery(text: string): boolean {
  return SENT.test(text)
}

/** The text reports on a delivery: a failure, an expiry, a delay or a delivery receipt. */
export function reportsDelivery(text: string): boolean {
  return FAILURE.test(text) || EXPIRY.test(text) || DELAY.test(text) || DELIVERED.test(text)
}

/** The From of a notice a mail system or service sends, not of a person's message. */
export const NOTICE_SENDER = /mailer-daemon|post_?master|mail delivery|mdaemon|bounce|notification|no-?reply/i

/** The text says a delivery failed, expired or is delayed (not that it succeeded). */
export function reportsTrouble(text: string): boolean {
  return FAILURE.test(text) || DELAY.test(text) || EXPIRY.test(text)
}
