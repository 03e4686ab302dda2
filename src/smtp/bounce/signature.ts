// The writer's own lines in a paste that are no failed recipient's: a signature (an address below a
// sign-off or a name, after the paste's last reply) and a sender labelled on a line of its own
// ("Sender" / "Alice Smith" / "alice@…" in a copied message trace).

/** What a signature puts before its address on the line: nothing, or a name and a separator. */
export const SIGNATURE_LINE = /^[ \t]*(?:[\p{L} .'-]{0,40}(?:\||:|<|\())?[ \t]*<?$/u

/**
 * A sign-off above `at`, with only a signature's lines between ("Mit freundlichen Grüßen" / "Jana
 * Weber" / "Leiterin IT" / "Contoso GmbH" / "Tel. …", as many as a signature holds): an address line
 * there is the writer's signature, not a list of recipients, unless a line between heads a list
 * ("Delivery has failed to these recipients or groups:"), introduces someone ("Customer:", "P.S.")
 * or reads as a sentence.
 */
export function belowSignOff(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  // An address its own line labels as the recipient's ("Recipient address: bob@…") is none.
  const label = text.slice(lineStart, at)
  if (INTRODUCES.test(label) || /^[ \t]*to[ \t]*:/i.test(label)) return false
  const windowStart = Math.max(0, lineStart - 2000)
  const above = text.slice(windowStart, lineStart).split('\n').slice(0, -1)
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i] as string
    if (line.trim() === '') continue
    const next = above.slice(i + 1).find((l) => l.trim() !== '')
    if (isSignOff(line, next, opensText(text, windowStart + lineOffset(above, i)))) return true
    if (!signatureBody(line)) return false
  }
  return false
}
/**
 * The writer's signature under their note, above a notice they paste below it ("Is the address
 * wrong?" / "" / "Uwe (club secretary)" / "uwe@…" / "" / "** Delivery incomplete **"): an address
 * line at the margin with a blank line below it, and above it one to three signature lines (a name,
 * a title, a company), with or without a sign-off, that follow a blank line. A notice's list entry
 * has its details below it.
 */
