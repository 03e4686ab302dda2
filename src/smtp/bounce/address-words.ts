// What the words around an address say of it, in a bounce or in a person's text about one: a
// recipient field or a sentence's destination, the sender's own field, a greeting's addressee, a
// ticket's own labels, a contact or forward-path, an address mail reaches. failed-address.ts weighs them.

/** An address in running text, without the brackets, quotes or punctuation around it. */
export const ADDRESS_IN_TEXT = /[^\s<>@"'(),;:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

export const TO_LABEL = /^[ \t>]*(?:to|cc)[ \t]*:/i
/** A line of addresses below words that say they were copied ("Cc'd on the thread were:"). */
export function ccAbove(words: string, at: number): boolean {
  const lineStart = words.lastIndexOf('\n', at - 1) + 1
  const above = words.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1))
  return (
    COPIED_HEADING.test(above.slice(above.lastIndexOf('\n') + 1)) &&
    ADDRESSES_BEFORE.test(words.slice(lineStart, at))
  )
}
const COPIED_HEADING = /(?:\bcc'?d\b|\bcc\b|\bin copy\b|\bcopied\b|\bin kopie\b)[^\n]*\r?$/i
/** Nothing, or other addresses and their commas, before an address on its line. */
const ADDRESSES_BEFORE = /^[ \t]*(?:[^\s,;]+@[^\s,;]+[ \t]*[,;][ \t]*)*$/
/** A tab-separated row's earlier address and at least three tabs before this one. */
export const TAB_ROW_AFTER_ADDRESS = /^(?=(?:[^\t\n]*\t){3})[^\n]*@[^\s@]+\t/
/** The writer says mail to them fails: "Nobody can email me", "I don't receive any emails", "me escriben". */
export const TO_ME =
  /\b(?:(?:write|writes|writing|send|sends|sending|e-?mail|e-?mails|e-?mailing|mail|mails|mailing|reach|reaching)(?: (?:anything|mails?|e-?mails?))? (?:to )?me\b|I (?:don't|do not|can't|cannot|no longer) (?:receive|get) (?:any )?(?:e-?mails?|mails?|messages?)|(?:me|mir) (?:escriben|schreiben|envían|mandan)|m'écrivent|bana (?:yaz|mail|e-posta|ileti))/i
/** A sentence that says mail went through until now ("used to arrive, but since Monday they bounce"). */
export const UNTIL_NOW =
  /\b(?:but|until|till|since|now|used to|always|bis|aber|seit|ama|fakat|artık|pero|hasta|mais|depuis)\b/i
/** Words after an address that say mail to it goes through. */
export const WORKS_AFTER =
  /^[>)'"]?(?:[ \t]*(?:,|and|und|ve|y|et|&)[ \t]+<?[^\s@<>,;]+@[^\s<>,;]+?>?(?=[\s,;]))*[^\n.;]{0,25}?\b(?:arrive[sd]?|works?|is fine|are fine|go(?:es)? through|get(?:s)? through|(?:is|are) delivered|without (?:any )?problems?|kommen an|funktionier\w*|sorunsuz|llegan|arrivent)\b/i

/**
 * Where a sentence sends the message ("when emailing bob@…", "Mail to bob@… keeps bouncing", "could
 * not be reached: bob@…"), or a note's label says so ("Recipient: bob@…", "Alıcı: bob@…"): the
 * recipient, over an address a ticket or signature names before it.
 */
export const DESTINATION_BEFORE =
  /(?:\be-?mailing|\bsend(?:ing)? (?:it |mail |a message |an e-?mail |the newsletter |our newsletter )?to|\bnewsletter to|\b(?:mail|message|e-?mail|messages|emails) to|\bsent (?:it )?to|\bcould not be reached:|\bdeliver(?:ed|y)? (?:it |this )?to|\b(?:e-?mail(?:ed|ing)?|mail(?:ed|ing)?|write to|wrote to|writing to|reach(?:ed|ing)?) (?:our |the |my |his |her |their )?(?:client|customer|supplier|vendor|partner|landlord|colleague|friend|bank|school|office|accountant|lawyer)s? at|(?:^|\n|[.;(,][ \t]*)[ \t]*(?:Recipient(?: address)?|Alıcı(?: adresi)?|alıcı(?: adresi)?|Empfänger|Destinataire|Destinatario)[ \t]*:)[ \t]+<?$/i

/** Turkish marks where mail goes after the address: "bob@… adresine gönderdim", "bob@…'a". */
export const DESTINATION_AFTER = /^(?:[ \t]+adresine\b|'y?[ae](?![\p{L}]))/u

/** A contact further back than a field marker reaches ("Contact our support team at support@…"). */
/**
 * A contact form's fields about the person who wrote it ("Name:", "Nombre:", "Ad Soyad:", "Your
 * email:", "Message:", "Describe the issue:"): its "Email:" field is the writer's, not a recipient's
 * as in an email service's event ("Email: bob@…" / "Event: bounce" / "Reason: 550 …").
 */
export const FORM_PERSON_FIELD =
  /(?:^|\n)[ \t]*(?:(?:full |first |last |your )?name|nombre(?: completo)?|ad(?: soyad)?|adı(?: soyadı)?|nom|prénom|vorname|nachname|your e-?mail|tu correo|message|mensaje|mesaj|nachricht|consulta|açıklama|anliegen|describe the issue|votre message|ihre nachricht)[ \t]*[:：]/i

/** A contact's label on the address's line ("Contact: Omar, omar@…", "Kontakt: …"). */
export const CONTACT_LABEL =
  /\b(?:(?:(?:point of |technical |tech )?contact(?: person)?(?: for (?:this|that|it))?|contacto(?: técnico)?|technischer kontakt|teknik (?:irtibat|iletişim)|irtibat(?: kişisi)?|kontakt(?:person)?|ansprechpartner(?:in)?|[iİ]letişim(?: için)?|yetkili(?: kişi)?|contacto|persona de contacto|contatto)[ \t]*:|for (?:any )?(?:questions|queries)[ \t]*[:,]|questions\?|(?:bei |für )(?:fragen|rückfragen)[ \t]*[:,]|sorular(?:ınız)? için[ \t]*:?|para (?:preguntas|dudas)[ \t]*[:,]|pour toute question[ \t]*[:,])[^\n@]{0,60}$|(?:^|[\s(])İletişim(?: için)?[ \t]*:[^\n@]{0,60}$/i
/**
 * The writer signing off on the address's own line, or at the end of a sentence ("cheers,
 * derek@…", "Thanks, Lina (lina@…)", "Sent from my iPhone - bert@…", "Any idea? - sent by karl@…").
 */
export const SIGNED_INLINE =
  /(?:^|\n|[.!?:"”][ \t]+)[ \t]*(?:[-–—][ \t]*)?(?:thanks|thank you|thx|cheers|regards|best(?: regards| wishes)?|kind regards|br|sent from my [^\n@]{0,30}?|sent by|grüße|gruß|danke|saludos|gracias|merci|cordialement|teşekkürler|saygılar(?:ımla)?)\b[^\n@]{0,40}?$/i
export const CONTACT_BEFORE =
  /\bcontact\b[^@\n]{0,40}\b(?:at|on|via)[ \t]+<?$|\b(?:e-?mail|write|reply|respond)(?: back)? to (?:our|my|the) [^\n@:]{1,30}:[ \t]*<?$/i
/**
 * The address a greeting line ends with ("Dear Valued Customer (alice@…),", "Sehr geehrte(r)
 * alice@…,"): the notice's addressee. "Hello, we could not deliver your message to bob@…" is no
 * greeting of bob's: the address must close the line.
 */
const GREETING =
  /^[ \t]*(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening|day)|merhaba|sayın|hallo|guten tag|sehr geehrte|liebe|bonjour|cher|chère|hola|estimad[oa]|olá|ola|prezad[oa]|ciao|gentile|buongiorno|hej|hei|здравствуйте|добрый день|уважаем\S*)(?![\p{L}])[^\n@]{0,60}$/iu
const GREETING_END = /^[>)\]]*[ \t]*[,!:;.]?[ \t]*\r?(?:\n|$)/

/**
 * The bounce's own addressee or sender under a label, quoted ("> From:") or not: "From: alice@…" or
 * "Sent by:", "Your address:", a mail program's "(account: …", a ticket's "Customer:" or "Opened by:", a result's "Accepted:" anywhere, and near the top (the notice's own header, not the returned message's) "To: alice@…" or
 * Gmail's "to alice@…" line under "Mail Delivery Subsystem".
 */
export function ownLabel(words: string, at: number): boolean {
  const lineStart = words.lastIndexOf('\n', at) + 1
  const before = words.slice(lineStart, at)
  if (
    /^[ \t>(*•·–-]*(?:ticket |request )?(?:(?:account|hesap|konto|cuenta|compte|talep sahibi|oluşturan|erstellt von|angefragt von|eröffnet von|creado por|solicitante|demandeur|créé par|from|gönderen|kimden|absender|von|remitente|expéditeur|de|customer e-?mail|requester e-?mail|sent by|your (?:e-?mail )?address|reply-to|customer|requester|requested by|reported by|submitted by|opened by|created by|raised by|assigned to|assignee|agent|owner|envelope-from|author|accepted)[ \t]*:|(?:sent|reported|submitted|requested|opened|created|raised) by[ \t:])[^\n@]{0,60}$/i.test(
      before,
    )
  )
    return true
  // A "To:" line is the notice's own only under its daemon's name ("Mail Delivery Subsystem").
  const above = words.slice(0, lineStart)
  return (
    /^[ \t]*to(?:[ \t]*:|[ \t])[^\n@]{0,40}$/i.test(before) &&
    above.split('\n').length <= 6 &&
    /mail delivery|mailer-daemon|postmaster|microsoftexchange/i.test(above)
  )
}

export function greeted(words: string, at: number, end: number): boolean {
  const lineStart = words.lastIndexOf('\n', at) + 1
  const before = words.slice(lineStart, at)
  return (
    GREETING.test(before) &&
    !MESSAGE_TO_BEFORE.test(before) &&
    !DESTINATION_BEFORE.test(before) &&
    // It closes its line ("Dear alice@…,"), or a comma follows it where no comma parted it from the
    // greeting ("Hi alice@…, your message …"); "Hi, anna@… doesn't get our mails" speaks of anna.
    (GREETING_END.test(words.slice(end, end + 40)) ||
      (!before.includes(',') && /^[>)\]]*,/.test(words.slice(end, end + 4))))
  )
}
/** The message's destination after a greeting ("Hello, we could not deliver your message to bob@…"). */
const MESSAGE_TO_BEFORE = /\b(?:to|an|à|para|per|naar|till)[ \t]+[<"'(]?$/i
export const SENDER_BEFORE =
  /(?:\bfrom=<?|\bsent from:[ \t]*<?|(?:送信者|差出人)[ \t]*[:：][ \t]*<?|\bF=<?|MAIL FROM: ?<?|\b(?:e-?mail|mail|message|sending|sends|send) from:? ?<?|\bsend as:? ?<?|\brelaying disallowed as <?|\bsender(?:address)?[ \t]*:?[ \t]*[<{]?|"SenderAddress"[ \t]*:[ \t]*"|\bsender address[ \t]*[“"'‘<[]?|\[SPF\] <?|\bSPFBL <?|\bverify fail(?:ed|ure)? for <|\bverification failed for <|owned by user |\bbounced to |\bfrom address failed: |(?:^|\n)[ \t]*(?:hello|hi|hey|dear(?: user| customer| sir or madam)?|greetings|good (?:morning|afternoon|evening|day)|merhaba|sayın|hallo|guten tag|sehr geehrte[rs]?|liebe[rs]?|bonjour|cher|chère|hola|estimado|estimada|olá|ola|prezado|prezada|ciao|gentile|buongiorno|hej|hei|здравствуйте|добрый день|уважаемый|уважаемая)[ \t,]+(?![ \t,])(?!(?:the|our|my|a|an|your|one of)\b)[^\n@(<]{0,30}[(<]<?|\bmessage from \(?<?|\bsender rejected: <?|sender domain has no (?:mx|dns|a) records? \(|\bfrom = "|"(?:sender|from|envelope-from)"[ \t]*:[ \t]*"|"source"[ \t]*:[ \t]*"[^"<\n]{0,60}<?|\bReturn-Path:[ \t]*<?|\d\d:\d\d:\d\d[ \t]+|\s-From[ \t]+["']?(?:[^"'<\n]{0,40}<)?)$/i
/**
 * The rest of a RCPT TO line, then a 2xx reply, marked as a transcript marks it or not (PHPMailer's
 * "SERVER -> CLIENT:" behind a time, smtplib's "reply: b'250 …").
 */
export const ACCEPTED_NEXT =
  /^[^\n]*\r?\n[\d\-:. T\t]{0,30}(?:S:|<<<|<-|<|SERVER -> CLIENT:|reply: b?['"])?[ \t]*2\d\d[ -]/
export const ACCEPTED_LINE = /^[ \t]*accepted[ \t]*:/i
/** A Message-ID ("message_id": "<abc@…>", "Message-ID: <…>") looks like an address and is none. */
export const MESSAGE_ID_BEFORE =
  /(?:"message_?id"[ \t]*:[ \t]*"<?|"smtp-id"[ \t]*:[ \t]*"<?|\bmessage-?id:[ \t]*['"]?<?|\bmessage sent:[ \t]*<?|\bqueued as <?|\b250[ -]2\.6\.0[ \t]+<)$/i
/** 551's forward-path (RFC 5321 §3.4): "User not local; please try <new@…>". */
export const FORWARD_PATH_BEFORE = /please try <?$/i
export const FORWARD_BEFORE =
  /(?:\breply to <?|\be-?mail back to <?|\breach (?:me|us) at <?|\be-?mail (?:me|us)(?: at)?:? <?|\be-?mail our [^\n@:]{1,30}(?: at|:) <?|\brespond to <?|\bantworten sie an <?|\bmoved to <?|\bnew address(?: is)?:? ?<?|\bforwarded to <?|\bforward this (?:error|message|bounce) to <?|\bcontact:? <?|(?<!\b(?:i|we)[ \t])\bwrite to <?|\bplease e-?mail <?|\breach out to <?|\be-?mail us at <?|\bcontact us at <?|\bsend an e-?mail to <?|mailto:)$/i
/**
 * "<bob@…>: Recipient address rejected", the address a refusal line opens with ("bob@…: 550 5.1.1
 * …"), or Postfix's "<bob@…>: host mx… said: 550 …", quoted or not.
 */
export const RECIPIENT_AFTER =
  /^>?: Recipient address rejected|^>?:[ \t]+[45]\d\d[ -]|^>: host [^\n]{0,120}? said: [45]\d\d[ -]/i
export const SENDER_AFTER =
  /^>? (?:here\b|says\b|wrote\b|->)|^>?: Sender address rejected|^>? is not (?:allowed|authori[sz]ed|permitted) to send\b|^>?:? Sender domain (?:has no|does not have)|^ ?>? ?(?:sender rejected|gönderen reddetti)/i
export const RECIPIENT_BEFORE =
  /(?:RCPT TO: ?<?|(?:^|\n)(?:Recipients|RecipientAddress)[ \t]*:[ \t]*\{?|"RecipientAddress"[ \t]*:[ \t]*"|\brcpt <|rejected RCPT <?|\bto=<?|\bto <|"recipient"[ \t]*:[ \t]*"|"(?:to|destination)"[ \t]*:[ \t]*\[?[ \t]*"|\bto = \[?"|\s-(?:To|Cc|Bcc)[ \t]+["']?(?:[^"'<\n]{0,40}<)?)$/i

/** The text names the address as where the message was going ("Your message to rob@… has been blocked"). */
export function namedAsDestination(text: string, address: string): boolean {
  const words = text.slice(0, 20_000)
  const at = words.toLowerCase().indexOf(address)
  if (at < 0) return false
  const before = words.slice(Math.max(0, at - 40), at)
  return (
    (at > 0 && (DESTINATION_BEFORE.test(before) || DOCUMENT_TO.test(before))) ||
    DESTINATION_AFTER.test(words.slice(at + address.length, at + address.length + 12))
  )
}
/** The one address the text says the message went to ("Recipient: bob@…", "bob@… adresine"), if one. */
export function soleDestination(text: string): string | undefined {
  const words = text.slice(0, 20_000)
  const lower = words.toLowerCase()
  const addresses = [...new Set((words.match(ADDRESS_IN_TEXT) ?? []).map((a) => a.toLowerCase()))].slice(
    0,
    50,
  )
  const sent = addresses.filter((a) => namedAsDestination(words, a))
  const [only] = sent
  if (sent.length !== 1 || !only) return undefined
  // Not one of several the message went to: another address in its sentence ("to ayse@… and
  // bora@…"), or one the text also sends to in looser words ("the one to our lab (results@…)").
  const at = lower.indexOf(only)
  const sentence =
    words
      .slice(Math.max(0, words.lastIndexOf('.', at - 2) + 1), at + only.length + 200)
      .split(/[.!?](?:\s|$)/)[0] ?? ''
  const others = addresses.filter((a) => a !== only)
  if (others.some((a) => sentence.toLowerCase().includes(a))) return undefined
  const looselySent = (a: string) => {
    const i = lower.indexOf(a)
    return (
      /\bto\b[^\n@]{0,30}$/.test(lower.slice(Math.max(0, i - 30), i)) ||
      DESTINATION_AFTER.test(words.slice(i + a.length, i + a.length + 12))
    )
  }
  return others.some(looselySent) ? undefined : only
}

/** A device's or a program's job that names where it went: "Scan to accounts@…", "invoice to bob@…". */
const DOCUMENT_TO =
  /\b(?:scan|fax|invoice|offer|quote|report|document|file|contract|letter|order)s? (?:to|for)[ \t]+<?$/i