export function signsNote(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (/^[ \t]/.test(text.slice(lineStart, lineStart + 1))) return false
  const lineEnd = text.indexOf('\n', at)
  if (lineEnd < 0 || !/^\r?\n[ \t]*\r?\n/.test(text.slice(lineEnd, lineEnd + 4))) return false
  // The lines above, nearest first, at most five (three signature lines, a sign-off, the blank).
  const above: string[] = []
  for (let end = lineStart - 1; end > 0 && above.length < 6; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    above.push(text.slice(start, end).replace(/\r$/, ''))
    end = start - 1
  }
  let names = 0
  for (let i = 0; i < above.length; i++) {
    const line = above[i] as string
    const more = i + 1 < above.length
    if (line.trim() === '') return names > 0 && more
    // A sign-off that opens the signature ("Groetjes,", "Best,"): a comma after a few words, on the
    // first line after the blank.
    const opens = !more || (above[i + 1] as string).trim() === ''
    if (names > 0 && opens && /^[ \t]*[\p{L}][\p{L} .'!-]{0,30},[ \t]*$/u.test(line)) return more
    if (names === 3 || !signatureBody(line) || /[:,]\s*$/.test(line)) return false
    names++
  }
  return false
}

const lineOffset = (lines: string[], i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0)

/**
 * A sign-off, where a message does not open ("Merhabalar," or "Thanks Mark!" in a paste's first
 * lines, or below its subject, greets or thanks): a known one ("Thanks in advance,", "LG",
 * "よろしくお願いいたします。"), or a few words and a comma ("Bien cordialement,", "Z poważaniem,")
 * right above a name or an address.
 */
export function isSignOff(line: string, next: string | undefined, opening: boolean): boolean {
  const words = line.trim().split(/\s+/).length
  // "Thanks Mark!" or "thanks for the help earlier!" opening a follow-up or a chat thanks someone;
  // a bare "Thanks," there still closes a one-line message ("Getting 550 …" / "Thanks," / "Sam").
  if (opening && words > 1 && !/,[ \t]*\r?$/.test(line)) return false
  if (words <= 5 && SIGN_OFF.test(line)) return true
  return (
    !opening &&
    words <= 4 &&
    COMMA_SIGN_OFF.test(line) &&
    !GREETING_LINE.test(line) &&
    next !== undefined &&
    (PERSON_NAME.test(next) || SCRIPT_NAME.test(next) || FIRST_NAME.test(next) || ALONE_ON_LINE.test(next))
  )
}

/** The line at `lineStart` is among a text's first two, or right below its subject ("Subject: …"). */
function opensText(text: string, lineStart: number): boolean {
  if (lineStart > 1000) return false
  const before = text
    .slice(0, lineStart)
    .split('\n')
    .filter((l) => l.trim() !== '')
  return before.length < 2 || SUBJECT_LINE.test(before[before.length - 1] as string)
}
const SUBJECT_LINE =
  /^[ \t]*(?:subject|konu|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|тема)[ \t]*:/iu

/**
 * A line a signature holds between its sign-off and its address: a name, a title, a company, a
 * street, a phone or fax number, a web address; not a sentence, a list's words, a label that
 * introduces someone ("Customer:") or a postscript.
 */
function signatureBody(line: string): boolean {
  return (
    SIGNATURE_BODY.test(line) &&
    !REPLY_IN_LINE.test(line) &&
    !LIST_WORDS.test(line) &&
    !SENTENCE.test(line) &&
    !LIST_HEADING.test(line) &&
    !INTRODUCES.test(line)
  )
}
/**
 * A reply with a refusal's words, or an enhanced code; not a phone number ("+1 206 555 0100") nor a
 * street ("500 Fifth Avenue", "Suite 400"): a signature holds none.
 */
export const REPLY_IN_LINE =
  /\b[45]\.\d{1,3}\.\d{1,3}\b|(?:^|[\s'"(:：])[45][0-5]\d[ -](?!\d)(?=[^\n]{0,80}\b(?:user|mailbox|unknown|denied|reject|refused|error|invalid|not|blocked|relay|spam|quota|full|unavailable|exist|try|service|temporar|policy|access|authentication|sender|recipient|address|message)\w*)/i
const INTRODUCES =
  /^[ \t]*(?:p\.?s\.?\b|(?:customer|client|kunde|müşteri|cliente|recipient|empfänger|destinataire|destinatario|alıcı|contact)\b[^\n:]{0,20}(?::|\r?$)|(?!(?:mobile?|mobil|tel|tel\.|telefon|phone|fax|[emtwpf]|web|www|e-?mail|mail|cell|office|direct|handy|gsm|cep|skype)[ \t]*:)[\p{L}-]{2,20}[ \t]*:[ \t]*\r?$)/iu

/**
 * Where the writer's signature starts (the text's length when there is none), and whether a
 * sign-off opens it (sure) or only a name (a line such as "Bob Miller" above "bob@…" may as well
 * introduce the recipient): a sign-off ("Grazie mille,", "Thanks in advance,", "Thx") or a name
 * ("Marco Bianchi") after the paste's last reply or enhanced code, with an address alone on a line
 * within the next four lines, and nothing below it that heads a list or speaks of a refusal
 * ("Affected users:", "failed"). Read from the last 2,000 characters.
 */
export function signatureOf(text: string): { at: number; signedOff: boolean } {
  const tailStart = Math.max(0, text.length - 2000)
  const tail = text.slice(tailStart)
  let from = 0
  for (const m of tail.matchAll(CODE_LINE)) from = m.index + m[0].length
  const lines: { at: number; line: string }[] = []
  let at = from
  for (const line of tail.slice(from).split('\n')) {
    if (line.trim() !== '') lines.push({ at, line })
    at += line.length + 1
  }
  for (let i = 0; i < lines.length; i++) {
    const { line, at: lineAt } = lines[i] as { at: number; line: string }
    const signOff = isSignOff(line, lines[i + 1]?.line, opensText(text, tailStart + lineAt))
    // A name right below another address is the next entry of a list of names and addresses.
    const afterAddress = i > 0 && ALONE_ON_LINE.test((lines[i - 1] as { line: string }).line)
    const name =
      (PERSON_NAME.test(line) || SCRIPT_NAME.test(line) || FIRST_NAME.test(line)) &&
      !FIELD_LABEL.test(line) &&
      !INTRODUCES.test(line)
    if (!signOff && !(name && !afterAddress)) continue
    const below = lines.slice(i)
    // One address: a list of names and addresses ("Bob Miller" / "bob@…" / "Carol White" / …) is none.
    if (below.length > 40 || below.filter(({ line }) => ALONE_ON_LINE.test(line)).length !== 1) continue
    // Below a sign-off, a signature's title, company, street and phone lines may come first, as many
    // as it holds; below a name alone, only a line or three (a name above an address may as well
    // introduce the recipient). A disclaimer below the address may say anything.
    const address = below
      .slice(1, signOff ? below.length : 5)
      .findIndex(({ line }) => ALONE_ON_LINE.test(line))
    const between = below.slice(1, address + 1)
    if (address >= 0 && between.every(({ line }) => signatureBody(line) && !LIST_HEADING.test(line)))
      return { at: tailStart + lineAt, signedOff: signOff }
  }
  return { at: text.length, signedOff: false }
}
/**
 * A line with a reply where replies stand (at the line's start, quoted, after "said:" or a quote
 * mark) or with an enhanced code, to its end; not a phone number ("Tel. 91 555 0100", "512-555-0134").
 */
const CODE_LINE =
  /^(?:[ \t>|]*(?:<<<|<\*\*|S:|<-)?[ \t]*[45]\d\d(?: |-(?!\d{3}-))|[^\n]*?(?:\b[245]\.\d{1,3}\.\d{1,3}\b|['"(]\s*[45]\d\d[ -]|\b(?:said|returned|error|response|reply|code)[:=]?[ \t]+[45]\d\d\b))[^\n]*/gim
/**
 * A sign-off, in the languages the explainer reads, with a name after its comma ("Thanks, Sam") or a
 * few words that end in a comma or a stop ("Thanks in advance,"): "Best contact there" is a sentence.
 */
const SIGN_OFF =
  /^[ \t]*(?:--(?=[ \t]*\r?$)|thanks|thank you|thx|tia|many thanks|regards|best|best wishes|all the best|kind regards|warm regards|br|cheers|sincerely|yours|grazie|saluti|cordiali saluti|distinti saluti|un saludo|saludos|saludos cordiales|gracias|atentamente|obrigad[oa]|atenciosamente|cumprimentos|abraços|merci|cordialement|bien cordialement|bien à vous|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|beste grüße|liebe grüße|grüße|gruß|grüsse|gruss|mfg|lg|vg|met vriendelijke groet|vriendelijke groet|groeten|med vennlig hilsen|vennlig hilsen|med venlig hilsen|venlig hilsen|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|ystävällisin terveisin|terveisin|pozdrawiam|z poważaniem|s pozdravem|teşekkürler|teşekkür ederim|saygılarımla|saygılar|iyi çalışmalar|с уважением|спасибо|spasibo|danke|vielen dank|dank je|bedankt|tack|kiitos|dziękuję|díky|よろしくお願い(?:いた)?します|ありがとうございます|감사합니다|谢谢|此致)(?![\p{L}])(?:[ \t]*[,.!。–-][ \t]*[\p{L}' .-]{0,30}|[ \t]+[\p{L}' ]{1,30}[,.!])?[ \t]*\r?$/iu
/** A person's name on a line of its own: two to four capitalised words ("Marco Bianchi"). */
const PERSON_NAME =
  /^[ \t]*\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){1,3}[ \t]*(?:,[ \t]*[\p{L}.]{1,12}|\|[^\n@]{0,60}|[ \t]+[-–][ \t]+[^\n@]{1,60})?[ \t]*,?[ \t]*\r?$/u
/** A name in a script without capitals, on a line of its own ("山田 花子", "김민수"). */
const SCRIPT_NAME =
  /^[ \t]*[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}][\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana} 　・]{0,9}[ \t]*\r?$/u
/** A first name alone on its line ("Sam", "Piotr"), below a sign-off. */
const FIRST_NAME = /^[ \t]*\p{Lu}[\p{L}'.-]{1,20}[ \t]*\r?$/u
/** Any sign-off's shape: a few words and a comma ("Bien cordialement,", "Z poważaniem,", "Att,"). */
const COMMA_SIGN_OFF = /^[ \t]*[\p{L}][\p{L} .'-]{0,30},[ \t]*\r?$/u
/** A greeting that ends with a comma ("Hi team,", "Hallo zusammen,"): it opens a message, it does not close one. */
const GREETING_LINE =
  /^[ \t]*(?:hello|hi|hiya|hey|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|team|all|everyone|folks|merhaba\p{L}*|selam\p{L}*|sayın|değerli|hallo|grüezi|grüß gott|moin|servus|guten (?:morgen|tag|abend)|sehr geehrte|liebe|bonjour|bonsoir|salut|cher|chère|hola|buenos días|buenas tardes|estimad[oa]s?|olá|ola|oi|bom dia|boa tarde|prezad[oa]s?|ciao|salve|gentile|gentili|buongiorno|hej|hei|hoi|goedemorgen|goedemiddag|goedendag|beste|witam|cześć|buenas|caros|caras|queridos|queridas|dzień dobry|szanown\p{L}*|здравствуйте|привет|добрый день|уважаем\p{L}*)(?![\p{L}])/iu
/**
 * A line of a sentence, not of a signature: a question, words that end with a colon ("Affected users
 * are:", not a label such as "Mobile:"), or words that run on in small letters.
 */
const SENTENCE = /\?[ \t]*\r?$|\S[ \t]+\S[^\n]*[ \t]\S[^\n]*:[ \t]*\r?$|^[ \t]*\p{Ll}\p{L}*(?:[ \t]+\S+){2,}/u
/** A signature's short line between its sign-off and its address: a name, a title, a street, a phone number. */
const SIGNATURE_BODY = /^[^\n@]{1,80}$/
/** A heading of two words or more that ends with a colon ("Affected users:"), not a label ("Mobile:"). */
const LIST_HEADING = /^[ \t]*\S+[ \t]+\S[^\n]*:[ \t]*\r?$/
/** A field's label in a copied dashboard or trace ("Original To", "Email Address"), not a name. */
const FIELD_LABEL =
  /\b(?:to|from|cc|address|e-?mail|recipient|sender|original|contact|user|subscriber|mailbox|account|destinataire|empfänger|absender|destinatario|remitente|alıcı|gönderen)\b/iu
/** An address alone on its line, or after a signature's name or label ("E: …", "Alice | …"). */
const ALONE_ON_LINE =
  /^[ \t]*(?:[\p{L} .'-]{0,40}(?:\||:|<|\())?[ \t]*<?[^\s<>@]+@[^\s<>]+?>?\)?[ \t]*(?:\|[^\n@]*)?$/u
/** Words of a notice's list or a refusal, which no signature holds. */
const LIST_WORDS = /\b(?:recipients?|undeliver\w*|could not be delivered|failed|rejected|bounced?)\b/i

/** The address at `at` is labelled as the sender on one of the two lines above it ("Sender", "From:"). */
export function senderLabelled(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const above = text
    .slice(Math.max(0, lineStart - 200), lineStart)
    .split('\n')
    .slice(-3, -1)
  return above.some((line) => SENDER_LABEL_LINE.test(line))
}
/** The address at `at` is labelled as the recipient on one of the two lines above it ("Recipient" / "Bob Miller" / "bob@…"). */
export function recipientLabelled(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (text.slice(lineStart, at).trim() !== '') return false
  const above = text
    .slice(Math.max(0, lineStart - 200), lineStart)
    .split('\n')
    .slice(-3, -1)
  return above.some((line) => RECIPIENT_LABEL_LINE.test(line))
}
const RECIPIENT_LABEL_LINE =
  /^[ \t>]*(?:recipient|recipient address|to|empfänger|destinataire|destinatario|alıcı)[ \t]*:?[ \t]*\r?$/i

/**
 * A person's line: "Alice Smith <alice@…>" or "Alice Smith (alice@…)" alone on its line, or an
 * address alone below a name alone ("山田" / "yamada@…"), unless the line above the name runs on
 * into it ("when I write to" / "Bob Miller" / "bob@…").
 */
export function identityLine(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  const before = text.slice(lineStart, at)
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd)
  if (NAMED_ADDRESS_BEFORE.test(before) && /^[>)][ \t]*\r?$/.test(after)) return true
  if (!/^>?[ \t]*\r?$/.test(after)) return false
  const { name, runOn } = linesAbove(text, at)
  return (
    name !== undefined &&
    (PERSON_NAME.test(name) ||
      SCRIPT_NAME.test(name) ||
      (FIRST_NAME.test(name) && !FIELD_LABEL.test(name))) &&
    !(runOn !== undefined && RUNS_ON.test(runOn))
  )
}

/** An address alone below a name alone, below a line that sends to it ("when I write to" / "Bob Miller" / "bob@…"). */
export function sentToAbove(text: string, at: number): boolean {
  const { name, runOn } = linesAbove(text, at)
  return (
    name !== undefined &&
    runOn !== undefined &&
    (PERSON_NAME.test(name) || SCRIPT_NAME.test(name)) &&
    SENDS_TO.test(runOn)
  )
}

/**
 * For an address alone on its line (a "<" before it at most), the two non-blank lines above it:
 * the one that may be a name, and the one above that.
 */
function linesAbove(text: string, at: number): { name?: string; runOn?: string } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (!/^[ \t]*<?$/.test(text.slice(lineStart, at))) return {}
  const [name, runOn] = text
    .slice(Math.max(0, lineStart - 300), lineStart)
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.trim() !== '')
    .slice(-2)
    .reverse()
  return { name, runOn }
}
/** A line that ends by sending to what follows ("when I write to", "Mails an"). */
const SENDS_TO = /\b(?:to|an|à|para|per)[ \t]*\r?$/i
/** A person's name before an address in brackets ("Alice Smith <", "Alice Smith ("). */
const NAMED_ADDRESS_BEFORE = /^[ \t]*\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}[ \t]*[<(]$/u
/** A line that runs on into the next: it ends with a preposition or a colon ("when I write to", "Recipient:"). */
const RUNS_ON = /(?:\b(?:to|an|à|a|para|per|for|from|von|de)|[:：])[ \t]*\r?$/i

const SENDER_LABEL_LINE =
  /^[ \t>]*(?:sender|from|von|absender|expéditeur|remitente|mittente|afzender|gönderen)[ \t]*:?[ \t]*\r?$/i
